using Haven.Domain.CinCensus;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Domain.Workforce;

namespace Haven.Domain.Ssda903;

/// <summary>One child's care record as loaded for the return: periods of care (with legal statuses and placements), reviews, missing episodes, health checks and allocations.</summary>
public sealed record Ssda903ChildRecord(
    Person Child,
    IReadOnlyList<CarePeriod> Periods,
    IReadOnlyList<CareReview> Reviews,
    IReadOnlyList<MissingEpisode> Missing,
    IReadOnlyList<HealthCheck> HealthChecks,
    IReadOnlyList<Allocation> Allocations);

/// <summary>
/// Builds a child's rows of the SSDA903 return from the care record, so the return is a by-product of recording. The
/// year is 1 April to 31 March; anything dated after 31 March had not happened as far as the return is concerned (an
/// episode that ends in April is open on 31 March). Episodes come from <see cref="CareEpisodes.From"/>, the one place
/// they are derived.
/// <para>
/// Not written, because Haven does not hold them yet: oc3 (care leavers), ad1, placed_for_adoption and
/// previous_permanence (adoption and permanence records are being built), MOTHER and MC_DOB, and in oc2 the
/// conviction, substance misuse and intervention items and the reason for no SDQ score. Those files go out with their
/// headers and no rows, those cells blank, so the DfE's rules show the gap rather than Haven inventing an answer.
/// </para>
/// </summary>
public static class Ssda903FromRecord
{
    /// <summary>
    /// The child's rows, or null when no period of care of theirs was open in the year. <paramref name="socialWorkerId"/>
    /// gives the SW_ID for an allocated worker's user id.
    /// </summary>
    public static Ssda903Return? Child(Ssda903ChildRecord record, CensusPeriod year, Func<string, string> socialWorkerId)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(socialWorkerId);
        var periods = record.Periods.Where(p => year.Overlaps(p.StartDate, p.EndDate)).OrderBy(p => p.StartDate).ToList();
        if (periods.Count == 0)
        {
            return null;
        }
        var person = record.Child;
        var child = person.LaPersonId;
        var dob = Ssda903Dates.Format(person.DateOfBirth);
        var sex = person.Sex switch { Sex.Male => "M", Sex.Female => "F", _ => "U" };

        var episodes = periods.SelectMany(p => CareEpisodes.From(p.ToPeriodOfCare())
                .Where(e => year.Overlaps(e.Start, e.End))
                .Select(e => Episode(child, p, e, year)))
            .ToList();

        var unaccompanied = record.Periods.Where(p => p.Unaccompanied && p.StartDate <= year.End).ToList();
        List<Ssda903Uasc> uasc = unaccompanied.Count == 0 ? [] :
        [
            new(child, sex, dob, unaccompanied.Any(p => year.UpToEnd(p.UnaccompaniedEndedOn) is null)
                ? null
                : Ssda903Dates.Format(unaccompanied.Max(p => p.UnaccompaniedEndedOn))),
        ];

