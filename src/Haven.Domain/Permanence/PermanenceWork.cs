using Haven.Domain.Casework;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;

namespace Haven.Domain.Permanence;

/// <summary>One open period of care as the permanence clocks read it: the reviews held, whether a permanence plan is agreed, and the adoption journey if any.</summary>
public sealed record PeriodForPermanence(CarePeriod Period, IReadOnlyList<DateOnly> ReviewsHeld, bool HasPermanencePlan, AdoptionJourney? Adoption)
{
    /// <summary>The period's life story work and later life letter, if any is recorded.</summary>
    public LifeStoryWork? LifeStory { get; init; }
}

/// <summary>A child who went home from care (a period ended with a returned home reason) whose return home has not been reviewed yet.</summary>
public sealed record ReturnHomeClock(Guid ReferralId, DateOnly WentHomeOn);

/// <summary>What starts and stops a child's court and permanence clocks: proceedings (with their extensions) and open periods of care.</summary>
public sealed record PermanenceClocks(IReadOnlyList<CareProceedings> Proceedings, IReadOnlyList<PeriodForPermanence> Periods)
{
    /// <summary>Returns home with a plan and no review yet.</summary>
    public IReadOnlyList<ReturnHomeClock> ReturnsHome { get; init; } = [];
}

/// <summary>
/// The court and permanence clocks as due work: proceedings to conclude within 26 weeks and their extensions
/// (<see cref="CourtTimescales"/>), the permanence plan by the second review (<see cref="CareReviewRules.PermanencePlanDue"/>),
/// and, for a child with a standing decision to be adopted, the match within 121 days of the placement order and
/// moving in with adopters within 426 days of entering care (<see cref="AdoptionScorecard"/>).
/// </summary>
public static class PermanenceWork
{
    public static IEnumerable<WorkItem> For(ChildCaseSnapshot child, IReadOnlyList<Referral> openEpisodes, DateOnly today, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(openEpisodes);
        if (child.Permanence is not { } clocks || openEpisodes.Count == 0)
        {
            yield break;
        }
        var person = child.PersonId;
        WorkItem Item(Guid referralId, WorkKind kind, DateOnly due, string link) => new(person, referralId, kind, DueWork.StatusOn(due, today, calendar), link);

        // Proceedings belong to the child rather than an episode: the work sits on the latest open one.
        var latest = openEpisodes.OrderByDescending(r => r.ReferralDate).First();
        foreach (var proceedings in clocks.Proceedings.Where(p => p.IsOpen && p.IsIssued))
        {
            yield return Item(latest.Id, WorkKind.ProceedingsConclude, proceedings.ConcludeBy!.Value, Links.Court(person));
        }

        foreach (var care in clocks.Periods.Where(p => p.Period.IsOpen && openEpisodes.Any(r => r.Id == p.Period.ReferralId)))
        {
            var period = care.Period;
            if (!care.HasPermanencePlan)
            {
                yield return Item(period.ReferralId, WorkKind.PermanencePlan,
                    CareReviewRules.PermanencePlanDue(period.ToPeriodOfCare(), care.ReviewsHeld, calendar), Links.PermanencePlan(person));
            }
            // Placed for adoption: the life story book and the later life letter are due (PermanenceFollowUpTimescales).
            if (care.Adoption is { IsReversed: false, PlacedOn: { } placed } && care.LifeStory?.NotNeededOn is null)
            {
                if (care.LifeStory?.BookGivenOn is null)
                {
                    yield return Item(period.ReferralId, WorkKind.LifeStoryBook, PermanenceFollowUpTimescales.LifeStoryBookDue(placed), Links.Adoption(person));
                }
                if (care.LifeStory?.LetterWrittenOn is null)
                {
                    yield return Item(period.ReferralId, WorkKind.LaterLifeLetter, PermanenceFollowUpTimescales.LaterLifeLetterDue(placed), Links.Adoption(person));
                }
            }
            if (care.Adoption is not { IsReversed: false, PlacedOn: null } adoption)
            {
                continue;
            }
            if (adoption.MatchedOn is null && PlacementOrderOn(period) is { } placementOrder)
            {
                yield return Item(period.ReferralId, WorkKind.AdoptionMatch, AdoptionScorecard.MatchBy(placementOrder), Links.Adoption(person));
            }
            yield return Item(period.ReferralId, WorkKind.PlacedWithAdopters, AdoptionScorecard.MoveInBy(period.StartDate), Links.Adoption(person));
        }

        // A child who went home: the review of how it is going, while their social care episode is open.
        foreach (var home in clocks.ReturnsHome.Where(h => openEpisodes.Any(r => r.Id == h.ReferralId)))
        {
            yield return Item(home.ReferralId, WorkKind.ReturnHomeReview, PermanenceFollowUpTimescales.ReturnHomeReviewDue(home.WentHomeOn), Links.Adoption(person));
        }
    }

    /// <summary>The placement order is the period's first E1 legal status.</summary>
    public static DateOnly? PlacementOrderOn(CarePeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.LegalStatuses.Where(s => s.Code == LookedAfterCodes.PlacementOrder).OrderBy(s => s.From).Select(s => (DateOnly?)s.From).FirstOrDefault();
    }

    public static class Links
    {
        public static string Court(Guid person) => $"/people/{person}/court";

        public static string Adoption(Guid person) => $"/people/{person}/adoption";

        public static string PermanencePlan(Guid person) => $"/people/{person}/care/plans/permanence";
    }
}
