using Haven.Domain.EarlyHelp;
using Haven.Domain.People;

namespace Haven.Domain.Tests.People;

/// <summary>A warning's life and early help's new checks, each with a case refused and a case allowed.</summary>
public sealed class WarningRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);

    [Fact]
    public void A_warning_starts_no_later_than_today()
    {
        Assert.Equal("The date the warning starts must be today or in the past",
            WarningRules.ValidateStart(FlagType.YoungCarer, null, new DateOnly(2030, 1, 1), null, null, null, Today).MessageFor(WarningFields.From));
        Assert.True(WarningRules.ValidateStart(FlagType.YoungCarer, null, Today, null, null, null, Today).IsValid);
    }

    [Fact]
    public void A_trafficking_warning_says_whether_an_NRM_referral_was_made_and_when()
    {
        Assert.NotNull(WarningRules.ValidateStart(FlagType.Trafficking, null, Today, null, null, null, Today).MessageFor(WarningFields.NrmReferralMade));
        Assert.NotNull(WarningRules.ValidateStart(FlagType.Trafficking, null, Today, null, true, null, Today).MessageFor(WarningFields.NrmReferralDate));
        Assert.True(WarningRules.ValidateStart(FlagType.Trafficking, null, Today, null, true, new DateOnly(2026, 11, 20), Today).IsValid);
        Assert.True(WarningRules.ValidateStart(FlagType.Trafficking, null, Today, null, false, null, Today).IsValid);
    }

    [Fact]
    public void A_review_date_comes_after_the_start_and_is_due_on_the_day_and_overdue_after()
    {
        Assert.NotNull(WarningRules.ValidateDetails(FlagType.CountyLines, Today, Today, null, null, Today).MessageFor(WarningFields.ReviewDate));
        var flag = new PersonFlag { Type = FlagType.CountyLines, From = new DateOnly(2026, 9, 1), ReviewDate = Today };
        Assert.True(WarningRules.IsReviewDue(flag, Today));
        Assert.False(WarningRules.IsReviewOverdue(flag, Today));
        Assert.True(WarningRules.IsReviewOverdue(flag, Today.AddDays(1)));
        flag.To = Today;
        Assert.False(WarningRules.IsReviewOverdue(flag, Today.AddDays(1)));
    }

    [Fact]
    public void Ending_needs_a_date_from_the_start_to_today_and_a_reason()
    {
        var flag = new PersonFlag { Type = FlagType.MissingFromHome, From = new DateOnly(2026, 10, 1) };
        Assert.Equal("The date the warning ended must be the same as or after it started on 1 October 2026",
            WarningRules.ValidateEnd(flag, new DateOnly(2026, 9, 30), "Settled", Today).MessageFor(WarningFields.EndDate));
        Assert.NotNull(WarningRules.ValidateEnd(flag, Today.AddDays(1), "Settled", Today).MessageFor(WarningFields.EndDate));
        Assert.NotNull(WarningRules.ValidateEnd(flag, Today, " ", Today).MessageFor(WarningFields.Reason));
        Assert.True(WarningRules.ValidateEnd(flag, Today, "Settled", Today).IsValid);
        Assert.False(WarningRules.ValidateRemoval("").IsValid);
        Assert.True(WarningRules.ValidateRemoval("Wrong child").IsValid);
    }

    [Fact]
    public void A_lead_change_date_falls_between_the_start_or_last_change_and_today()
    {
        var start = new DateOnly(2026, 9, 1);
        Assert.NotNull(EarlyHelpRules.ValidateLeadChangeDate(null, start, null, Today).MessageFor(EarlyHelpFields.ChangedOn));
        Assert.NotNull(EarlyHelpRules.ValidateLeadChangeDate(Today.AddDays(1), start, null, Today).MessageFor(EarlyHelpFields.ChangedOn));
        Assert.NotNull(EarlyHelpRules.ValidateLeadChangeDate(new DateOnly(2026, 8, 31), start, null, Today).MessageFor(EarlyHelpFields.ChangedOn));
        Assert.Equal("The date the lead professional changed must be the same as or after the last change, on 1 October 2026",
            EarlyHelpRules.ValidateLeadChangeDate(new DateOnly(2026, 9, 15), start, new DateOnly(2026, 10, 1), Today).MessageFor(EarlyHelpFields.ChangedOn));
        Assert.True(EarlyHelpRules.ValidateLeadChangeDate(new DateOnly(2026, 10, 1), start, new DateOnly(2026, 10, 1), Today).IsValid);
    }

    [Fact]
    public void Closing_with_actions_to_do_needs_what_happened_to_them_and_an_ended_action_is_not_overdue()
    {
        Assert.Equal("Say what happened to the 2 actions not done", EarlyHelpRules.ValidateOutstandingActions(2, " ").MessageFor(EarlyHelpFields.OutstandingActions));
        Assert.True(EarlyHelpRules.ValidateOutstandingActions(2, "Passed to school").IsValid);
        Assert.True(EarlyHelpRules.ValidateOutstandingActions(0, null).IsValid);
        var episode = new EarlyHelpEpisode { LeadProfessional = "A", LeadAgency = "B", StartDate = new DateOnly(2026, 9, 1) };
        var stopped = new EarlyHelpAction { Action = "Hearing test", Owner = "Nurse", DueDate = new DateOnly(2026, 10, 1), EndedOn = new DateOnly(2026, 10, 2), EndReason = "Not needed" };
        episode.Actions.Add(stopped);
        Assert.False(EarlyHelpRules.IsActionOverdue(episode, stopped, Today));
        Assert.Empty(EarlyHelpRules.OutstandingActions(episode));
    }
}
