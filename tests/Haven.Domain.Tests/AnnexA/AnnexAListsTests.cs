using Haven.Domain.AnnexA;
using Haven.Domain.Assessments;
using Haven.Domain.CareLeavers;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.CinCensus;
using Haven.Domain.EarlyHelp;
using Haven.Domain.FrontDoor;
using Haven.Domain.LookedAfter;
using Haven.Domain.People;
using Haven.Domain.Permanence;
using Haven.Domain.Ssda903;
using Haven.Domain.Workforce;

namespace Haven.Domain.Tests.AnnexA;

/// <summary>Each Annex A list from a child's record in memory: the exact row, in Ofsted's column order and wording.</summary>
public sealed class AnnexAListsTests
{
    private static readonly CensusPeriod Range = new(new DateOnly(2025, 10, 1), new DateOnly(2026, 3, 31));
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static Person Child(string id, DateOnly born, Sex sex = Sex.Female, string? ethnicity = "WBRI", string? disability = "NONE") => new()
    {
        Id = Guid.NewGuid(), LaPersonId = id, FirstName = "Test", LastName = id, DateOfBirth = born, Sex = sex, EthnicityCode = ethnicity, DisabilityCodes = disability,
    };

    private static AnnexAChildRecord Record(Person child, IReadOnlyList<EpisodeRecord>? episodes = null, IReadOnlyList<CarePeriod>? periods = null,
        IReadOnlyList<Contact>? contacts = null, IReadOnlyList<EarlyHelpEpisode>? earlyHelp = null, IReadOnlyList<CareReview>? reviews = null,
        IReadOnlyList<HealthCheck>? health = null, IReadOnlyList<MissingEpisode>? missing = null, CareLeaver? leaver = null,
        IReadOnlyList<CareLeaverContact>? leaverContacts = null, IReadOnlyList<AdoptionJourney>? adoptions = null) =>
        new(new ChildCaseRecord(child, episodes ?? []),
            new Ssda903ChildRecord(child, periods ?? [], reviews ?? [], missing ?? [], health ?? [], [], leaver, leaverContacts ?? [], adoptions ?? []),
            contacts ?? [], earlyHelp ?? [], "Children in care team", "Sam Worker");

    private static EpisodeRecord Episode(Referral referral, IReadOnlyList<Assessment>? assessments = null, IReadOnlyList<ChildInNeedPlan>? cinPlans = null,
        IReadOnlyList<StrategyDiscussion>? strategy = null, IReadOnlyList<Section47Enquiry>? enquiries = null,
        IReadOnlyList<ChildProtectionConference>? conferences = null, IReadOnlyList<ChildProtectionPlan>? plans = null) =>
        new(referral, assessments ?? [], cinPlans ?? [], strategy ?? [], enquiries ?? [], conferences ?? [], plans ?? []);

    private static Referral Referral(Person child, DateOnly on, string source = "3A", bool nfa = false, DateOnly? closed = null, string? reason = null) => new()
    {
        Id = Guid.NewGuid(), PersonId = child.Id, ReferralDate = on, SourceCode = source, PrimaryNeedCode = "N1", NoFurtherAction = nfa, ClosedOn = closed, ReasonForClosure = reason,
    };

    private static CarePeriod Period(Person child, DateOnly start, (DateOnly From, string Code)[] statuses, (DateOnly From, string Type)[] placements, DateOnly? end = null, string? reason = null) => new()
    {
        Id = Guid.NewGuid(), PersonId = child.Id, StartDate = start, EndDate = end, ReasonCeased = reason, CategoryOfNeed = "N1", DecisionBy = "HoS", DecisionRationale = "Care",
        RecordedByUserId = "u", RecordedByName = "U",
        LegalStatuses = [.. statuses.Select(s => new CareLegalStatus { Id = Guid.NewGuid(), From = s.From, Code = s.Code, RecordedByUserId = "u", RecordedByName = "U" })],
        Placements = [.. placements.Select((p, i) => new Placement
        {
            Id = Guid.NewGuid(), PersonId = child.Id, StartDate = p.From, EndDate = i + 1 < placements.Length ? placements[i + 1].From : end, PlacementType = p.Type,
            ProviderCode = "PR1", CarerName = "Carers", Postcode = "LS2 2BB", RecordedByUserId = "u", RecordedByName = "U",
        })],
    };

    private static object?[] Row(AnnexAList list, AnnexAChildRecord record) => [.. Assert.Single(list.Rows(record, Range)).Cells];

    [Fact]
    public void Every_list_has_a_sheet_List_1_to_List_11_with_Sex_not_Gender()
    {
        Assert.Equal(Enumerable.Range(1, 11).Select(n => $"List {n}"), AnnexALists.All.Select(l => l.SheetName));
        Assert.All(AnnexALists.All, l => Assert.DoesNotContain("Gender", l.Columns));
        Assert.All(AnnexALists.All.Take(10), l => Assert.Contains("Sex", l.Columns));
        Assert.Equal([7, 8, 11, 12, 14, 14, 17, 34, 13, 16, 19], AnnexALists.All.Select(l => l.Columns.Count));
    }

