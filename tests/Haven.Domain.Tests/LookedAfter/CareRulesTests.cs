using Haven.Domain.LookedAfter;
using static Haven.Domain.Tests.LookedAfter.CareExamples;

namespace Haven.Domain.Tests.LookedAfter;

public sealed class CareRulesTests
{
    private static readonly DateOnly Today = D("2027-07-01");
    private static readonly DateOnly Born = D("2019-03-04");

    [Fact]
    public void A_complete_period_of_care_has_no_problems() =>
        Assert.True(CareRules.CheckPeriod(Ava(D("2027-06-30"), "E4A"), [], Born, Today).IsValid);

    [Fact]
    public void A_period_that_overlaps_another_is_refused_naming_the_other()
    {
        var earlier = new PeriodOfCare(D("2026-06-01"), "N1", [new(D("2026-06-01"), "V2")], [new(D("2026-06-01"), D("2026-12-20"), "U6", "PR1", "x")], D("2026-12-20"), "E4A");

        var result = CareRules.CheckPeriod(Ava(), [earlier], Born, Today);

        Assert.Equal("This period of care overlaps another, from 1 June 2026 to 20 December 2026", result.MessageFor(CareRules.StartField));
    }

    [Fact]
    public void A_period_that_starts_the_day_the_last_one_ended_is_not_an_overlap()
    {
        var earlier = new PeriodOfCare(D("2026-06-01"), "N1", [new(D("2026-06-01"), "V2")], [new(D("2026-06-01"), D("2026-12-18"), "U6", "PR1", "x")], D("2026-12-18"), "E4B");
        Assert.True(CareRules.CheckPeriod(Ava(), [earlier], Born, Today).IsValid);
    }

    [Fact]
    public void A_placement_that_ends_before_it_starts_is_refused() =>
        Assert.Equal("The placement cannot end before it started (4 January 2027)",
            CareRules.CheckPlacement(new CarePlacement(D("2027-01-04"), D("2027-01-03"), "U6", "PR1", "x")).MessageFor(CareRules.EndField));

    [Theory]
    [InlineData("H5")] // semi-independent living: removed from the list for 2025/26
    [InlineData("Z1")] // split into Z11-Z14 for 2025/26
    [InlineData("u6")] // the return writes codes exactly
    public void A_placement_type_not_in_the_DfE_list_is_refused(string code) =>
        Assert.Equal("Select a placement type from the list",
            CareRules.CheckPlacement(new CarePlacement(D("2027-01-04"), null, code, "PR1", "x")).MessageFor(CareRules.PlacementTypeField));

    [Fact]
    public void A_legal_status_not_in_the_DfE_list_is_refused()
    {
        var period = Ava() with { LegalStatuses = [new(D("2026-12-18"), "C9")] };
        Assert.Equal("Select a legal status from the list", CareRules.CheckPeriod(period, [], Born, Today).MessageFor(CareRules.LegalStatusField));
    }

    [Fact]
    public void A_provider_is_needed_except_for_temporary_and_other_placements()
    {
        Assert.Equal("Select who provides the placement",
            CareRules.CheckPlacement(new CarePlacement(D("2027-01-04"), null, "U6", null, "x")).MessageFor(CareRules.ProviderField));
        Assert.True(CareRules.CheckPlacement(new CarePlacement(D("2027-01-04"), D("2027-01-08"), "T2", null, "x")).IsValid);
    }

    [Fact]
    public void Placements_must_cover_the_period_without_gaps_or_overlaps()
    {
        var gap = Ava() with
        {
            Placements = [new(D("2026-12-18"), D("2026-12-22"), "U6", "PR1", "a"), new(D("2026-12-23"), null, "U6", "PR1", "b")],
        };
        var overlap = Ava() with
        {
            Placements = [new(D("2026-12-18"), D("2026-12-24"), "U6", "PR1", "a"), new(D("2026-12-23"), null, "U6", "PR1", "b")],
        };

        Assert.Equal("No placement is recorded from 22 December 2026 to 23 December 2026", CareRules.CheckPeriod(gap, [], Born, Today).MessageFor(CareRules.PlacementsField));
        Assert.Equal("Placements overlap: one starting 23 December 2026 begins before the one from 18 December 2026 has ended",
            CareRules.CheckPeriod(overlap, [], Born, Today).MessageFor(CareRules.PlacementsField));
    }

    [Fact]
    public void A_review_dated_before_the_child_came_into_care_is_refused()
    {
        var result = CareRules.CheckReview(D("2026-12-17"), "PN1", Ava(), Today);
        Assert.Equal("The review cannot be before the child came into care (18 December 2026)", result.MessageFor(CareRules.ReviewDateField));
    }

    [Fact]
    public void A_review_needs_a_DfE_participation_code()
    {
        Assert.Equal("Select how the child took part in the review", CareRules.CheckReview(D("2027-01-20"), "PN9", Ava(), Today).MessageFor(CareRules.ParticipationField));
        Assert.True(CareRules.CheckReview(D("2027-01-20"), "PN1", Ava(), Today).IsValid);
    }

    [Fact]
    public void Leaving_care_needs_a_reason_from_the_list_and_X1_is_not_one()
    {
        Assert.Equal("Select why the child left care", CareRules.CheckPeriod(Ava(D("2027-06-30")), [], Born, Today).MessageFor(CareRules.ReasonCeasedField));
        Assert.Equal("Select a reason for leaving care from the list", CareRules.CheckPeriod(Ava(D("2027-06-30"), "X1"), [], Born, Today).MessageFor(CareRules.ReasonCeasedField));
    }
}
