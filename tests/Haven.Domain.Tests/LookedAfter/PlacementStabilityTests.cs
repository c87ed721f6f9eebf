using Haven.Domain.LookedAfter;
using static Haven.Domain.Tests.LookedAfter.CareExamples;

namespace Haven.Domain.Tests.LookedAfter;

public sealed class PlacementStabilityTests
{
    private static readonly DateOnly YearStart = D("2026-04-01");
    private static readonly DateOnly YearEnd = D("2027-03-31");

    private static PeriodOfCare InCare(DateOnly from, params CarePlacement[] placements) =>
        new(from, "N1", [new(from, "C2")], placements);

    [Fact]
    public void Three_placements_in_the_year_count_but_a_holiday_does_not()
    {
        var child = InCare(D("2025-01-10"),
            new(D("2025-01-10"), D("2026-05-10"), "U6", "PR1", "a"),
            new(D("2026-05-10"), D("2026-07-01"), "U6", "PR1", "b"),
            new(D("2026-07-01"), D("2026-07-08"), "T2", null, "b"),
            new(D("2026-07-08"), D("2026-09-01"), "U6", "PR1", "b"),
            new(D("2026-09-01"), null, "U4", "PR1", "c"));

        Assert.Equal(4, PlacementStability.PlacementsDuring([child], YearStart, YearEnd));
        Assert.True(PlacementStability.HadThreeOrMorePlacements([child], YearStart, YearEnd));
    }

    [Fact]
    public void Two_placements_and_a_temporary_move_are_not_three()
    {
        var child = InCare(D("2025-01-10"),
            new(D("2025-01-10"), D("2026-05-10"), "U6", "PR1", "a"),
            new(D("2026-05-10"), D("2026-07-01"), "U6", "PR1", "b"),
            new(D("2026-07-01"), D("2026-07-08"), "T3", null, "c"),
            new(D("2026-07-08"), null, "U6", "PR1", "b"));

        Assert.Equal(3, PlacementStability.PlacementsDuring([child], YearStart, YearEnd));
        Assert.True(PlacementStability.HadThreeOrMorePlacements([child], YearStart, YearEnd));
        var settled = child with { Placements = [.. child.Placements.Take(2)] };
        Assert.False(PlacementStability.HadThreeOrMorePlacements([settled], YearStart, YearEnd));
    }

    [Fact]
    public void A_child_who_left_care_before_the_year_end_is_not_in_the_short_term_measure()
    {
        var left = InCare(D("2026-04-10"),
            new(D("2026-04-10"), D("2026-05-01"), "U6", "PR1", "a"),
            new(D("2026-05-01"), D("2026-06-01"), "U6", "PR1", "b"),
            new(D("2026-06-01"), D("2026-08-01"), "U6", "PR1", "c")) with { End = D("2026-08-01"), ReasonCeased = "E4A" };

        Assert.False(PlacementStability.HadThreeOrMorePlacements([left], YearStart, YearEnd));
    }

    [Fact]
    public void Long_term_stability_counts_the_same_carers_through_a_move_of_home_for_two_years()
    {
        var child = InCare(D("2022-06-01"),
            new(D("2022-06-01"), D("2024-09-01"), "U6", "PR1", "a"),
            new(D("2024-09-01"), D("2025-06-01"), "U6", "PR1", "x"),
            new(D("2025-06-01"), null, "U4", "PR1", "x"));
        var moved = child with
        {
            Placements = [.. child.Placements.Take(2), new(D("2025-06-01"), null, "U4", "PR1", "y")],
        };

        Assert.True(PlacementStability.SamePlacementForTwoYears(child, D("2015-01-01"), YearEnd));
        Assert.False(PlacementStability.SamePlacementForTwoYears(moved, D("2015-01-01"), YearEnd));
    }

    [Fact]
    public void Children_16_or_over_or_in_care_under_two_and_a_half_years_are_not_in_the_long_term_measure()
    {
        var child = InCare(D("2022-06-01"), new CarePlacement(D("2022-06-01"), null, "U4", "PR1", "x"));

        Assert.Null(PlacementStability.SamePlacementForTwoYears(child, D("2010-06-01"), YearEnd));
        Assert.Null(PlacementStability.SamePlacementForTwoYears(child with { Start = D("2025-01-01") }, D("2015-01-01"), YearEnd));
    }
}
