using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using static Haven.Domain.ChildProtection.ChildProtectionChecks;

namespace Haven.Domain.Tests.ChildProtection;

public sealed partial class ChildProtectionChecksTests
{
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
}
