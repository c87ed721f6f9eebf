using Haven.Domain.Assessments;
using Haven.Domain.CareLeavers;
using Haven.Domain.ChildProtection;
using Haven.Domain.CinCensus;
using Haven.Domain.LookedAfter;
using Haven.Domain.Ssda903;

namespace Haven.Domain.AnnexA;

/// <summary>
/// Ofsted's Annex A (the ILACS child-level lists 1–11) read straight from the record for any date range, with the
/// column headings of returns.md §5.1 and the current template's "Sex" for "Gender". What a list asks about that
/// Haven does not hold (date last seen, statutory and IRO visits, permanence plan category, placement location,
/// return interviews, family identifiers) is left blank rather than guessed; list 11 (adopters) has its headings only,
/// as Haven keeps no adopters' record.
/// <list type="bullet">
/// <item>Lists 1–5: contacts, early help, referrals, assessments and section 47 enquiries in the range.</item>
/// <item>Lists 6–8: children in need, on a plan or in care at some time in the range (open at its end, or closed in it).</item>
/// <item>List 9: care leavers owed leaving care services at the end of the range (relevant, former relevant, qualifying).</item>
/// <item>List 10: adoption decisions open in the range, adoptions in it and decisions reversed in it.</item>
/// </list>
/// "The last 12 months" and "the last six months" run back from the end of the range.
/// </summary>
public static class AnnexALists
{
    private static readonly string[] Child = ["Child Unique ID", "Sex", "Ethnicity", "Date of Birth", "Age of Child (Years)"];
    private static readonly string[] Allocated = ["Allocated Team", "Allocated Worker"];

    /// <summary>A row's cells, built with spreads (an array initialiser cannot spread the child's columns in).</summary>
    private static object?[] Cells(object?[] cells) => cells;

    private static object?[] Who(AnnexAChildRecord r, CensusPeriod range) =>
        [r.Person.LaPersonId, AnnexAWords.Sex(r.Person.Sex), AnnexAWords.Ethnicity(r.Person.EthnicityCode), r.Person.DateOfBirth, Age(r, range)];

    private static int? Age(AnnexAChildRecord r, CensusPeriod range) =>
        r.Person.DateOfBirth is { } born && born <= range.End ? Ssda903FromRecord.Age(born, range.End) : null;

    private static string Disability(AnnexAChildRecord r) => AnnexAWords.Disability(r.Person.DisabilityCodes);

    private static bool In(CensusPeriod range, DateOnly day) => day >= range.Start && day <= range.End;

    private static bool InLast12Months(CensusPeriod range, DateOnly day) => day > range.End.AddMonths(-12) && day <= range.End;

    public static AnnexAList Contacts { get; } = new(1, "Contacts", [.. Child, "Date of Contact", "Contact Source"],
        (r, range) =>
            from c in r.Contacts
            let received = UkClock.DateOf(c.ReceivedAtUtc)
            where In(range, received)
            orderby c.ReceivedAtUtc
            select Cells([.. Who(r, range), received, AnnexAWords.Source(c.SourceCode)]));

    public static AnnexAList EarlyHelp { get; } = new(2, "Early help assessments",
        [.. Child, "Assessment start date", "Assessment completion date", "Organisation completing assessment"],
        (r, range) =>
            from e in r.EarlyHelp
            where range.Overlaps(e.StartDate, e.EndDate)
            orderby e.StartDate
            select Cells([.. Who(r, range), e.StartDate,
                e.Assessments.Where(a => a.CompletedOn <= range.End).Select(a => (DateOnly?)a.CompletedOn).Min(), e.LeadAgency]));

