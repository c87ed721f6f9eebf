using Haven.Domain.Calendar;
using Haven.Domain.FrontDoor;

namespace Haven.Domain.Tests.FrontDoor;

public sealed class FrontDoorRulesTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Theory]
    // Tuesday to Wednesday: the next working day.
    [InlineData("2026-11-24", "2026-11-25")]
    // Friday: Saturday and Sunday do not count, so Monday.
    [InlineData("2026-11-20", "2026-11-23")]
    // Christmas Eve 2025 is a Wednesday; 25 and 26 December are bank holidays, 27-28 the weekend: Monday 29th.
    [InlineData("2025-12-24", "2025-12-29")]
    // Thursday 2 April 2026: Good Friday (3rd), the weekend, and Easter Monday (6th) pass: Tuesday 7 April.
    [InlineData("2026-04-02", "2026-04-07")]
    // A contact taken on a Saturday (out of hours) is due on Monday.
    [InlineData("2026-11-21", "2026-11-23")]
    public void A_decision_is_due_by_the_end_of_the_next_working_day(string received, string due)
    {
        Assert.Equal(DateOnly.Parse(due), FrontDoorRules.DecisionDueOn(DateOnly.Parse(received), Calendar));
    }

    [Theory]
    // Tuesday 10:00 to Thursday 10:00.
    [InlineData("2026-11-24T10:00", "2026-11-26T10:00")]
    // Friday 15:00: Monday and Tuesday are the two working days, so Tuesday 15:00.
    [InlineData("2026-11-20T15:00", "2026-11-24T15:00")]
    // Christmas Eve 2025 10:00: the next working days are Monday 29 and Tuesday 30 December.
    [InlineData("2025-12-24T10:00", "2025-12-30T10:00")]
    // Maundy Thursday 2 April 2026 16:30: Tuesday 7 and Wednesday 8 April are the two working days.
    [InlineData("2026-04-02T16:30", "2026-04-08T16:30")]
    // Decided on a Saturday: the clock starts Monday 09:00, so Wednesday 09:00.
    [InlineData("2026-11-21T11:00", "2026-11-25T09:00")]
    public void Feedback_to_the_referrer_is_due_48_working_hours_after_the_decision(string decided, string due)
    {
        Assert.Equal(DateTime.Parse(due), FrontDoorRules.FeedbackDueAt(DateTime.Parse(decided), Calendar));
    }

    [Theory]
    [InlineData("2025-11-25", true)]  // exactly 12 months before: within the 12 months
    [InlineData("2025-11-24", false)] // 12 months and a day: not a re-referral
    [InlineData("2026-06-01", true)]
    [InlineData("2026-11-25", false)] // the same day is this referral, not an earlier one
    public void A_referral_within_12_months_of_an_earlier_one_is_a_re_referral(string earlier, bool expected)
    {
        Assert.Equal(expected, FrontDoorRules.IsReReferral(new DateOnly(2026, 11, 25), [DateOnly.Parse(earlier)]));
    }

    [Fact]
    public void A_decision_needs_a_reason_a_level_and_for_early_help_a_lead_professional()
    {
        var errors = FrontDoorRules.ValidateDecision(ScreeningOutcome.EarlyHelp, null, "ok", null, null, null);

        Assert.Equal("Select the level of need", errors["Threshold"]);
        Assert.Equal("The reasons must say why this decision was made, in at least 20 characters", errors["Rationale"]);
        Assert.Equal("Enter the lead professional for early help", errors["LeadProfessional"]);
        Assert.Equal("Enter the lead professional's agency", errors["LeadAgency"]);
    }

    [Fact]
    public void A_strategy_discussion_is_only_for_safeguarding_and_a_referral_needs_a_primary_need()
    {
        var errors = FrontDoorRules.ValidateDecision(ScreeningOutcome.StrategyDiscussion, ThresholdLevel.ChildInNeed,
            "Bruising seen by the school nurse on the child's arm", null, null, "N11");

        Assert.StartsWith("A strategy discussion means reasonable cause", errors["Threshold"], StringComparison.Ordinal);
        Assert.Equal("Select the child's primary need", errors["PrimaryNeed"]);
        Assert.Empty(FrontDoorRules.ValidateDecision(ScreeningOutcome.StrategyDiscussion, ThresholdLevel.Safeguarding,
            "Bruising seen by the school nurse on the child's arm", null, null, "N1"));
    }

    [Fact]
    public void Anonymous_and_unknown_referrers_cannot_be_told_the_outcome()
    {
        Assert.False(FrontDoorCodes.ReferrerCanBeTold("9"));
        Assert.False(FrontDoorCodes.ReferrerCanBeTold("10"));
        Assert.True(FrontDoorCodes.ReferrerCanBeTold("2A"));
    }
}

public sealed class FeedbackMethodTests
{
    private static Contact From(string source, string? email, string? address) => new()
    {
        Reference = "C-2026-000001", SourceCode = source, Concern = "A concern", RecordedByUserId = "u", ReferrerEmail = email, ReferrerAddress = address,
    };

    [Theory]
    [InlineData("2A", "dsl@school.example.com", "1 School Lane", FeedbackMethod.Email)]
    [InlineData("1A", null, "3 High Street", FeedbackMethod.Letter)]
    [InlineData("6", null, null, FeedbackMethod.NotPossible)]
    [InlineData("9", "someone@example.com", "3 High Street", FeedbackMethod.NotPossible)]
    public void The_referrer_is_told_by_email_then_letter_unless_anonymous_or_unreachable(string source, string? email, string? address, FeedbackMethod expected)
    {
        Assert.Equal(expected, FrontDoorRules.FeedbackMethodFor(From(source, email, address)));
    }
}
