namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>One recommendation line of the review form.</summary>
public sealed class RecommendationLine
{
    public string? Recommendation { get; set; }
    public string? Owner { get; set; }
    public DateInput DueOn { get; set; } = new();
}

/// <summary>
/// The IRO records a looked-after review: when it was held, how the child took part (PN0–PN7), their views, the
/// decisions, up to <see cref="Lines"/> recommendations with owners and dates, and when the minutes went out (or later).
/// </summary>
public sealed class RecordModel(HavenDbContext db, TimeProvider clock, CareReviewService reviews) : PersonPageModel(db, clock)
{
    public const int Lines = 4;

    public CareReviewsPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await CareReviewsPart.LoadAsync(records, Db, PersonId, Today, ct);

    [BindProperty] public DateInput HeldOn { get; set; } = new();
    [BindProperty] public string? Participation { get; set; }
    [BindProperty] public string? ChildsViews { get; set; }
    [BindProperty] public string? Decisions { get; set; }
    [BindProperty] public List<RecommendationLine> Recommendations { get; set; } = [];
    [BindProperty] public DateInput MinutesToChildOn { get; set; } = new();
    [BindProperty] public DateInput MinutesToCarersOn { get; set; } = new();

    public IActionResult OnGet()
    {
        HeldOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var held = DateInputValidation.Validate(HeldOn, "the date the review was held", required: false, today: Today);
        held.AddTo(ModelState, nameof(HeldOn));
        var lines = new List<RecommendationDetails>();
        for (var i = 0; i < Recommendations.Count; i++)
        {
            var line = Recommendations[i];
            var due = DateInputValidation.Validate(line.DueOn, $"when recommendation {i + 1} is due", required: false, today: Today);
            due.AddTo(ModelState, CareReviewRules.RecommendationField(i, "DueOn"));
            lines.Add(new RecommendationDetails(line.Recommendation, line.Owner, due.Date));
        }
        var toChild = DateInputValidation.Validate(MinutesToChildOn, "the date the minutes went to the child", required: false, today: Today);
        toChild.AddTo(ModelState, nameof(MinutesToChildOn));
        var toCarers = DateInputValidation.Validate(MinutesToCarersOn, "the date the minutes went to the carers", required: false, today: Today);
        toCarers.AddTo(ModelState, nameof(MinutesToCarersOn));
        var details = new CareReviewDetails(held.Date, Participation, ChildsViews, Decisions, lines, toChild.Date, toCarers.Date);
        return await SaveAsync(() => reviews.RecordReviewAsync(PersonId, Part.Period.Id, details, ct), "Review recorded", Part.ReviewsUrl);
    }

    /// <summary>The form always offers <see cref="Lines"/> lines; what was typed stays in them when the form comes back.</summary>
    public RecommendationLine Line(int i) => i < Recommendations.Count ? Recommendations[i] : new();
}