    public static AnnexAList Referrals { get; } = new(3, "Referrals",
        [.. Child, "Date of referral", "Referral Source", "Referral NFA?", "Number of Referrals in Last 12 Months", .. Allocated],
        (r, range) =>
            from e in r.Social.Episodes
            let referral = e.Referral
            where In(range, referral.ReferralDate)
            orderby referral.ReferralDate
            select Cells([.. Who(r, range), referral.ReferralDate, AnnexAWords.Source(referral.SourceCode), AnnexAWords.YesNo(referral.NoFurtherAction),
                // This referral and the child's others in the year up to it.
                r.Social.Episodes.Count(o => o.Referral.ReferralDate <= referral.ReferralDate && o.Referral.ReferralDate > referral.ReferralDate.AddMonths(-12)),
                r.AllocatedTeam, r.AllocatedWorker]));

    public static AnnexAList Assessments { get; } = new(4, "Assessments",
        [.. Child, "Does the Child have a Disability", "Continuous Assessment Start Date", "Child Seen During Continuous Assessment",
            "Continuous Assessment Date of Authorisation", "Was the child assessed as requiring LA children's social care support?", .. Allocated],
        (r, range) =>
            from a in r.Social.Episodes.SelectMany(e => e.Assessments)
            let authorised = range.UpToEnd(a.AuthorisedOn)
            where In(range, a.StartDate) || (authorised is { } done && done >= range.Start)
            orderby a.StartDate
            select Cells([.. Who(r, range), Disability(r), a.StartDate, AnnexAWords.YesNo(range.UpToEnd(a.ChildSeenOn) is not null), authorised,
                authorised is null ? null : AnnexAWords.YesNo(a.Outcome is not (AssessmentOutcome.NoFurtherAction or AssessmentOutcome.EarlyHelp)),
                r.AllocatedTeam, r.AllocatedWorker]));

    public static AnnexAList Section47 { get; } = new(5, "Section 47 enquiries and ICPCs",
        [.. Child, "Does the Child have a Disability", "Strategy discussion initiating Section 47 Enquiry Start Date",
            "Was an Initial Child Protection Conference deemed unnecessary?", "Date of Initial Child Protection Conference",
            "Did the Initial Child Protection Conference Result in a Child Protection Plan", "Number of Section 47 Enquiries in the last 12 months",
            "Number of ICPCs in the last 12 months", .. Allocated],
        (r, range) =>
        {
            var episodes = r.Social.Episodes;
            var initials = episodes.SelectMany(e => e.Conferences).Where(c => c.Type == ConferenceType.Initial && range.UpToEnd(c.HeldOn) is not null).ToList();
            var enquiries = episodes.SelectMany(e => e.Section47Enquiries).ToList();
            var strategy = episodes.SelectMany(e => e.StrategyDiscussions).ToDictionary(s => s.Id);
            return from s in enquiries
                   let started = s.StrategyDiscussionId is { } id && strategy.TryGetValue(id, out var held) ? held.HeldOn : s.StartDate
                   where In(range, started)
                   orderby started
                   let icpc = initials.Where(c => c.Section47Id == s.Id).MinBy(c => c.HeldOn)
                   select Cells([.. Who(r, range), Disability(r), started,
                       s.Outcome is null || s.CompletedOn > range.End ? null : AnnexAWords.YesNo(s.Outcome != Section47Outcome.ConferenceRequired),
                       icpc?.HeldOn, icpc is null ? null : AnnexAWords.YesNo(icpc.Decision == ConferenceDecision.ChildProtectionPlan),
                       enquiries.Count(e => InLast12Months(range, e.StartDate)), initials.Count(c => InLast12Months(range, c.HeldOn!.Value)),
                       r.AllocatedTeam, r.AllocatedWorker]);
        });

    public static AnnexAList ChildrenInNeed { get; } = new(6, "Children in need",
        [.. Child, "Does the Child have a Disability", "CIN Start Date", "Primary Need Code", "Date Child Was Last Seen", "CIN Closure Date",
            "Reason for Closure", "Case Status", .. Allocated],
        (r, range) =>
            // A referral that went no further is on list 3 only.
            from e in r.Social.Episodes
            let referral = e.Referral
            where !referral.NoFurtherAction && range.Overlaps(referral.ReferralDate, referral.ClosedOn)
            orderby referral.ReferralDate
            let closed = range.UpToEnd(referral.ClosedOn)
            select Cells([.. Who(r, range), Disability(r), referral.ReferralDate, AnnexAWords.Need(referral.PrimaryNeedCode), null, closed,
                closed is null ? null : AnnexAWords.ReasonForClosure(referral.ReasonForClosure), CaseStatus(r, e, range, closed),
                r.AllocatedTeam, r.AllocatedWorker]));

