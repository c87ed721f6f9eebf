namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>
/// What the review pages (and the care record's reviews summary) show: the child's latest period of care, the reviews
/// held in it with their recommendations, and the care and permanence plans, with each clock worked out once here
/// from <see cref="CareTimescales"/> and <see cref="CareReviewRules"/> so every page says the same.
/// </summary>
public sealed record CareReviewsPart(
    CarePeriod Period,
    IReadOnlyList<CareReview> Reviews,
    IReadOnlyList<CarePlan> CarePlans,
    IReadOnlyList<PermanencePlan> PermanencePlans,
    DateOnly Today)
{
    private static WorkingDayCalendar Calendar => WorkingDayCalendar.EnglandAndWales;

    public static async Task<CareReviewsPart> LoadAsync(RecordLoader records, HavenDbContext db, Guid personId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(records);
        return await ForPeriodAsync(db, await records.LatestCarePeriodAsync(personId, ct), today, ct);
    }

    /// <summary>The part for a period already loaded (the care record page passes the child's latest).</summary>
    public static async Task<CareReviewsPart> ForPeriodAsync(HavenDbContext db, CarePeriod period, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(period);
        var personId = period.PersonId;
        var reviews = await db.CareReviews.AsNoTracking().Include(r => r.Recommendations)
            .Where(r => r.CarePeriodId == period.Id && r.PersonId == personId).OrderBy(r => r.HeldOn).ToListAsync(ct);
        var carePlans = await db.CarePlans.AsNoTracking()
            .Where(p => p.CarePeriodId == period.Id && p.PersonId == personId).OrderBy(p => p.AgreedOn).ToListAsync(ct);
        var permanence = await db.PermanencePlans.AsNoTracking()
            .Where(p => p.CarePeriodId == period.Id && p.PersonId == personId).OrderBy(p => p.AgreedOn).ToListAsync(ct);
        return new CareReviewsPart(period, reviews, carePlans, permanence, today);
    }

    public PeriodOfCare PeriodOfCare { get; } = Period.ToPeriodOfCare();

    public IReadOnlyList<DateOnly> HeldOn => [.. Reviews.Select(r => r.HeldOn)];

    /// <summary>Each review held against the date it was due, then the next one while the child is in care.</summary>
    public IReadOnlyList<TimescaleStatus> ReviewSchedule => CareTimescales.ReviewHistory(PeriodOfCare, HeldOn, Today, Calendar);

    public TimescaleStatus? NextReview => Period.IsOpen ? ReviewSchedule[^1] : null;

    public CarePlan? CurrentCarePlan => CarePlans.Count > 0 ? CarePlans[^1] : null;

    public PermanencePlan? CurrentPermanencePlan => PermanencePlans.Count > 0 ? PermanencePlans[^1] : null;

    /// <summary>The care plan against the date set at entry: in time when first agreed by then.</summary>
    public TimescaleStatus CarePlanStatus => TimescaleStatus.Against(Period.CarePlanDueOn, (CarePlans.Count > 0 ? CarePlans[0].AgreedOn : null), Today, Calendar);

    /// <summary>The permanence plan against the second review.</summary>
    public TimescaleStatus PermanencePlanStatus =>
        TimescaleStatus.Against(CareReviewRules.PermanencePlanDue(PeriodOfCare, HeldOn, Calendar), (PermanencePlans.Count > 0 ? PermanencePlans[0].AgreedOn : null), Today, Calendar);

    public int OpenRecommendations => Reviews.Sum(r => r.Recommendations.Count(x => x.CompletedOn is null));

    public string ReviewsUrl => $"/people/{Period.PersonId}/care/reviews";
}

/// <summary>How the review pages word a clock: a review is held, a plan agreed, a visit made.</summary>
public static class CareClockText
{
    public static (string Text, string Colour) Tag(TimescaleState state, string done) => state switch
    {
        TimescaleState.Overdue => ("Overdue", "red"),
        TimescaleState.DueSoon => ("Due soon", "yellow"),
        TimescaleState.NotYetDue => ("Not yet due", "grey"),
        TimescaleState.CompletedInTime => ($"{done} on time", "green"),
        TimescaleState.CompletedLate => ($"{done} late", "orange"),
        _ => (state.ToString(), "grey"),
    };

    public static string Lateness(TimescaleStatus status) =>
        status.DaysOverdue switch { 0 => "", 1 => "1 day late", var n => $"{n} days late" };
}
