namespace Haven.Web.Features.LookedAfter;

/// <summary>
/// The child's care record: where they live now and under what legal status, how long they have been looked after,
/// the history of legal statuses and placements, the SSDA903 episodes as the return will read them, placement
/// stability and how far each placement is from home.
/// </summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public CareRecordView Care { get; private set; } = null!;
    public bool HasOpenEpisode { get; private set; }

    /// <summary>The reviews, plans and IRO part, and the health, education and missing part; none before the child was ever in care.</summary>
    public Reviews.CareReviewsPart? ReviewsPart { get; private set; }
    public Health.CareHealthSummary? HealthPart { get; private set; }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        var periods = await records.CarePeriodsAsync(PersonId, ct);
        var postcodes = CareRecordView.PostcodesOf(periods);
        var centroids = await Db.PostcodeCentroids.AsNoTracking().Where(c => postcodes.Contains(c.Postcode)).ToDictionaryAsync(c => c.Postcode, ct);
        Care = CareRecordView.Build(periods, centroids, Person.DateOfBirth, Today);
        if (periods.Count > 0)
        {
            // The periods are read once here and passed on: the latest (oldest first) to the reviews part, all to the health part.
            ReviewsPart = await Reviews.CareReviewsPart.ForPeriodAsync(Db, periods[^1], Today, ct);
            HealthPart = await Health.CareHealthSummary.ForPeriodsAsync(Db, Person, periods, Today, ct);
        }
    }

    public IActionResult OnGet() => Page();

    public string PeriodUrl(CarePeriod period) => $"/people/{PersonId}/care/{period.Id}";
}