    [Fact]
    public void Contacts_early_help_and_referrals_in_the_range_give_their_rows()
    {
        var child = Child("AA1", D(2015, 6, 1), Sex.Male, "BAFR");
        var earlier = Referral(child, D(2025, 3, 1), nfa: true, closed: D(2025, 3, 2));
        var referral = Referral(child, D(2025, 11, 3), source: "2A");
        var contact = new Contact { Id = Guid.NewGuid(), PersonId = child.Id, Reference = "C1", SourceCode = "6", Concern = "Worry", RecordedByUserId = "u",
            // 23:30 UTC on 30 September is 00:30 on 1 October in London: in the range.
            ReceivedAtUtc = new DateTime(2025, 9, 30, 23, 30, 0, DateTimeKind.Utc) };
        var help = new EarlyHelpEpisode { Id = Guid.NewGuid(), PersonId = child.Id, StartDate = D(2025, 8, 1), LeadProfessional = "Jo", LeadAgency = "Oak Primary School",
            Assessments = [new() { Id = Guid.NewGuid(), CompletedOn = D(2025, 10, 20), ChildsVoice = "v", ParentsViews = "p", Strengths = "s", Needs = "n" }] };
        var record = Record(child, [Episode(earlier), Episode(referral)], contacts: [contact], earlyHelp: [help]);

        var who = new object?[] { "AA1", "a) Male", "o) BAFR", D(2015, 6, 1), 10 };
        Assert.Equal([.. who, D(2025, 10, 1), "q) 6: Police"], Row(AnnexALists.Contacts, record));
        Assert.Equal([.. who, D(2025, 8, 1), D(2025, 10, 20), "Oak Primary School"], Row(AnnexALists.EarlyHelp, record));
        Assert.Equal([.. who, D(2025, 11, 3), "e) 2A: Schools", "b) No", 2, "Children in care team", "Sam Worker"], Row(AnnexALists.Referrals, record));
    }

    [Fact]
    public void Assessments_section_47s_children_in_need_and_child_protection_give_their_rows()
    {
        var child = Child("AA2", D(2018, 2, 10), disability: "MOB");
        var referral = Referral(child, D(2025, 10, 5));
        var assessment = new Assessment { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, Type = AssessmentType.Single, StartDate = D(2025, 10, 6),
            ChildSeenOn = D(2025, 10, 8), AuthorisedOn = D(2025, 11, 20), Outcome = AssessmentOutcome.StrategyDiscussion };
        var strategy = new StrategyDiscussion { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, HeldOn = D(2025, 11, 21), Decision = StrategyDecision.StartSection47, Rationale = "r" };
        var enquiry = new Section47Enquiry { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StrategyDiscussionId = strategy.Id, StartDate = D(2025, 11, 22),
            CompletedOn = D(2025, 12, 1), Outcome = Section47Outcome.ConferenceRequired };
        var plan = new ChildProtectionPlan { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, StartDate = D(2025, 12, 15), InitialCategory = "NEG", LatestCategory = "EMO", NumberOfPreviousPlans = 1 };
        var icpc = new ChildProtectionConference { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, Type = ConferenceType.Initial, Section47Id = enquiry.Id,
            ScheduledFor = D(2025, 12, 15), HeldOn = D(2025, 12, 15), Decision = ConferenceDecision.ChildProtectionPlan, ChildProtectionPlanId = plan.Id };
        var review = new ChildProtectionConference { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = referral.Id, Type = ConferenceType.Review,
            ScheduledFor = D(2026, 3, 10), HeldOn = D(2026, 3, 10), ChildProtectionPlanId = plan.Id };
        var record = Record(child, [Episode(referral, [assessment], [], [strategy], [enquiry], [icpc, review], [plan])]);

        var who = new object?[] { "AA2", "b) Female", "a) WBRI", D(2018, 2, 10), 8, "a) Yes" };
        Assert.Equal([.. who, D(2025, 10, 6), "a) Yes", D(2025, 11, 20), "a) Yes", "Children in care team", "Sam Worker"], Row(AnnexALists.Assessments, record));
        Assert.Equal([.. who, D(2025, 11, 21), "b) No", D(2025, 12, 15), "a) Yes", 1, 1, "Children in care team", "Sam Worker"], Row(AnnexALists.Section47, record));
        Assert.Equal([.. who, D(2025, 10, 5), "N1 - Abuse or neglect", null, null, null, "b) Child Protection plan", "Children in care team", "Sam Worker"], Row(AnnexALists.ChildrenInNeed, record));
        Assert.Equal([.. who, D(2025, 12, 15), "a) Neglect", "d) Emotional abuse", null, null, D(2026, 3, 10), null, "b) No", 1, "Children in care team", "Sam Worker"],
            Row(AnnexALists.ChildProtection, record));
    }