    /// <summary>Where the episode stands at the end of the range, the most serious first.</summary>
    private static string CaseStatus(AnnexAChildRecord r, EpisodeRecord e, CensusPeriod range, DateOnly? closed)
    {
        var end = range.End;
        static bool OpenOn(DateOnly start, DateOnly? stop, DateOnly day) => start <= day && (stop is null || stop > day);
        return closed is not null ? AnnexAWords.ClosedEpisode
            : r.Care.Periods.Any(p => OpenOn(p.StartDate, p.EndDate, end)) ? AnnexAWords.LookedAfter
            : e.ChildProtectionPlans.Any(p => OpenOn(p.StartDate, p.EndDate, end)) ? AnnexAWords.ChildProtectionPlan
            : e.ChildInNeedPlans.Any(p => OpenOn(p.StartDate, p.EndDate, end)) ? AnnexAWords.ChildInNeedPlan
            : e.Assessments.Any(a => a.StartDate <= end && range.UpToEnd(a.AuthorisedOn) is null) ? AnnexAWords.OpenAssessment
            : AnnexAWords.ChildInNeedPlan;
    }

    public static AnnexAList ChildProtection { get; } = new(7, "Child protection",
        [.. Child, "Does the Child have a Disability", "Child Protection Plan Start Date", "Initial Category of Abuse", "Latest Category of Abuse",
            "Date of the Last Statutory Visit", "Was the Child Seen Alone?", "Date of latest review conference", "Child Protection Plan End Date",
            "Subject to Emergency Protection Order or Protected Under Police Powers in Last Six Months (Y/N)", "Number of Previous Child Protection Plans",
            .. Allocated],
        (r, range) =>
        {
            var reviews = r.Social.Episodes.SelectMany(e => e.Conferences).Where(c => c.Type == ConferenceType.Review && range.UpToEnd(c.HeldOn) is not null).ToList();
            // Police protection (L1) or an emergency protection order (L2) begun in the six months to the end of the range.
            var protectedLately = r.Care.Periods.SelectMany(p => p.LegalStatuses)
                .Any(s => s.Code is "L1" or "L2" && s.From <= range.End && s.From > range.End.AddMonths(-6));
            return from p in r.Social.Episodes.SelectMany(e => e.ChildProtectionPlans)
                   where range.Overlaps(p.StartDate, p.EndDate)
                   orderby p.StartDate
                   select Cells([.. Who(r, range), Disability(r), p.StartDate, AnnexAWords.Abuse(p.InitialCategory), AnnexAWords.Abuse(p.LatestCategory),
                       null, null, reviews.Where(c => c.ChildProtectionPlanId == p.Id).Max(c => c.HeldOn), range.UpToEnd(p.EndDate),
                       AnnexAWords.YesNo(protectedLately), p.NumberOfPreviousPlans, r.AllocatedTeam, r.AllocatedWorker]);
        });

