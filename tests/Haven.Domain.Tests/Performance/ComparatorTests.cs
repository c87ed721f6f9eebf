using Haven.Domain.Formatting;
using Haven.Domain.Performance;

namespace Haven.Domain.Tests.Performance;

/// <summary>Comparing the authority with published figures, like with like, and reading the comparator file.</summary>
public sealed class ComparatorTests
{
    [Theory]
    [InlineData(63.1, 73.9, ComparatorBand.Below)] // the seed's core assessments: 63.1% against England's 73.9%, "below"
    [InlineData(74.9, 73.9, ComparatorBand.Inline)] // within one percentage point
    [InlineData(75.0, 73.9, ComparatorBand.Above)]
    public void A_percentage_is_in_line_within_one_point(double ours, double theirs, ComparatorBand expected) =>
        Assert.Equal(expected, Comparators.Band((decimal)ours, (decimal)theirs, IndicatorUnit.Percent));

    [Theory]
    [InlineData(71.2, 70.0, ComparatorBand.Inline)] // within 5% of 70 (3.5 per 10,000)
    [InlineData(73.5, 70.0, ComparatorBand.Inline)]
    [InlineData(73.6, 70.0, ComparatorBand.Above)]
    [InlineData(66.4, 70.0, ComparatorBand.Below)]
    public void A_rate_is_in_line_within_five_percent_of_the_comparator(double ours, double theirs, ComparatorBand expected) =>
        Assert.Equal(expected, Comparators.Band((decimal)ours, (decimal)theirs, IndicatorUnit.Count));

    [Fact]
    public void Better_or_worse_follows_the_indicators_direction_not_the_number()
    {
        Assert.False(Comparators.IsBetter(ComparatorBand.Below, Polarity.HigherIsBetter));
        Assert.True(Comparators.IsBetter(ComparatorBand.Below, Polarity.LowerIsBetter));
        Assert.True(Comparators.IsBetter(ComparatorBand.Above, Polarity.HigherIsBetter));
        Assert.Null(Comparators.IsBetter(ComparatorBand.Inline, Polarity.HigherIsBetter));
        Assert.Null(Comparators.IsBetter(ComparatorBand.Above, Polarity.None));
    }

    [Fact]
    public void A_count_becomes_a_rate_per_10000_children_only_with_a_population()
    {
        // The seed's authority: 471 children looked after among about 66,157 children, "a rate of 71 per 10,000".
        Assert.Equal(71.2m, Comparators.RatePer10000(471, 66_157));
        Assert.Null(Comparators.RatePer10000(471, null));
        Assert.Null(Comparators.RatePer10000(471, 0));
    }

    private static IndicatorFigure Percent(Indicator indicator, int yearEnding, int numerator, int denominator)
    {
        var child = new CountedChild(Guid.Empty, new DateOnly(yearEnding - 1, 5, 1), "x");
        return new IndicatorFigure(indicator, ReportingPeriod.Year(yearEnding),
            new IndicatorCount([.. Enumerable.Repeat(child, numerator)], [.. Enumerable.Repeat(child, denominator)]));
    }

    private static IndicatorFigure Count(Indicator indicator, int yearEnding, int count) =>
        new(indicator, ReportingPeriod.Year(yearEnding),
            new IndicatorCount([.. Enumerable.Repeat(new CountedChild(Guid.Empty, new DateOnly(yearEnding - 1, 5, 1), "x"), count)], null));

    private static ScorecardRow Row(IndicatorFigure twoYearsBefore, IndicatorFigure yearBefore) =>
        new(yearBefore.Indicator, twoYearsBefore, yearBefore, null, null, []);

    [Fact]
    public void A_row_is_compared_with_the_latest_year_it_has_an_outturn_and_comparators_for()
    {
        // Scorecard 2026-27: outturns for 2024-25 (80%) and 2025-26 (63.1%). Comparators published for 2024-25 only.
        var row = Row(Percent(Indicators.AssessmentsInTime, 2025, 80, 100), Percent(Indicators.AssessmentsInTime, 2026, 631, 1000));
        ComparatorFigure[] published =
        [
            new("K09", 2025, "SN", 79.5m),
            new("K09", 2025, "N", 82.1m),
            new("K09", 2024, "N", 60m),
            new("K04", 2025, "N", 22m),
        ];
        var compared = Comparators.For(row, published, new Dictionary<int, int>());
        Assert.Equal("N : 82.1% below, SN : 79.5% inline", Comparators.Cell(compared, IndicatorUnit.Percent));
        Assert.Equal("2024-25, worse (ours 80%)", compared[0].Note(IndicatorUnit.Percent));

        // Once 2025-26's are published, they are used against the 2025-26 outturn.
        var later = Comparators.For(row, [.. published, new("K09", 2026, "N", 60m)], new Dictionary<int, int>());
        Assert.Equal("N : 60% above", Comparators.Cell(later, IndicatorUnit.Percent));
        Assert.Equal("n/a", Comparators.Cell(Comparators.For(row, [], new Dictionary<int, int>()), IndicatorUnit.Percent));
    }

