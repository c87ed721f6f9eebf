using Haven.Web.Features.LookedAfter.Placements;

namespace Haven.Web.Features.LookedAfter.Entry;

/// <summary>
/// The child comes into care: from an open episode (the button on the episode page passes it) or directly, when a
/// direct entry with no open episode opens one in the same save. Records the decision, the legal basis and the first
/// placement; the care plan is due 10 working days after entry unless a date is given.
/// </summary>
public sealed class StartModel(HavenDbContext db, TimeProvider clock, CarePeriodService care) : PersonPageModel(db, clock)
{
    [BindProperty(SupportsGet = true)] public Guid? EpisodeId { get; set; }

    /// <summary>The episode the period will belong to: the one passed, or the child's open one; none means one is opened.</summary>
    public Referral? Episode { get; private set; }
    public string CareUrl => $"/people/{PersonId}/care";

    [BindProperty] public DateInput StartDate { get; set; } = new();
    [BindProperty] public CareEntryRoute? Route { get; set; }
    [BindProperty] public string? DecisionBy { get; set; }
    [BindProperty] public DateInput DecisionOn { get; set; } = new();
    [BindProperty] public string? Rationale { get; set; }
    [BindProperty] public string? LegalStatus { get; set; }
    [BindProperty] public string? CategoryOfNeed { get; set; }
    [BindProperty] public string? HomePostcode { get; set; }
    [BindProperty] public bool Unaccompanied { get; set; }
    [BindProperty] public string? PreviousPermanence { get; set; }
    [BindProperty] public DateInput PreviousPermanenceOn { get; set; } = new();
    [BindProperty] public DateInput CarePlanDueOn { get; set; } = new();
    [BindProperty] public string? Source { get; set; }
    [BindProperty] public PlacementForm Placement { get; set; } = new();

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Episode = EpisodeId is { } id
            ? await records.OpenReferralAsync(PersonId, id, Url.SocialCareEpisode(PersonId, id), ct)
            : await Db.Referrals.AsNoTracking().Where(r => r.PersonId == PersonId && r.ClosedOn == null).OrderByDescending(r => r.ReferralDate).FirstOrDefaultAsync(ct);
        Placement.Register = await PlacementForm.RegisterAsync(Db, ct);
    }

    public IActionResult OnGet()
    {
        StartDate = DateInput.From(Today);
        DecisionOn = DateInput.From(Today);
        HomePostcode = Person.Addresses.Where(a => a.EndDate is null).OrderByDescending(a => a.StartDate).Select(a => a.Postcode).FirstOrDefault();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var start = DateInputValidation.Validate(StartDate, "the date the child came into care", required: true, today: Today);
        start.AddTo(ModelState, nameof(StartDate));
        var decided = DateInputValidation.Validate(DecisionOn, "the date of the decision", required: true, today: Today);
        decided.AddTo(ModelState, nameof(DecisionOn));
        var due = DateInputValidation.Validate(CarePlanDueOn, "the date the care plan is due", required: false, today: Today);
        due.AddTo(ModelState, nameof(CarePlanDueOn));
        var earlierOrder = DateInputValidation.Validate(PreviousPermanenceOn, "the date of the earlier order", required: false, today: Today);
        earlierOrder.AddTo(ModelState, nameof(PreviousPermanenceOn));
        var entry = new CareEntryDecision(start.Date, Route, DecisionBy, decided.Date, Rationale, Typed.Clean(CategoryOfNeed), Typed.Clean(LegalStatus),
            HomePostcode, Unaccompanied, due.Date, Typed.Clean(PreviousPermanence), earlierOrder.Date);
        var fields = PlacementForm.Fields(nameof(Placement));
        fields[CareRules.StartField] = nameof(StartDate);
        fields[CareEntryRules.RouteField] = nameof(Route);
        fields[CareEntryRules.SourceField] = nameof(Source);
        fields[CareEntryRules.PreviousPermanenceField] = nameof(PreviousPermanence);
        fields[CareEntryRules.PreviousPermanenceOnField] = nameof(PreviousPermanenceOn);
        return await SaveAsync(() => care.StartAsync(PersonId, Episode?.Id, Typed.Clean(Source), entry, Placement.ToChoice(), ct),
            "Entry to care recorded", CareUrl, fields);
    }
}