    public static AnnexAList LookedAfter { get; } = new(8, "Children looked after",
        [.. Child, "Unaccompanied Asylum Seeking Child (UASC) within the Last 12 Months (Y/N)", "Does the Child have a Disability",
            "Date Started to be Looked After", "Child's Category of Need",
            "Is this a second or subsequent period of being a Looked After Child within the last 12 months (Y/N)",
            "Start date of current legal status", "Child's Legal Status", "Date of Latest Statutory Review", "Date of Last Social Work Visit",
            "What is the permanence plan for this child?", "Date of Last IRO Visit / Contact to the Child", "Date of Last Health Assessment",
            "Date of Last Dental Check", "Number of Placements in the Last 12 months", "Date Ceased to be Looked After", "Reason Ceased to be Looked After",
            "Start Date of Most Recent Placement", "Placement Type", "Placement Provider", "Placement postcode", "URN of Placement", "Placement Location",
            "LA of Placement", "Number of Episodes the Child has been 'Missing' from their Placement in the last 12 months",
            "Number of Episodes the Child has been 'Absent' from their Placement in the last 12 months",
            "Was the child offered a Return Interview after their last missing episode (Y/N)?",
            "Did the child accept a Return Interview after their last missing episode (Y/N)?", .. Allocated],
        (r, range) =>
        {
            // One row a child: their latest period of care in the range.
            var period = r.Care.Periods.Where(p => range.Overlaps(p.StartDate, p.EndDate)).MaxBy(p => p.StartDate);
            if (period is null)
            {
                return [];
            }
            var care = r.Care;
            var asAt = period.EndDate is { } ended && ended < range.End ? ended : range.End;
            var status = period.LegalStatuses.Where(s => s.From <= asAt).MaxBy(s => s.From);
            var placement = period.Placements.Where(p => p.StartDate <= asAt).MaxBy(p => p.StartDate);
            var yearAgo = range.End.AddMonths(-12);
            var missing = care.Missing.Select(m => (m.MissingOrAway, On: UkClock.DateOf(m.StartedAtUtc))).Where(m => InLast12Months(range, m.On)).ToList();
            DateOnly? Last(params HealthCheckKind[] kinds) =>
                care.HealthChecks.Where(h => kinds.Contains(h.Kind) && h.DoneOn <= range.End).Select(h => (DateOnly?)h.DoneOn).Max();
            object?[] row =
            [
                .. Who(r, range),
                AnnexAWords.YesNo(period.Unaccompanied && (period.UnaccompaniedEndedOn is not { } uascEnded || uascEnded > yearAgo)),
                Disability(r), period.StartDate, AnnexAWords.Need(period.CategoryOfNeed),
                AnnexAWords.YesNo(care.Periods.Any(p => p.Id != period.Id && p.StartDate < period.StartDate && p.EndDate > yearAgo)),
                status?.From, AnnexAWords.Coded(LookedAfterCodes.LegalStatuses, status?.Code),
                care.Reviews.Where(v => v.HeldOn <= range.End).Select(v => (DateOnly?)v.HeldOn).Max(), null, null, null,
                Last(HealthCheckKind.InitialHealthAssessment, HealthCheckKind.ReviewHealthAssessment), Last(HealthCheckKind.DentalCheck),
                care.Periods.SelectMany(p => p.Placements).Count(p => p.StartDate <= range.End && (p.EndDate is not { } left || left > yearAgo)),
                range.UpToEnd(period.EndDate), range.UpToEnd(period.EndDate) is null ? null : AnnexAWords.Coded(LookedAfterCodes.ReasonsCeased, period.ReasonCeased),
                placement?.StartDate, AnnexAWords.Coded(LookedAfterCodes.PlacementTypes, placement?.PlacementType),
                AnnexAWords.Coded(LookedAfterCodes.PlacementProviders, placement?.ProviderCode), placement?.Postcode, placement?.Urn, null, null,
                missing.Count(m => m.MissingOrAway == "M"), missing.Count(m => m.MissingOrAway == "A"), null, null,
                r.AllocatedTeam, r.AllocatedWorker,
            ];
            return [row];
        });

