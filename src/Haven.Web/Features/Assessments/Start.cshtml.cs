namespace Haven.Web.Features.Assessments;

/// <summary>
/// Starts an assessment on an episode. A single assessment's timescale is set for the child, at most 45 working days
/// from the referral. Legacy initial and core types exist for history entered after the fact, so only managers see them.
/// </summary>
public sealed class StartModel(HavenDbContext db, TimeProvider clock, AssessmentService assessments, LocalTimescales local) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public string EpisodeUrl => Url.SocialCareEpisode(PersonId, ReferralId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Referral = await records.OpenReferralAsync(PersonId, ReferralId, EpisodeUrl, ct);

    [BindProperty] public AssessmentType Type { get; set; } = AssessmentType.Single;
    [BindProperty] public DateInput StartDate { get; set; } = new();
    [BindProperty] public string? TimescaleWorkingDays { get; set; }

    public LocalTimescales Local => local;

    public bool MayRecordLegacy => assessments.MayRecordLegacy;

    public DateOnly DueIfMaximum => TimescaleRule.WorkingDays(AssessmentRules.MaxSingleAssessmentWorkingDays).DueFrom(Referral.ReferralDate, Calendar);

    public IActionResult OnGet()
    {
        StartDate = DateInput.From(Today);
        TimescaleWorkingDays = AssessmentRules.MaxSingleAssessmentWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var start = DateInputValidation.Validate(StartDate, "the date the assessment started", required: true, today: Today);
        start.AddTo(ModelState, nameof(StartDate));
        int? days = int.TryParse(TimescaleWorkingDays, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : null;
        if (Type == AssessmentType.Single && days is null && !string.IsNullOrWhiteSpace(TimescaleWorkingDays))
        {
            ModelState.AddModelError(nameof(TimescaleWorkingDays), "The timescale must be a whole number of working days, like 30");
        }
        try
        {
            // The service checks the start (once) and refuses it with the rule's problems; a date or number that
            // would not parse arrives as no answer, so it is refused too and keeps its own message.
            var assessment = await assessments.StartAsync(PersonId, ReferralId, Type, start.Date, days, ct);
            TempData["Success"] = "Assessment started";
            return RedirectToPage("/Assessments/Details", new { personId = PersonId, referralId = ReferralId, assessmentId = assessment.Id });
        }
        catch (CaseRuleException e)
        {
            AddErrors(e.Result);
            return this.InvalidPage();
        }
    }
}
