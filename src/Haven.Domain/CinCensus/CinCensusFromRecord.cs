using Haven.Domain.Assessments;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;

namespace Haven.Domain.CinCensus;

/// <summary>One child's social care record, as loaded for the census.</summary>
public sealed record ChildCaseRecord(Person Child, IReadOnlyList<EpisodeRecord> Episodes);

/// <summary>One episode (a referral) with everything recorded against it.</summary>
public sealed record EpisodeRecord(
    Referral Referral,
    IReadOnlyList<Assessment> Assessments,
    IReadOnlyList<ChildInNeedPlan> ChildInNeedPlans,
    IReadOnlyList<StrategyDiscussion> StrategyDiscussions,
    IReadOnlyList<Section47Enquiry> Section47Enquiries,
    IReadOnlyList<ChildProtectionConference> Conferences,
    IReadOnlyList<ChildProtectionPlan> ChildProtectionPlans);

/// <summary>
/// Builds a child's CIN census entry from the live record, so the return is a by-product of recording and never
/// typed again. Only what was open in the census year goes in, and anything dated after the reference date is
/// left out (a plan that ends in April is still open on 31 March).
/// </summary>
public static class CinCensusFromRecord
{
    /// <summary>The child's entry, or null when no episode of theirs was open in the period.</summary>
    public static CinCensusChild? Child(ChildCaseRecord record, CensusPeriod period, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(period);
        var episodes = record.Episodes
            .Where(e => e.Referral.ReferralDate <= period.End && period.Overlaps(e.Referral.ReferralDate, e.Referral.ClosedOn))
            .OrderBy(e => e.Referral.ReferralDate).ThenBy(e => e.Referral.ClosedOn ?? DateOnly.MaxValue)
            .Select(e => Episode(e, period, calendar))
            .ToList();
        if (episodes.Count == 0)
        {
            return null;
        }
        var person = record.Child;
        // A child born after the reference date was unborn on it: the return gives the expected date instead.
        var unborn = person.IsUnborn || person.DateOfBirth > period.End;
        return new CinCensusChild
        {
            LAchildID = person.LaPersonId,
            UPN = person.UniquePupilNumber,
            UPNunknown = person.UniquePupilNumber is null ? UpnUnknown(person, unborn, period) : null,
            PersonBirthDate = unborn ? null : person.DateOfBirth,
            ExpectedPersonBirthDate = unborn ? person.ExpectedDateOfBirth ?? person.DateOfBirth : null,
            Sex = unborn ? "U" : person.Sex switch { Sex.Male => "M", Sex.Female => "F", _ => "U" },
            PersonDeathDate = period.UpToEnd(person.DateOfDeath),
            // An ethnicity not yet asked is the DfE's "information not yet obtained", not a blank.
            Ethnicity = person.EthnicityCode ?? "NOBT",
            Disabilities = [.. (person.DisabilityCodes ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)],
            CinDetails = [.. episodes],
        };
    }

    /// <summary>
    /// DfE UPN unknown codes: UN1 for a child not yet of school age (and unborn children); otherwise UN5, the
    /// code for a UPN the authority could not reliably obtain. A worker who knows better records the UPN.
    /// School age is rule 8770Q's, so the two can never disagree.
    /// </summary>
    private static string UpnUnknown(Person person, bool unborn, CensusPeriod period) =>
        unborn || person.DateOfBirth is not { } born || !Rules.SchoolAgeChildWithoutUpn.IsOfSchoolAge(born, period.End) ? "UN1" : "UN5";