    [Fact]
    public void A_count_is_compared_as_its_rate_and_without_the_population_shows_no_band()
    {
        var row = Row(Count(Indicators.ChildrenOnPlans, 2025, 250), Count(Indicators.ChildrenOnPlans, 2026, 271));
        ComparatorFigure[] published = [new("K17", 2026, "N", 41.6m)];
        var withPopulation = Comparators.For(row, published, new Dictionary<int, int> { [2026] = 66_157 });
        // 271 ÷ 66,157 × 10,000 = 41.0 per 10,000: within 5% of 41.6, and "on a plan" has no direction.
        Assert.Equal("N : 41.6 inline", Comparators.Cell(withPopulation, IndicatorUnit.Count));
        Assert.Equal("2025-26 (ours 41 per 10,000)", withPopulation[0].Note(IndicatorUnit.Count));

        var without = Comparators.For(row, published, new Dictionary<int, int>());
        Assert.Equal("N : 41.6", Comparators.Cell(without, IndicatorUnit.Count));
        Assert.Equal("2025-26 (set that year's child population to compare)", without[0].Note(IndicatorUnit.Count));
    }

    [Fact]
    public void A_good_file_is_read_with_either_way_of_writing_the_year()
    {
        var file = ComparatorFile.Read("\uFEFFindicator,year,area,value\r\nK09,2024-25,N,82.1\r\nk17,2025,sn,41.2\r\n\r\nK04,2024/25,NW,\"23.5%\"\r\n");
        Assert.True(file.IsValid, string.Join("; ", file.Problems));
        Assert.Equal(
            [new ComparatorFigure("K09", 2025, "N", 82.1m), new ComparatorFigure("K17", 2025, "SN", 41.2m), new ComparatorFigure("K04", 2025, "NW", 23.5m)],
            file.Figures);
    }

    [Fact]
    public void A_file_with_any_problem_gives_every_problem_by_line_and_no_figures()
    {
        var file = ComparatorFile.Read(string.Join("\n",
            "indicator,year,area,value",
            "K09,2024-25,N,82.1",
            "K99,2024-25,N,10",
            "K09,2024-26,N,10",
            "K09,2024-25,Wales,10",
            "K09,2024-25,SN,120",
            "K09,2024-25,N,81",
            "K09,2024-25"));
        Assert.False(file.IsValid);
        Assert.Empty(file.Figures);
        Assert.Equal(
        [
            "Line 3: \"K99\" is not an indicator on the scorecard",
            "Line 4: \"2024-26\" is not a year like 2024-25",
            "Line 5: \"Wales\" is not an area: use N, SN or a region code (NE, NW, YH, EM, WM, EE, L, SE, SW)",
            "Line 6: \"120\" is not a percentage from 0 to 100",
            "Line 7: K09 2024-25 N is in the file twice",
            "Line 8: expected 4 values, found 2",
        ], file.Problems);
    }

    [Theory]
    [InlineData("", "The file is empty")]
    [InlineData("indicator,year,value\nK09,2025,1", "The first line must be the column names indicator,year,area,value")]
    [InlineData("indicator,year,area,value\n", "The file has no comparators below its column names")]
    public void A_file_that_is_not_a_comparator_file_says_why(string text, string problem) =>
        Assert.Equal([problem], ComparatorFile.Read(text).Problems);

    [Fact]
    public void Csv_cells_may_be_quoted_with_commas_quotes_and_line_breaks_inside()
    {
        var rows = Csv.Read("a,\"b, c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x\n\nlast", out var unclosed);
        Assert.Equal(0, unclosed);
        Assert.Equal([1, 2, 5], rows.Select(r => r.Line));
        Assert.Equal(["a", "b, c", "say \"hi\""], rows[0].Cells);
        Assert.Equal(["two\nlines", "x"], rows[1].Cells);
        Assert.Equal(["last"], rows[2].Cells);

        Csv.Read("a,b\n\"never closed,c\nd", out var line);
        Assert.Equal(2, line);
    }
}
