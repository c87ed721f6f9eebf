using Haven.Domain.CareLeavers;
using static Haven.Domain.Tests.CareLeavers.CareLeaverEligibilityTests;

namespace Haven.Domain.Tests.CareLeavers;

/// <summary>What a contact and a plan may record, in the OC3 codes (Jordan was born on 10 June 2008).</summary>
public sealed class CareLeaverRulesTests
{
    private static readonly DateOnly Today = new(2027, 6, 1);

    [Fact]
    public void In_touch_needs_accommodation_suitability_and_activity()
    {
        var result = CareLeaverRules.CheckContact(D("2027-05-01"), "YES", null, null, null, false, Born, Today);
        Assert.Equal("Select where the young person lives", result.MessageFor(CareLeaverRules.Accommodation));
        Assert.Equal("Select what the young person is doing", result.MessageFor(CareLeaverRules.Activity));
        Assert.True(CareLeaverRules.CheckContact(D("2027-05-01"), "YES", "U", true, "F5", false, Born, Today).IsValid);
        Assert.True(CareLeaverRules.CheckContact(D("2027-05-01"), "NO", null, null, null, false, Born, Today).IsValid);
    }

    [Fact]
    public void Died_or_back_home_carry_no_accommodation_or_activity_as_rule_344_requires()
    {
        var result = CareLeaverRules.CheckContact(D("2027-05-01"), "RHOM", "B", true, "F5", false, Born, Today);
        Assert.Equal("Leave accommodation blank when the young person has died or has lived back at home for 6 months or more", result.MessageFor(CareLeaverRules.Accommodation));
        Assert.NotNull(result.MessageFor(CareLeaverRules.Activity));
    }

    [Fact]
    public void Homeless_is_never_suitable_former_foster_carers_not_before_18_and_staying_put_is_with_them()
    {
        Assert.NotNull(CareLeaverRules.CheckContact(D("2027-05-01"), "YES", "S", true, "G5", false, Born, Today).MessageFor(CareLeaverRules.Suitable));
        Assert.True(CareLeaverRules.CheckContact(D("2027-05-01"), "YES", "S", false, "G5", false, Born, Today).IsValid);
        Assert.NotNull(CareLeaverRules.CheckContact(D("2025-06-10"), "YES", "Z", true, "F2", false, Born, Today).MessageFor(CareLeaverRules.Accommodation));
        Assert.NotNull(CareLeaverRules.CheckContact(D("2027-05-01"), "YES", "U", true, "F2", true, Born, Today).MessageFor(CareLeaverRules.StayingPut));
        Assert.True(CareLeaverRules.CheckContact(D("2027-05-01"), "YES", "Z", true, "F2", true, Born, Today).IsValid);
    }

    [Fact]
    public void Dates_cannot_be_in_the_future_or_before_planning_starts_and_a_review_needs_a_plan()
    {
        Assert.Equal("The date of the contact must be today or in the past",
            CareLeaverRules.CheckContact(D("2027-06-02"), "YES", "U", true, "F5", false, Born, Today).MessageFor(CareLeaverRules.ContactOn));
        Assert.Equal("The date it was completed cannot be before 3 months before the young person's 16th birthday, 10 March 2024",
            CareLeaverRules.CheckPlan(PathwayStep.NeedsAssessment, D("2024-03-09"), Born, false, Today).MessageFor(CareLeaverRules.CompletedOn));
        Assert.Equal("Record the pathway plan before its first review",
            CareLeaverRules.CheckPlan(PathwayStep.Review, D("2026-01-01"), Born, false, Today).MessageFor(CareLeaverRules.Step));
        Assert.True(CareLeaverRules.CheckPlan(PathwayStep.Review, D("2026-01-01"), Born, true, Today).IsValid);
    }
}
