namespace Haven.Web.Features.Assessments;

/// <summary>
/// A manager authorises an assessment or returns it. A child not seen, or whose wishes and feelings are not recorded,
/// can only be authorised with the manager's reason written down (Ofsted: forms authorised when the child was not seen).
/// </summary>
public sealed class AuthoriseModel(HavenDbContext db, TimeProvider clock, LocalTimescales local, AssessmentService assessments) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid AssessmentId { get; set; }
    public AssessmentPart Part { get; private set; } = null!;
    public TimescaleStatus Timescale => AssessmentRules.Status(Part.Assessment, Part.Referral.ReferralDate, Today, Calendar, local);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Part = await AssessmentPart.LoadAsync(records, Url, PersonId, ReferralId, AssessmentId, toChange: true, ct);
        RecordStopException.ThrowIf(Part.Assessment.IsAuthorised || Part.Assessment.SubmittedOn is null,
            "Only an assessment submitted for authorisation can be authorised or returned.", Part.AssessmentUrl);
    }

    [BindProperty] public string? Decision { get; set; }
    [BindProperty] public string? NotSeenReason { get; set; }
    [BindProperty] public string? NoVoiceReason { get; set; }
    [BindProperty] public string? Note { get; set; }

    public bool ChildNotSeen => Part.Assessment.ChildSeenOn is null;
    public bool NoVoice => string.IsNullOrWhiteSpace(Part.Assessment.ChildsWishesAndFeelings);

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Decision == "return")
        {
            if (string.IsNullOrWhiteSpace(Note))
            {
                ModelState.AddModelError(nameof(Note), "Enter what the social worker needs to do before you can authorise");
                return this.InvalidPage();
            }
            await assessments.ReturnAsync(AssessmentId, Note, ct);
            TempData["Success"] = "Assessment returned to the social worker";
            return Redirect(Part.AssessmentUrl);
        }
        if (Decision != "authorise")
        {
            ModelState.AddModelError(nameof(Decision), "Select whether you authorise the assessment or return it");
            return this.InvalidPage();
        }
        try
        {
            await assessments.AuthoriseAsync(AssessmentId, NotSeenReason, NoVoiceReason, Note, ct);
        }
        catch (CaseRuleException e)
        {
            ShowOnTheManagersForm(e.Result);
            return this.InvalidPage();
        }
        TempData["Success"] = "Assessment authorised";
        return Redirect(Part.AssessmentUrl);
    }

    /// <summary>
    /// The manager answers only for a child not seen or not heard; analysis, outcome, factors, the date and the census
    /// checks are the social worker's to put right, so their messages go at the top of the page, by the return.
    /// </summary>
    private void ShowOnTheManagersForm(RuleResult result)
    {
        foreach (var problem in result.Problems)
        {
            var onTheForm = problem.Field is AssessmentRules.AuthorisationFields.NotSeenReason or AssessmentRules.AuthorisationFields.NoVoiceReason;
            ModelState.AddModelError(onTheForm ? problem.Field : "", problem.Message);
        }
    }
}
