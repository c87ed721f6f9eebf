using Haven.Web.Infrastructure.Authorisation;

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
        var a = Part.Assessment;
        var names = await Db.UserNamesAsync([a.AuthorisedByUserId, a.ReturnedByUserId], ct);
        AuthorisedBy = a.AuthorisedByUserId is { } authoriser ? names.GetValueOrDefault(authoriser) : null;
        ReturnedBy = a.ReturnedByUserId is { } returner ? names.GetValueOrDefault(returner) : null;
    }

    /// <summary>The manager who authorised it, and who last returned it, by name (null if not known, e.g. history brought in).</summary>
    public string? AuthorisedBy { get; private set; }

    public string? ReturnedBy { get; private set; }

    public bool MayAuthorise => user.May(Capabilities.AuthoriseAssessments);

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