    private static CinDetails Episode(EpisodeRecord e, CensusPeriod period, WorkingDayCalendar calendar)
    {
        var referral = e.Referral;
        var initialConferences = e.Conferences
            .Where(c => c.Type == ConferenceType.Initial && c.HeldOn is { } held && held <= period.End)
            .ToList();
        var section47s = e.Section47Enquiries
            .Where(s => s.StartDate <= period.End && period.Overlaps(s.StartDate, IcpcOrCompletion(s, initialConferences)))
            .OrderBy(s => s.StartDate)
            .Select(s => Section47(s, e, initialConferences, period, calendar))
            .ToList();
        return new CinDetails
        {
            CINreferralDate = referral.ReferralDate,
            ReferralSource = referral.SourceCode,
            PrimaryNeedCode = referral.PrimaryNeedCode,
            CINclosureDate = period.UpToEnd(referral.ClosedOn),
            ReasonForClosure = period.UpToEnd(referral.ClosedOn) is null ? null : referral.ReasonForClosure,
            Assessments = [.. e.Assessments
                .Where(a => a.StartDate <= period.End && period.Overlaps(a.StartDate, a.AuthorisedOn))
                .OrderBy(a => a.StartDate).ThenBy(a => a.AuthorisedOn ?? DateOnly.MaxValue)
                .Select(a => Assessment(a, period))],
            CinPlanDates = [.. e.ChildInNeedPlans
                .Where(p => p.StartDate <= period.End && period.Overlaps(p.StartDate, p.EndDate))
                .OrderBy(p => p.StartDate)
                .Select(p => new CinPlanDates { StartDate = p.StartDate, EndDate = period.UpToEnd(p.EndDate) })],
            Section47s = [.. section47s],
            ReferralNFA = referral.NoFurtherAction ? "true" : "false",
            ChildProtectionPlans = [.. e.ChildProtectionPlans
                .Where(p => p.StartDate <= period.End && period.Overlaps(p.StartDate, p.EndDate))
                .OrderBy(p => p.StartDate)
                .Select(p => Plan(p, e.Conferences, period))],
        };
    }

    private static DateOnly? IcpcOrCompletion(Section47Enquiry s, IReadOnlyList<ChildProtectionConference> initialConferences) =>
        initialConferences.FirstOrDefault(c => c.Section47Id == s.Id)?.HeldOn ?? s.CompletedOn;

    private static CinAssessment Assessment(Assessment a, CensusPeriod period)
    {
        var authorised = period.UpToEnd(a.AuthorisedOn);
        return new CinAssessment
        {
            ActualStartDate = a.StartDate,
            AuthorisationDate = authorised,
            // Factors are identified when the assessment is completed; an open assessment has none yet.
            Factors = authorised is null ? [] : [.. a.Factors],
        };
    }

    private static CinSection47 Section47(
        Section47Enquiry s, EpisodeRecord e, IReadOnlyList<ChildProtectionConference> initialConferences, CensusPeriod period, WorkingDayCalendar calendar)
    {
        var strategy = e.StrategyDiscussions.FirstOrDefault(d => d.Id == s.StrategyDiscussionId);
        var icpc = initialConferences.FirstOrDefault(c => c.Section47Id == s.Id);
        var decided = s.CompletedOn is { } done && done <= period.End;
        return new CinSection47
        {
            ActualStartDate = s.StartDate,
            InitialCPCtarget = ChildProtectionChecks.InitialConferenceDueOn(strategy?.HeldOn, s.StartDate, calendar),
            DateOfInitialCPC = icpc?.HeldOn,
            ICPCnotRequired = decided && s.IcpcNotRequired ? "true" : "false",
        };
    }

    private static CinChildProtectionPlan Plan(ChildProtectionPlan p, IReadOnlyList<ChildProtectionConference> conferences, CensusPeriod period) => new()
    {
        StartDate = p.StartDate,
        EndDate = period.UpToEnd(p.EndDate),
        InitialCategoryOfAbuse = p.InitialCategory,
        LatestCategoryOfAbuse = p.LatestCategory,
        NumberOfPreviousCPP = p.NumberOfPreviousPlans.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ReviewDates = [.. conferences
            .Where(c => c.Type == ConferenceType.Review && c.ChildProtectionPlanId == p.Id && c.HeldOn is { } held && held <= period.End && held >= period.Start)
            .Select(c => c.HeldOn)
            .Order()],
    };
}
