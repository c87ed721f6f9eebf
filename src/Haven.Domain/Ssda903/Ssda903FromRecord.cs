using Haven.Domain.CareLeavers;
using Haven.Domain.CinCensus;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Domain.Permanence;
using Haven.Domain.Workforce;

namespace Haven.Domain.Ssda903;

/// <summary>
/// One child's care record as loaded for the return: periods of care (with legal statuses and placements), reviews,
/// missing episodes, health checks and allocations, the leaving care record and its contacts, and the adoption decisions.
/// </summary>
public sealed record Ssda903ChildRecord(
    Person Child,
    IReadOnlyList<CarePeriod> Periods,
    IReadOnlyList<CareReview> Reviews,
    IReadOnlyList<MissingEpisode> Missing,
    IReadOnlyList<HealthCheck> HealthChecks,
    IReadOnlyList<Allocation> Allocations,
    CareLeaver? LeavingCare,
    IReadOnlyList<CareLeaverContact> LeavingCareContacts,
    IReadOnlyList<AdoptionJourney> Adoptions);

/// <summary>
/// Builds a child's rows of the SSDA903 return from the care record, so the return is a by-product of recording. The
/// year is 1 April to 31 March; anything dated after 31 March had not happened as far as the return is concerned (an
/// episode that ends in April is open on 31 March). Episodes come from <see cref="CareEpisodes.From"/>, the one place
/// they are derived.
/// <para>
/// A care leaver whose 17th to 21st birthday fell in the year is in the return (header and oc3) though not looked
/// after in it. Not written, because Haven does not hold them yet: MOTHER and MC_DOB, LA_PERM, and in oc2 the
/// conviction, substance misuse and intervention items and the reason for no SDQ score. Those cells stay blank, and
/// a child adopted with no adoption decision recorded gets no ad1 row, so the DfE's rules show the gap rather than
/// Haven inventing an answer.
/// </para>
/// </summary>
public static class Ssda903FromRecord
{
    /// <summary>
    /// The child's rows, or null when no period of care of theirs was open in the year and they are not a care leaver
    /// the year asks about. <paramref name="socialWorkerId"/> gives the SW_ID for an allocated worker's user id.
    /// </summary>
    public static Ssda903Return? Child(Ssda903ChildRecord record, CensusPeriod year, Func<string, string> socialWorkerId)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(socialWorkerId);
        var periods = record.Periods.Where(p => year.Overlaps(p.StartDate, p.EndDate)).OrderBy(p => p.StartDate).ToList();
        var person = record.Child;
        var child = person.LaPersonId;
        var dob = Ssda903Dates.Format(person.DateOfBirth);
        List<Ssda903Oc3> oc3 = [.. Oc3(record, year, child, dob)];
        if (periods.Count == 0 && oc3.Count == 0)
        {
            return null;
        }
        var lookedAfter = periods.Count > 0;
        var sex = person.Sex switch { Sex.Male => "M", Sex.Female => "F", _ => "U" };

        var episodes = periods.SelectMany(p => CareEpisodes.From(p.ToPeriodOfCare())
                .Where(e => year.Overlaps(e.Start, e.End))
                .Select(e => Episode(child, p, e, year)))
            .ToList();

        // UASC, social worker episodes and the rest are about children looked after in the year, not care leavers (rule 1014).
        var unaccompanied = lookedAfter ? record.Periods.Where(p => p.Unaccompanied && p.StartDate <= year.End).ToList() : [];
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
            Oc3 = [.. oc3],
            Ad1 = [.. Ad1(record, periods, year, child, dob)],
            PlacedForAdoption = [.. PlacedForAdoption(record, periods, year, child, dob)],
            PreviousPermanence = [.. PreviousPermanence(periods, child, dob)],
            Missing = [.. Missing(record, year, child, dob)],
            SwEpisodes = lookedAfter ? [.. SocialWorkers(record, year, child, dob, socialWorkerId)] : [],
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

    /// <summary>
    /// OC3, once a year around the 17th to 21st birthday of a young person owed leaving care support (eligible,
    /// relevant or former relevant the day before it), unless they were looked after on their 17th or 18th birthday
    /// (rules 1007 and 1016): the birthday contact from <see cref="CareLeaverTimescales.Birthdays"/>, the one place it
    /// is worked out. The return is made after its window (to a month after the birthday) has closed, so a birthday
    /// with no contact in its window is NO. Activity and accommodation are the contact's when in touch, and 0 otherwise,
    /// also when the young person died or went home to their parents: the three items are answered together (rule 153)
    /// and 344 asks for 0, not blanks, after DIED and RHOM, as the DfE's validator reads it.
    /// </summary>
    private static IEnumerable<Ssda903Oc3> Oc3(Ssda903ChildRecord record, CensusPeriod year, string child, string? dob)
    {
        if (record.Child.DateOfBirth is not { } born || !record.Periods.Any(p => p.StartDate <= year.End))
        {
            yield break;
        }
        // Exactly one birthday falls in the year: the one they reach by 31 March.
        var age = Age(born, year.End);
        if (age < CareLeaverTimescales.FirstContactBirthday || age > LastOc3Birthday)
        {
            yield break;
        }
        var birthday = born.AddYears(age);
        var young = new CareLeaverCase(record.Child.Id, born, [.. record.Periods.Where(p => p.StartDate <= year.End)], record.LeavingCare, [], record.LeavingCareContacts);
        var answered = CareLeaverTimescales.Birthdays(born, young.StatusOn(birthday.AddDays(-1)), young.PeriodsOfCare, record.LeavingCareContacts,
                year.End.AddMonths(1), record.LeavingCare?.SupportTo25 ?? false)
            .SingleOrDefault(b => b.Age == age);
        if (answered?.InTouchCode is not { } inTouch)
        {
            yield break;
        }
        var (activity, accommodation) = inTouch switch
        {
            "YES" => (answered.Contact!.Activity, answered.Contact.Oc3Accommodation),
            _ => ("0", "0"),
        };
        yield return new Ssda903Oc3(child, dob, inTouch, activity, accommodation);
    }

