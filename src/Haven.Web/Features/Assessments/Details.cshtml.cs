namespace Haven.Web.Features.Assessments;

/// <summary>One assessment, section by section, with its clock; printable. The social worker submits it from here.</summary>
public sealed class DetailsModel(HavenDbContext db, TimeProvider clock, LocalTimescales local, AssessmentService assessments, CurrentUser user) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid AssessmentId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public Assessment Assessment { get; private set; } = null!;
    public string EpisodeUrl => Url.SocialCareEpisode(PersonId, ReferralId);
    public string AssessmentUrl => Url.Assessment(PersonId, ReferralId, AssessmentId);
    public TimescaleStatus Timescale => AssessmentRules.Status(Assessment, Referral.ReferralDate, Today, Calendar, local);
    /// <summary>Still with the social worker: neither waiting for a manager nor authorised.</summary>
    public bool IsDraft => !Assessment.IsAuthorised && Assessment.SubmittedOn is null;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        // Reading a closed episode's assessment is fine; submitting one is a change.
        Referral = IsChange
            ? await records.OpenReferralAsync(PersonId, ReferralId, EpisodeUrl, ct)
            : await records.ReferralAsync(PersonId, ReferralId, ct);
        Assessment = await records.AssessmentAsync(PersonId, ReferralId, AssessmentId, ct);
    }

    public bool IsManager => user.IsInRole(Role.TeamManager) || user.IsInRole(Role.ServiceManager);

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken ct)
    {
        try
        {
            await assessments.SubmitAsync(AssessmentId, ct);
        }
        catch (CaseRuleException e)
        {
            // The sections live on their own pages, so the messages link to the section that needs finishing.
            foreach (var problem in e.Result.Problems)
            {
                ModelState.AddModelError("", problem.Message);
            }
            return this.InvalidPage();
        }
        TempData["Success"] = "Assessment submitted to a manager for authorisation";
        return Redirect(AssessmentUrl);
    }
}
