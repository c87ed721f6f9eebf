using System.Globalization;
using Haven.Domain.Calendar;
using Haven.Domain.ChildProtection;
using static Haven.Domain.ChildProtection.ChildProtectionChecks;

namespace Haven.Domain.Tests.ChildProtection;

public sealed partial class ChildProtectionChecksTests
{
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
}