    /// <summary>The DfE asks about birthdays 17 to 21 only (rule 391), even for young people supported to 25.</summary>
    private const int LastOc3Birthday = 21;

    /// <summary>
    /// AD1 for a child adopted in the year (a period ending E11 or E12): the adoption decision on that period that was
    /// not reversed. A child adopted with none recorded has no row, which rule 601 reports.
    /// </summary>
    private static IEnumerable<Ssda903Ad1> Ad1(Ssda903ChildRecord record, List<CarePeriod> periods, CensusPeriod year, string child, string? dob) =>
        from p in periods
        where year.UpToEnd(p.EndDate) is not null && LookedAfterCodes.Adopted.Contains(p.ReasonCeased ?? "")
        let journey = record.Adoptions.Where(a => a.CarePeriodId == p.Id && !a.IsReversed).MaxBy(a => a.DecisionOn)
        where journey is not null
        select new Ssda903Ad1(child, dob, Ssda903Dates.Format(journey.DecisionOn), Ssda903Dates.Format(journey.MatchedOn),
            journey.AdoptedByFosterCarers is { } fosterCarers ? (fosterCarers ? "1" : "0") : null,
            journey.NumberOfAdopters?.ToString(System.Globalization.CultureInfo.InvariantCulture), journey.AdoptersSex, journey.AdoptersLegalStatus);

    /// <summary>
    /// Every decision that the child should be placed for adoption made in a period of care open in the year, in date
    /// order, with its reversal (date and RD1–RD4) when that was on or before 31 March.
    /// </summary>
    private static IEnumerable<Ssda903PlacedForAdoption> PlacedForAdoption(Ssda903ChildRecord record, List<CarePeriod> periods, CensusPeriod year, string child, string? dob) =>
        from a in record.Adoptions
        where a.DecisionOn <= year.End && periods.Any(p => p.Id == a.CarePeriodId)
        orderby a.DecisionOn
        let ceased = year.UpToEnd(a.ReversedOn)
        select new Ssda903PlacedForAdoption(child, dob, Ssda903Dates.Format(a.DecisionOn), Ssda903Dates.Format(ceased), ceased is null ? null : a.ReversalReason);

    /// <summary>The first day of the care periods the DfE asks previous permanence about (rule 634).</summary>
    public static readonly DateOnly PreviousPermanenceAskedFrom = new(2016, 4, 1);

    /// <summary>
    /// previous_permanence: the answer given when the child's latest period in the year began, if it began since
    /// 1 April 2016 and the question was answered. The order's date goes only with an order (P1–P3, rule 635).
    /// </summary>
    private static IEnumerable<Ssda903PreviousPermanence> PreviousPermanence(List<CarePeriod> periods, string child, string? dob) =>
        periods.Where(p => p.StartDate >= PreviousPermanenceAskedFrom && p.PreviousPermanence is not null)
            .OrderByDescending(p => p.StartDate).Take(1)
            .Select(p => new Ssda903PreviousPermanence(child, dob, p.PreviousPermanence, null,
                CareEntryRules.IsPreviousOrder(p.PreviousPermanence) ? Ssda903Dates.Format(p.PreviousPermanenceOn) : null));

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
    private readonly List<Ssda903Oc3> _oc3 = [];
    private readonly List<Ssda903Ad1> _ad1 = [];
    private readonly List<Ssda903PlacedForAdoption> _placedForAdoption = [];
    private readonly List<Ssda903PreviousPermanence> _previousPermanence = [];
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
        _oc3.AddRange(child.Oc3);
        _ad1.AddRange(child.Ad1);
        _placedForAdoption.AddRange(child.PlacedForAdoption);
        _previousPermanence.AddRange(child.PreviousPermanence);
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
        Oc3 = [.. _oc3],
        Ad1 = [.. _ad1],
        PlacedForAdoption = [.. _placedForAdoption],
        PreviousPermanence = [.. _previousPermanence],
        Missing = [.. _missing],
        SwEpisodes = [.. _sw],
    };
}
