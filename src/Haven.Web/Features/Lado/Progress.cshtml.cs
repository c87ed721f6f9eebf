using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Lado;

/// <summary>
/// Moves an allegation on: the initial consideration, the strategy and evaluation meetings, the outcome, the employer's
/// action and the closing date, in one form (the steps often arrive together, after a meeting), checked as a whole.
/// </summary>
public sealed class ProgressModel(AllegationService allegations) : AllegationPageModel(allegations)
{
    [BindProperty] public int? Version { get; set; }
    [BindProperty] public DateInput InitialConsiderationOn { get; set; } = new();
    [BindProperty] public string? InitialConsiderationDecision { get; set; }
    [BindProperty] public DateInput StrategyMeetingOn { get; set; } = new();
    [BindProperty] public DateInput EvaluationMeetingOn { get; set; } = new();
    [BindProperty] public AllegationOutcome? Outcome { get; set; }
    [BindProperty] public DateInput OutcomeOn { get; set; } = new();
    [BindProperty] public string? EmployerAction { get; set; }
    [BindProperty] public DateInput ClosedOn { get; set; } = new();

    public IActionResult OnGet()
    {
        var a = Allegation;
        Version = a.Version;
        InitialConsiderationOn = From(a.InitialConsiderationOn);
        InitialConsiderationDecision = a.InitialConsiderationDecision;
        StrategyMeetingOn = From(a.StrategyMeetingOn);
        EvaluationMeetingOn = From(a.EvaluationMeetingOn);
        Outcome = a.Outcome;
        OutcomeOn = From(a.OutcomeOn);
        EmployerAction = a.EmployerAction;
        ClosedOn = From(a.ClosedOn);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        DateOnly? Date(DateInput input, string label, string field)
        {
            var result = DateInputValidation.Validate(input, label, required: false, today: Today);
            result.AddTo(ModelState, field);
            return result.Date;
        }
        var progress = new AllegationProgress(
            Date(InitialConsiderationOn, "the date of the initial consideration", nameof(InitialConsiderationOn)), InitialConsiderationDecision,
            Date(StrategyMeetingOn, "the date of the strategy meeting", nameof(StrategyMeetingOn)),
            Date(EvaluationMeetingOn, "the date of the evaluation meeting", nameof(EvaluationMeetingOn)),
            Outcome, Date(OutcomeOn, "the date the outcome was reached", nameof(OutcomeOn)), EmployerAction,
            Date(ClosedOn, "the date the allegation was closed", nameof(ClosedOn)));
        if (!ModelState.IsValid)
        {
            // A date that did not parse stops the save; the rule's other problems are shown with it, all at once.
            ModelState.AddErrors(AllegationRules.CheckProgress(Allegation, progress, Today));
            return this.InvalidPage();
        }
        try
        {
            await Allegations.ProgressAsync(AllegationId, progress, Version, ct);
        }
        catch (CaseRuleException refused)
        {
            ModelState.AddErrors(refused.Result);
            return this.InvalidPage();
        }
        TempData["Success"] = "Allegation updated";
        return Redirect(AllegationUrl);
    }

    private static DateInput From(DateOnly? on) => on is { } d ? DateInput.From(d) : new DateInput();
}
