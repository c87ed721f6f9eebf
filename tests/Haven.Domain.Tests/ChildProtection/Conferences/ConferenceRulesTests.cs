using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using static Haven.Domain.ChildProtection.ChildProtectionChecks;

namespace Haven.Domain.Tests.ChildProtection;

public sealed partial class ChildProtectionChecksTests
{
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
    [InlineData("2027-01-09", "Saturday 9 January 2027 is not a working day. Choose a working day for the conference")]
    [InlineData("2026-12-11", "The conference cannot be before the section 47 enquiry started on 14 December 2026")]
    public void A_conference_is_booked_for_a_working_day_after_the_enquiry_started(string date, string message)
    {
        Assert.Equal(message, ValidateSchedule(D(date), ConferenceEarliest.Initial(EnquiryStart), Calendar)["ScheduledFor"]);
        Assert.Empty(ValidateSchedule(D("2027-01-29"), ConferenceEarliest.Initial(EnquiryStart), Calendar));
    }

    [Fact]
    public void Re_arranging_needs_a_new_date_and_a_reason()
    {
        var errors = ValidateRearrangement(D("2027-01-06"), D("2027-01-06"), ConferenceEarliest.Initial(EnquiryStart), "", Calendar);
        Assert.Equal("The conference is already booked for 6 January 2027. Enter the new date", errors["ScheduledFor"]);
        Assert.Equal("Enter why the conference is being re-arranged", errors["Reason"]);
    }

    [Fact]
    public void An_initial_conference_may_be_on_the_day_the_enquiry_started_and_a_review_only_after_the_last_conference()
    {
        // Thursday 7 January 2027 was the day of the last conference (and, for the other case, the enquiry's start).
        Assert.Empty(ValidateSchedule(D("2027-01-07"), ConferenceEarliest.Initial(D("2027-01-07")), Calendar));
        Assert.Equal("The conference must be after the last conference on 7 January 2027",
            ValidateSchedule(D("2027-01-07"), ConferenceEarliest.Review(D("2027-01-07")), Calendar)["ScheduledFor"]);
        Assert.Empty(ValidateSchedule(D("2027-01-08"), ConferenceEarliest.Review(D("2027-01-07")), Calendar));
    }

    [Fact]
    public void Minutes_are_sent_on_or_after_the_day_of_the_conference()
    {
        Assert.Equal("The minutes cannot have been sent before the conference was held on 7 January 2027", ValidateMinutes(D("2027-01-07"), D("2027-01-06"))["MinutesSentOn"]);
        Assert.Empty(ValidateMinutes(D("2027-01-07"), D("2027-01-07")));
        Assert.Empty(ValidateMinutes(D("2027-01-07"), null));
        Assert.Empty(ValidateMinutes(null, D("2027-01-06")));
    }
}