        return new Ssda903Return
        {
            Header = [new(child, sex, dob, person.EthnicityCode ?? "NOBT", person.UniquePupilNumber ?? UpnUnknown(person, year), null, null)],
            Episodes = [.. episodes],
            Reviews = [.. record.Reviews
                .Where(r => r.HeldOn >= year.Start && r.HeldOn <= year.End)
                .OrderBy(r => r.HeldOn)
                .Select(r => new Ssda903Review(child, dob, Ssda903Dates.Format(r.HeldOn), r.Participation))],
            Uasc = [.. uasc],
            Oc2 = [.. Oc2(record, periods, year, child, dob)],
            Missing = [.. Missing(record, year, child, dob)],
            SwEpisodes = [.. SocialWorkers(record, year, child, dob, socialWorkerId)],
        };
    }

    private static Ssda903Episode Episode(string child, CarePeriod period, CareEpisode e, CensusPeriod year)
    {
        // An episode that ends after 31 March was still open on it: no end date, reason or reason for the move.
        var ended = year.UpToEnd(e.End) is not null;
        return new Ssda903Episode(child, Ssda903Dates.Format(e.Start), e.ReasonForNewEpisode, e.LegalStatus, e.CategoryOfNeed,
            e.PlacementType, e.Provider,
            ended ? Ssda903Dates.Format(e.End) : null, ended ? e.ReasonCeased : null, ended ? e.ReasonForPlacementChange : null,
            period.HomePostcode, e.PlacementPostcode, e.Urn);
    }

    /// <summary>
    /// UN1 for a child not yet of school age, otherwise UN5 (a UPN the authority could not obtain), as the CIN census
    /// does, with the same school-age test so the two returns agree.
    /// </summary>
    private static string UpnUnknown(Person person, CensusPeriod year) =>
        person.DateOfBirth is { } born && CinCensus.Rules.SchoolAgeChildWithoutUpn.IsOfSchoolAge(born, year.End) ? "UN5" : "UN1";

    /// <summary>
    /// Looked after continuously for 12 months at 31 March, as the DfE's validator decides it: in care on 1 April and
    /// still on 31 March in the same period, and not on short breaks (V3/V4) in the year.
    /// </summary>
    public static bool LookedAfterContinuously(IEnumerable<CarePeriod> periods, CensusPeriod year) =>
        periods.Any(p => p.StartDate <= year.Start && (p.EndDate is not { } end || end > year.End)
            && !p.LegalStatuses.Any(s => LookedAfterCodes.ShortBreaks.Contains(s.Code) && s.From <= year.End));

    private static IEnumerable<Ssda903Oc2> Oc2(Ssda903ChildRecord record, List<CarePeriod> periods, CensusPeriod year, string child, string? dob)
    {
        if (!LookedAfterContinuously(periods, year) || record.Child.DateOfBirth is not { } born)
        {
            yield break;
        }
        var checks = record.HealthChecks.Where(h => h.DoneOn <= year.End).ToList();
        var inYear = checks.Where(h => h.DoneOn >= year.Start).ToList();
        var age = Age(born, year.End);
        static string Flag(bool yes) => yes ? "1" : "0";
        // The SDQ is for children 4 to 16: the latest score in the year.
        var sdq = age is >= 4 and <= 16
            ? inYear.Where(h => h.Kind == HealthCheckKind.StrengthsAndDifficulties && h.Score is not null).MaxBy(h => h.DoneOn)?.Score
            : null;
        var assessed = inYear.Any(h => h.Kind is HealthCheckKind.InitialHealthAssessment or HealthCheckKind.ReviewHealthAssessment);
        var immunisations = checks.Where(h => h.Kind == HealthCheckKind.Immunisations).MaxBy(h => h.DoneOn)?.UpToDate == true;
        yield return new Ssda903Oc2(child, dob,
            sdq?.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
            null,
            // Health promotion (development checks) is asked only for children under 5.
            age < 5 ? Flag(assessed) : null,
            Flag(immunisations),
            Flag(inYear.Any(h => h.Kind == HealthCheckKind.DentalCheck)),
            Flag(assessed),
            null, null, null);
    }

    private static IEnumerable<Ssda903Missing> Missing(Ssda903ChildRecord record, CensusPeriod year, string child, string? dob) =>
        from m in record.Missing
        // Only while looked after: a child's episodes missing from home, before or after care, are not the 903's.
        where !m.FromHome
        let start = UkClock.DateOf(m.StartedAtUtc)
        let end = m.ReturnedAtUtc is { } back ? UkClock.DateOf(back) : (DateOnly?)null
        where year.Overlaps(start, end)
        orderby m.StartedAtUtc
        select new Ssda903Missing(child, dob, m.MissingOrAway, Ssda903Dates.Format(start), Ssda903Dates.Format(year.UpToEnd(end)));

    /// <summary>
    /// Social worker episodes from the allocation history: every allocation open at some time in the year (for a child
    /// in care on 31 March the DfE wants the whole year, even before they came into care, rule SW12). Haven records why
    /// a worker changed in words, not as a DfE reason, so an ended episode's reason is OTHERS.
    /// </summary>
    private static IEnumerable<Ssda903SwEpisode> SocialWorkers(Ssda903ChildRecord record, CensusPeriod year, string child, string? dob, Func<string, string> socialWorkerId) =>
        from a in record.Allocations
        where a.StartDate <= year.End && (a.EndDate is not { } end || end >= year.Start)
        orderby a.StartDate, a.EndDate ?? DateOnly.MaxValue
        let ended = year.UpToEnd(a.EndDate)
        select new Ssda903SwEpisode(child, dob, socialWorkerId(a.WorkerUserId), Ssda903Dates.Format(a.StartDate),
            Ssda903Dates.Format(ended), ended is null ? null : "OTHERS");

    /// <summary>Age in whole years on a day.</summary>
    public static int Age(DateOnly born, DateOnly on) => on.Year - born.Year - (on < born.AddYears(on.Year - born.Year) ? 1 : 0);
}

/// <summary>Puts children's rows together into one return, in the order they are added.</summary>
public sealed class Ssda903ReturnBuilder
{
    private readonly List<Ssda903Header> _header = [];
    private readonly List<Ssda903Episode> _episodes = [];
    private readonly List<Ssda903Review> _reviews = [];
    private readonly List<Ssda903Uasc> _uasc = [];
    private readonly List<Ssda903Oc2> _oc2 = [];
    private readonly List<Ssda903Missing> _missing = [];
    private readonly List<Ssda903SwEpisode> _sw = [];

    public int Children => _header.Count;

    public void Add(Ssda903Return child)
    {
        ArgumentNullException.ThrowIfNull(child);
        _header.AddRange(child.Header);
        _episodes.AddRange(child.Episodes);
        _reviews.AddRange(child.Reviews);
        _uasc.AddRange(child.Uasc);
        _oc2.AddRange(child.Oc2);
        _missing.AddRange(child.Missing);
        _sw.AddRange(child.SwEpisodes);
    }

    public Ssda903Return Build() => new()
    {
        Header = [.. _header],
        Episodes = [.. _episodes],
        Reviews = [.. _reviews],
        Uasc = [.. _uasc],
        Oc2 = [.. _oc2],
        Missing = [.. _missing],
        SwEpisodes = [.. _sw],
    };
}
