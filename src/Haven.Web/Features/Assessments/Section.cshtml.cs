namespace Haven.Web.Features.Assessments;

/// <summary>
/// Records one section of an assessment. Every section can be saved part-way: completeness is checked when the
/// assessment is submitted and authorised, not here, so nothing a worker has written is held back by a blank elsewhere.
/// </summary>
public sealed class SectionModel(HavenDbContext db, TimeProvider clock, AssessmentService assessments) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    [FromRoute] public Guid AssessmentId { get; set; }
    public AssessmentPart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Section = AssessmentSections.Find(Slug) ?? throw RecordStopException.NotFound();
        Part = await AssessmentPart.LoadAsync(records, Url, PersonId, ReferralId, AssessmentId, toChange: true, ct);
        RecordStopException.ThrowIf(!Part.IsDraft, "This assessment is with a manager or authorised, so it cannot be changed.", Part.AssessmentUrl);
    }

    [FromRoute(Name = "section")] public string Slug { get; set; } = "";

    [BindProperty] public DateInput ChildSeenOn { get; set; } = new();
    [BindProperty] public bool? SeenAlone { get; set; }
    [BindProperty] public string? NotSeenAloneReason { get; set; }
    [BindProperty] public string? ChildsWishesAndFeelings { get; set; }
    [BindProperty] public ChildVoiceSource? ChildVoiceSource { get; set; }
    [BindProperty] public string? ParentsViews { get; set; }
    [BindProperty] public string? OthersViews { get; set; }
    [BindProperty] public string? HistoryConsidered { get; set; }
    [BindProperty] public List<string> Factors { get; set; } = [];
    [BindProperty] public string? Analysis { get; set; }
    [BindProperty] public AssessmentOutcome? Outcome { get; set; }
    [BindProperty] public string? EqualityAndDiversity { get; set; }

    public AssessmentSections.Section Section { get; private set; } = null!;

    public IActionResult OnGet()
    {
        var a = Part.Assessment;
        ChildSeenOn = DateInput.From(a.ChildSeenOn);
        (SeenAlone, NotSeenAloneReason) = (a.SeenAlone, a.NotSeenAloneReason);
        (ChildsWishesAndFeelings, ChildVoiceSource) = (a.ChildsWishesAndFeelings, a.ChildVoiceSource);
        (ParentsViews, OthersViews, HistoryConsidered) = (a.ParentsViews, a.OthersViews, a.HistoryConsidered);
        Factors = [.. a.Factors];
        (Analysis, Outcome, EqualityAndDiversity) = (a.Analysis, a.Outcome, a.EqualityAndDiversity);
        Version = a.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Action<Assessment> apply;
        switch (Slug)
        {
            case "seen":
                var seen = DateInputValidation.Validate(ChildSeenOn, "the date the child was seen", required: false,
                    notAfter: Today, notBefore: Part.Referral.ReferralDate, today: Today);
                seen.AddTo(ModelState, nameof(ChildSeenOn));
                if (SeenAlone is not null && ChildSeenOn.IsEmpty)
                {
                    ModelState.AddModelError(nameof(ChildSeenOn), "Enter the date the child was seen");
                }
                if (SeenAlone == false && string.IsNullOrWhiteSpace(NotSeenAloneReason))
                {
                    ModelState.AddModelError(nameof(NotSeenAloneReason), "Enter why the child was not seen alone");
                }
                apply = a =>
                {
                    a.ChildSeenOn = seen.Date;
                    a.SeenAlone = SeenAlone;
                    a.NotSeenAloneReason = SeenAlone == false ? Haven.Domain.Formatting.Typed.Clean(NotSeenAloneReason) : null;
                };
                break;
            case "voice":
                if (!string.IsNullOrWhiteSpace(ChildsWishesAndFeelings) && ChildVoiceSource is null)
                {
                    ModelState.AddModelError(nameof(ChildVoiceSource), "Select whether these are the child's own words or what you observed");
                }
                apply = a =>
                {
                    a.ChildsWishesAndFeelings = Haven.Domain.Formatting.Typed.Clean(ChildsWishesAndFeelings);
                    a.ChildVoiceSource = a.ChildsWishesAndFeelings is null ? null : ChildVoiceSource;
                };
                break;
            case "views":
                apply = a => (a.ParentsViews, a.OthersViews) = (Haven.Domain.Formatting.Typed.Clean(ParentsViews), Haven.Domain.Formatting.Typed.Clean(OthersViews));
                break;
            case "history":
                apply = a => a.HistoryConsidered = Haven.Domain.Formatting.Typed.Clean(HistoryConsidered);
                break;
            case "factors":
                // The DfE factor rule runs once, in the service, as the section is saved.
                apply = a => a.Factors = [.. Factors.Distinct()];
                break;
            case "analysis":
                apply = a => (a.Analysis, a.Outcome) = (Haven.Domain.Formatting.Typed.Clean(Analysis), Outcome);
                break;
            default:
                apply = a => a.EqualityAndDiversity = Haven.Domain.Formatting.Typed.Clean(EqualityAndDiversity);
                break;
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        return await SaveAsync(() => assessments.UpdateAsync(AssessmentId, Section.Title, apply, Version, ct), $"{Section.Title} saved", $"{Part.AssessmentUrl}#section-{Slug}");
    }
}
