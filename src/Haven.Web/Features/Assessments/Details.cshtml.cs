namespace Haven.Web.Features.Assessments;

/// <summary>One assessment, section by section, with its clock; printable. The social worker submits it from here.</summary>
public sealed class DetailsModel(HavenDbContext db, TimeProvider clock, LocalTimescales local, AssessmentService assessments, CurrentUser user) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid AssessmentId { get; set; }
    public AssessmentPart Part { get; private set; } = null!;
    public TimescaleStatus Timescale => AssessmentRules.Status(Part.Assessment, Part.Referral.ReferralDate, Today, Calendar, local);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        // Reading a closed episode's assessment is fine; submitting one is a change.
        Part = await AssessmentPart.LoadAsync(records, Url, PersonId, ReferralId, AssessmentId, toChange: IsChange, ct);
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
        return Redirect(Part.AssessmentUrl);
    }
}
