using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using static Haven.Domain.ChildProtection.ChildProtectionChecks;

namespace Haven.Domain.Tests.ChildProtection;

public sealed class ChildProtectionChecksTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;
    private static readonly DateOnly Today = D("2027-01-20");
    private static readonly DateOnly Referral = D("2026-12-11");
    private static readonly DateOnly EnquiryStart = D("2026-12-14");

    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly Participant[] Agencies3 =
        [new("DS Rowe", Agencies.Police), new("Sam Okafor", Agencies.SocialCare), new("Dr Lena Marsh", Agencies.Health)];

    private static Dictionary<string, string> Icpc(DateOnly? held, DateOnly? s47 = null) =>
        ChildProtectionRules.ValidateInitialConference(held, s47 ?? EnquiryStart, Referral, ConferenceDecision.ChildProtectionPlan, "NEG", Today, Calendar);

    [Fact]
    public void An_initial_conference_on_a_working_day_after_the_enquiry_started_is_accepted()
    {
        Assert.Empty(Icpc(D("2027-01-07")));
    }

    [Fact]
    public void An_initial_conference_before_the_enquiry_started_is_refused_on_the_date()
    {
        var errors = Icpc(D("2026-12-11"));
        Assert.Equal("The conference cannot be before the section 47 enquiry started on 14 December 2026", errors["HeldOn"]);
    }

    [Fact]
    public void An_initial_conference_without_an_enquiry_is_refused()
    {
        var errors = ChildProtectionRules.ValidateInitialConference(D("2027-01-07"), null, Referral, ConferenceDecision.ChildProtectionPlan, "NEG", Today, Calendar);
        Assert.StartsWith("An initial child protection conference needs a section 47 enquiry", errors["HeldOn"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2027-01-09", "Saturday 9 January 2027 is not a working day. Check the date the conference was held")]
    [InlineData("2026-12-28", "Monday 28 December 2026 is not a working day. Check the date the conference was held")]
    [InlineData("2027-01-01", "Friday 1 January 2027 is not a working day. Check the date the conference was held")]
    [InlineData("2027-01-21", "The date the conference was held must be today or in the past")]
    public void An_initial_conference_on_a_weekend_a_bank_holiday_or_in_the_future_is_refused(string held, string message)
    {
        Assert.Equal(message, Icpc(D(held))["HeldOn"]);
    }

    [Fact]
    public void A_plan_needs_a_category_from_the_list()
    {
        var none = ChildProtectionRules.ValidateInitialConference(D("2027-01-07"), EnquiryStart, Referral, ConferenceDecision.ChildProtectionPlan, null, Today, Calendar);
        Assert.Equal("Select the category of abuse", none["Category"]);
        var madeUp = ChildProtectionRules.ValidateInitialConference(D("2027-01-07"), EnquiryStart, Referral, ConferenceDecision.ChildProtectionPlan, "XXX", Today, Calendar);
        Assert.Equal("Select a category of abuse from the list", madeUp["Category"]);
        // No plan, no category needed.
        Assert.Empty(ChildProtectionRules.ValidateInitialConference(D("2027-01-07"), EnquiryStart, Referral, ConferenceDecision.ChildInNeedPlan, null, Today, Calendar));
    }

    [Fact]
    public void Holding_an_initial_conference_needs_the_chair_who_was_there_the_reasons_and_no_fewer_earlier_plans_than_Haven_holds()
    {
        var errors = ValidateInitialConferenceHeld(D("2027-01-07"), EnquiryStart, Referral, ConferenceDecision.ChildProtectionPlan, "NEG", " ", " ",
            [new(null, null), new("Dr Lena Marsh", null)], 0, 1, Today, Calendar);
        Assert.Equal("Enter who chaired the conference", errors["Chair"]);
        Assert.Equal("Enter the reasons for the decision", errors["Rationale"]);
        Assert.Equal("Select the agency of person 2", errors["Attendees[1].Agency"]);
        Assert.Equal("Haven holds 1 earlier plan for this child, so the number cannot be less than 1", errors["PreviousPlans"]);

        var review = ValidateInitialConferenceHeld(D("2027-01-07"), EnquiryStart, Referral, ConferenceDecision.PlanContinues, "NEG", "Chair", "Reasons", Agencies3, 0, 0, Today, Calendar);
        Assert.Contains("child protection plan, a child in need plan or no further action", review["Decision"], StringComparison.Ordinal);
    }

    [Fact]
    public void A_review_is_after_the_last_conference_and_ending_a_plan_needs_a_reason()
    {
        var early = ValidateReviewConferenceHeld(D("2027-01-07"), D("2027-01-07"), ConferenceDecision.PlanEnds, null, null, "Risks reduced", "Chair", Agencies3, Today, Calendar);
        Assert.Equal("The review must be after the last conference on 7 January 2027", early["HeldOn"]);
        Assert.Equal("Select why the plan is ending", early["EndReason"]);
        var continues = ValidateReviewConferenceHeld(D("2027-01-19"), D("2027-01-07"), ConferenceDecision.PlanContinues, "EMO", null, "Still worried", "Chair", Agencies3, Today, Calendar);
        Assert.Empty(continues);
        var wrongKind = ValidateReviewConferenceHeld(D("2027-01-19"), D("2027-01-07"), ConferenceDecision.ChildProtectionPlan, "EMO", null, "x", "Chair", Agencies3, Today, Calendar);
        Assert.Equal("Select whether the plan continues or ends", wrongKind["Decision"]);
    }

    [Theory]
    [InlineData("2026-12-10", "The enquiry cannot start before the referral on 11 December 2026")]
    [InlineData("2026-12-11", "The enquiry cannot start before the strategy discussion on 14 December 2026")]
    [InlineData("2027-01-21", "The start date must be today or in the past")]
    public void An_enquiry_starts_on_or_after_the_referral_and_the_strategy_discussion(string start, string message)
    {
        Assert.Equal(message, ValidateSection47Start(D(start), Referral, D("2026-12-14"), Today, true)["StartDate"]);
    }

    [Fact]
    public void An_enquiry_on_the_day_of_the_strategy_discussion_is_accepted_and_joint_working_must_be_answered()
    {
        Assert.Empty(ValidateSection47Start(D("2026-12-14"), Referral, D("2026-12-14"), Today, false));
        Assert.Equal("Select whether the enquiry is joint with the police", ValidateSection47Start(D("2026-12-14"), Referral, null, Today, null)["JointWithPolice"]);
    }

    [Fact]
    public void A_decision_against_conference_after_substantiated_harm_waits_for_a_service_manager()
    {
        var enquiry = new Section47Enquiry { StartDate = EnquiryStart, Outcome = Section47Outcome.SubstantiatedNoConference };
        Assert.True(AwaitsSeniorManager(enquiry));
        enquiry.SeniorManagerAgreedOn = D("2027-01-04");
        Assert.False(AwaitsSeniorManager(enquiry));
        Assert.False(AwaitsSeniorManager(new Section47Enquiry { Outcome = Section47Outcome.NotSubstantiatedChildInNeed }));
        Assert.False(AwaitsSeniorManager(new Section47Enquiry()));
    }

    [Fact]
    public void An_outcome_needs_its_reasons_and_cannot_predate_the_enquiry()
    {
        var errors = ValidateSection47Completion(D("2026-12-13"), EnquiryStart, Today, null, "  ");
        Assert.Equal("The enquiry cannot end before it started on 14 December 2026", errors["CompletedOn"]);
        Assert.Equal("Select the outcome of the enquiry", errors["Outcome"]);
        Assert.StartsWith("Enter the reasons for the outcome", errors["Rationale"], StringComparison.Ordinal);
    }

    [Fact]
    public void Only_police_and_social_care_is_flagged_and_blank_rows_are_ignored()
    {
        Assert.True(OnlyPoliceAndSocialCare([new("DS Rowe", Agencies.Police), new("Sam Okafor", Agencies.SocialCare), new(null, null)]));
        Assert.False(OnlyPoliceAndSocialCare(Agencies3));
        Assert.False(OnlyPoliceAndSocialCare([new(null, null)]));
    }

    [Fact]
    public void A_strategy_discussion_needs_someone_who_took_part_a_chair_a_decision_and_reasons()
    {
        var errors = ValidateStrategyDiscussion(D("2026-12-10"), Referral, Today, null, [new(null, null), new(null, null)], null, null);
        Assert.Equal("The strategy discussion cannot be before the referral on 11 December 2026", errors["HeldOn"]);
        Assert.Equal("Enter who chaired the strategy discussion", errors["Chair"]);
        Assert.Equal("Enter who took part: a name and agency for each person", errors["Participants[0].Name"]);
        Assert.Equal("Select what the strategy discussion decided", errors["Decision"]);
        Assert.Equal("Enter the reasons for the decision", errors["Rationale"]);
        Assert.Empty(ValidateStrategyDiscussion(D("2026-12-14"), Referral, Today, "Sam Okafor", Agencies3, StrategyDecision.StartSection47, "Injuries unexplained"));
    }

    [Theory]
    [InlineData("2027-01-09", "Saturday 9 January 2027 is not a working day. Choose a working day for the conference")]
    [InlineData("2026-12-11", "The conference cannot be before the section 47 enquiry started on 14 December 2026")]
    public void A_conference_is_booked_for_a_working_day_after_the_enquiry_started(string date, string message)
    {
        Assert.Equal(message, ValidateSchedule(D(date), EnquiryStart, "the section 47 enquiry started", Calendar)["ScheduledFor"]);
        Assert.Empty(ValidateSchedule(D("2027-01-29"), EnquiryStart, "the section 47 enquiry started", Calendar));
    }

    [Fact]
    public void Re_arranging_needs_a_new_date_and_a_reason()
    {
        var errors = ValidateRearrangement(D("2027-01-06"), D("2027-01-06"), EnquiryStart, "the section 47 enquiry started", "", Calendar);
        Assert.Equal("The conference is already booked for 6 January 2027. Enter the new date", errors["ScheduledFor"]);
        Assert.Equal("Enter why the conference is being re-arranged", errors["Reason"]);
    }

    [Theory]
    [InlineData("2027-01-06", "The plan cannot end before it started on 7 January 2027")]
    [InlineData("2027-01-21", "The end date must be today or in the past")]
    [InlineData("2027-01-07", null)]
    public void A_plan_cannot_end_before_it_started_or_in_the_future(string end, string? message)
    {
        Assert.Equal(message, ChildProtectionRules.ValidatePlanEnd(D("2027-01-07"), D(end), Today));
    }

    [Fact]
    public void A_plan_action_says_what_must_change_what_will_be_done_and_who_does_it()
    {
        var errors = ValidatePlanAction(" ", null, "", D("2027-01-06"), D("2027-01-07"));
        Assert.Equal(["Need", "Action", "Owner", "DueDate"], errors.Keys);
        Assert.Empty(ValidatePlanAction("Mia is left alone", "After-school club place", "Sam Okafor", D("2027-02-01"), D("2027-01-07")));
    }

    [Fact]
    public void A_core_group_is_after_the_plan_started_and_records_who_came_and_the_progress()
    {
        var errors = ValidateCoreGroupMeeting(D("2027-01-06"), D("2027-01-07"), Today, "", null);
        Assert.Equal("A core group meets after the plan started on 7 January 2027", errors["HeldOn"]);
        Assert.Equal(["HeldOn", "Attendees", "Progress"], errors.Keys);
    }
}
