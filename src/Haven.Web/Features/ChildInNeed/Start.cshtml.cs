namespace Haven.Web.Features.ChildInNeed;

/// <summary>Starts a child in need plan on an episode, with how often it is reviewed and how often the child is visited.</summary>
public sealed class StartModel(HavenDbContext db, TimeProvider clock, ChildInNeedService childInNeed, LocalTimescales local) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    public Referral Referral { get; private set; } = null!;
    public string EpisodeUrl => Url.SocialCareEpisode(PersonId, ReferralId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Referral = await records.OpenReferralAsync(PersonId, ReferralId, EpisodeUrl, ct);

    [BindProperty] public DateInput StartDate { get; set; } = new();
    [BindProperty] public string? ReviewIntervalWeeks { get; set; }
    [BindProperty] public string? VisitFrequencyWorkingDays { get; set; }

    public IActionResult OnGet()
    {
        StartDate = DateInput.From(Today);
        ReviewIntervalWeeks = local.ChildInNeedReviewWeeks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        VisitFrequencyWorkingDays = local.ChildInNeedVisitWorkingDays.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var start = DateInputValidation.Validate(StartDate, "the date the plan started", required: true, today: Today);
        start.AddTo(ModelState, nameof(StartDate));
        var weeks = WholeNumber(ReviewIntervalWeeks, nameof(ReviewIntervalWeeks), "weeks");
        var days = WholeNumber(VisitFrequencyWorkingDays, nameof(VisitFrequencyWorkingDays), "working days");
        // An answer that would not parse arrives as none: the service's rule refuses it, and its own message stays.
        return await SaveAsync(() => childInNeed.StartAsync(PersonId, ReferralId, start.Date, weeks, days, ct), "Child in need plan started", EpisodeUrl + "#child-in-need");
    }

    private int? WholeNumber(string? text, string field, string unit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n;
        }
        ModelState.AddModelError(field, $"Enter a whole number of {unit}, like 6");
        return null;
    }
}