    public static AnnexAList CareLeavers { get; } = new(9, "Care leavers",
        [.. Child, "Does the Child have a Disability", .. Allocated, "Eligibility Category", "LA in Touch", "Type of Accommodation",
            "Suitability of Accommodation", "Activity Status"],
        (r, range) =>
        {
            if (r.Person.DateOfBirth is not { } born || r.Care.Periods.Count == 0)
            {
                return [];
            }
            var periods = r.Care.Periods.Where(p => p.StartDate <= range.End).ToList();
            var young = new CareLeaverCase(r.Person.Id, born, periods, r.Care.LeavingCare, [], r.Care.LeavingCareContacts);
            // Eligible children are still looked after: they are on list 8.
            var status = young.StatusOn(range.End);
            if (status.Category is CareLeaverCategory.None or CareLeaverCategory.Eligible)
            {
                return [];
            }
            var latest = r.Care.LeavingCareContacts.Where(c => c.ContactOn <= range.End).MaxBy(c => c.ContactOn);
            object?[] row =
            [
                .. Who(r, range), Disability(r), r.AllocatedTeam, r.AllocatedWorker, AnnexAWords.Eligibility(status.Category),
                AnnexAWords.InTouch(latest?.InTouch), AnnexAWords.Coded(LookedAfterCodes.CareLeaverAccommodation, latest?.Accommodation),
                AnnexAWords.Suitability(latest?.AccommodationSuitable), AnnexAWords.Coded(LookedAfterCodes.CareLeaverActivity, latest?.Activity),
            ];
            return [row];
        });

    public static AnnexAList Adoption { get; } = new(10, "Adoption",
        ["Child Unique ID", "Family identifier", "Sex", "Ethnicity", "Date of Birth", "Age of Child (Years)", "Does the Child have a Disability",
            "Date the Child Entered Care", "Date of Decision that Child Should be Placed for Adoption", "Date of Placement Order",
            "Date of Matching Child and Prospective Adopters", "Date Placed for Adoption", "Date of Adoption Order",
            "Date of Decision that Child Should No Longer be Placed for Adoption", "Reason Why Child No Longer Placed for Adoption",
            "Date the child was placed for fostering in FFA or concurrent planning placement"],
        (r, range) =>
            from j in r.Care.Adoptions
            let period = r.Care.Periods.FirstOrDefault(p => p.Id == j.CarePeriodId)
            where period is not null && j.DecisionOn <= range.End
            let adopted = LookedAfterCodes.Adopted.Contains(period.ReasonCeased ?? "") ? range.UpToEnd(period.EndDate) : null
            let reversed = range.UpToEnd(j.ReversedOn)
            // Waiting for adoption, adopted in the range, or the decision reversed in it.
            where (adopted is null && reversed is null && (period.EndDate is null || period.EndDate > range.End)) || adopted >= range.Start || reversed >= range.Start
            orderby j.DecisionOn
            let who = Who(r, range)
            select Cells([who[0], null, .. who[1..], Disability(r), period.StartDate, j.DecisionOn,
                period.LegalStatuses.Where(s => s.Code == "E1" && s.From <= range.End).Select(s => (DateOnly?)s.From).Min(),
                range.UpToEnd(j.MatchedOn), range.UpToEnd(j.PlacedOn), adopted, reversed,
                reversed is null ? null : AnnexAWords.Coded(LookedAfterCodes.ReasonsNoLongerPlacedForAdoption, j.ReversalReason),
                // Fostering for adoption or concurrent planning: a U2 or U5 placement.
                period.Placements.Where(p => p.PlacementType is "U2" or "U5" && p.StartDate <= range.End).Select(p => (DateOnly?)p.StartDate).Min()]));

    /// <summary>Haven keeps no record of prospective adopters, so the list goes with its headings only.</summary>
    public static AnnexAList Adopters { get; } = new(11, "Adopters",
        ["Individual adopter identifier", "Family identifier", "Sex", "Ethnicity", "Disability", "Is the (prospective) adopter fostering for adoption?",
            "Date enquiry received", "Date Stage 1 started", "Date Stage 1 ended", "Date Stage 2 started", "Date Stage 2 ended",
            "Date application submitted", "Date application approved", "Date adopter matched with child(ren)",
            "Date child/children placed with adopter(s)", "No. of children placed", "Date of Adoption Order", "Date of leaving adoption process",
            "Reason for leaving adoption process"],
        (_, _) => []);

    public static IReadOnlyList<AnnexAList> All { get; } =
        [Contacts, EarlyHelp, Referrals, Assessments, Section47, ChildrenInNeed, ChildProtection, LookedAfter, CareLeavers, Adoption, Adopters];
}