    [Fact]
    public void A_child_in_care_a_care_leaver_and_an_adoption_give_their_rows_and_adopters_have_none()
    {
        var inCare = Child("AA3", D(2012, 5, 5), ethnicity: null, disability: null);
        var period = Period(inCare, D(2025, 1, 10), [(D(2025, 1, 10), "V2"), (D(2025, 6, 1), "C2")], [(D(2025, 1, 10), "U6"), (D(2025, 12, 1), "K2")]);
        var care = Record(inCare, periods: [period],
            reviews: [new CareReview { Id = Guid.NewGuid(), PersonId = inCare.Id, CarePeriodId = period.Id, HeldOn = D(2026, 1, 5), ChairUserId = "i", ChairName = "I", Participation = "PN1", ChildsViews = "v", Decisions = "d", RecordedByUserId = "i", RecordedByName = "I" }],
            health: [new HealthCheck { Id = Guid.NewGuid(), PersonId = inCare.Id, CarePeriodId = period.Id, Kind = HealthCheckKind.ReviewHealthAssessment, DoneOn = D(2025, 9, 1), RecordedByUserId = "n", RecordedByName = "N" }],
            missing: [new MissingEpisode { Id = Guid.NewGuid(), PersonId = inCare.Id, CarePeriodId = period.Id, MissingOrAway = "M", StartedAtUtc = new DateTime(2025, 12, 20, 20, 0, 0, DateTimeKind.Utc), RecordedByUserId = "u", RecordedByName = "U" }]);
        Assert.Equal(
        [
            "AA3", "b) Female", "u) UNKNOWN", D(2012, 5, 5), 13, "b) No", "c) Unknown", D(2025, 1, 10), "N1 - Abuse or neglect", "b) No",
            D(2025, 6, 1), "C2: Full care order", D(2026, 1, 5), null, null, null, D(2025, 9, 1), null, 2, null, null,
            D(2025, 12, 1), LookedAfterCodes.PlacementTypes.Where(c => c.Value == "K2").Select(c => "K2: " + c.Label).Single(),
            LookedAfterCodes.PlacementProviders.Where(c => c.Value == "PR1").Select(c => "PR1: " + c.Label).Single(), "LS2 2BB", null, null, null, 1, 0, null, null,
            "Children in care team", "Sam Worker",
        ], Row(AnnexALists.LookedAfter, care));

        var leaver = Child("AA4", D(2006, 1, 15));
        var left = Period(leaver, D(2020, 3, 1), [(D(2020, 3, 1), "C2")], [(D(2020, 3, 1), "U6")], D(2024, 1, 15), "E8");
        var contacts = new[] { new CareLeaverContact { Id = Guid.NewGuid(), PersonId = leaver.Id, ContactOn = D(2026, 1, 10), InTouch = "YES", Accommodation = "U", AccommodationSuitable = true, Activity = "F2", RecordedByUserId = "pa", RecordedByName = "PA" } };
        Assert.Equal(
        [
            "AA4", "b) Female", "a) WBRI", D(2006, 1, 15), 20, "b) No", "Children in care team", "Sam Worker", "b) Former relevant child", "a) Yes",
            LookedAfterCodes.CareLeaverAccommodation.Where(c => c.Value == "U").Select(c => "U: " + c.Label).Single(), "a) Suitable",
            LookedAfterCodes.CareLeaverActivity.Where(c => c.Value == "F2").Select(c => "F2: " + c.Label).Single(),
        ], Row(AnnexALists.CareLeavers, Record(leaver, periods: [left], leaverContacts: contacts)));

        var adopted = Child("AA5", D(2022, 4, 4), Sex.Male);
        var adoptedPeriod = Period(adopted, D(2023, 1, 1), [(D(2023, 1, 1), "C2"), (D(2024, 2, 1), "E1")], [(D(2023, 1, 1), "U6"), (D(2025, 3, 1), "A6")], D(2025, 11, 30), "E11");
        var journey = new AdoptionJourney { Id = Guid.NewGuid(), PersonId = adopted.Id, CarePeriodId = adoptedPeriod.Id, DecisionOn = D(2023, 10, 1), DecisionBy = "ADM", DecisionRationale = "r",
            MatchedOn = D(2025, 2, 10), PlacedOn = D(2025, 3, 1), RecordedByUserId = "a", RecordedByName = "A" };
        Assert.Equal(
            ["AA5", null, "a) Male", "a) WBRI", D(2022, 4, 4), 3, "b) No", D(2023, 1, 1), D(2023, 10, 1), D(2024, 2, 1), D(2025, 2, 10), D(2025, 3, 1), D(2025, 11, 30), null, null, null],
            Row(AnnexALists.Adoption, Record(adopted, periods: [adoptedPeriod], adoptions: [journey])));

        Assert.Empty(AnnexALists.Adopters.Rows(care, Range));
    }
}
