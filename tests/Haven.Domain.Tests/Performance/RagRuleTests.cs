using Haven.Domain.Performance;

namespace Haven.Domain.Tests.Performance;

public sealed class RagRuleTests
{
    private static readonly RagRule AtLeast85 = new(Polarity.HigherIsBetter, 85m, 5m, IndicatorUnit.Percent);
    private static readonly RagRule Below15 = new(Polarity.LowerIsBetter, 15m, 5m, IndicatorUnit.Percent);

    [Theory]
    [InlineData(85.0, Rag.Green)]
    [InlineData(100.0, Rag.Green)]
    [InlineData(80.0, Rag.Amber)]
    [InlineData(63.1, Rag.Red)]
    public void Higher_is_better_is_green_from_the_target(double value, Rag expected) =>
        Assert.Equal(expected, AtLeast85.Rate((decimal)value));

    [Theory]
    [InlineData(14.5, Rag.Green)] // the seed's repeat plans in Q1 2011-12: target below 15%, actual 14.50%, met
    [InlineData(15.0, Rag.Green)]
    [InlineData(0.0, Rag.Green)]
    [InlineData(20.0, Rag.Amber)]
    [InlineData(20.1, Rag.Red)]
    public void Lower_is_better_is_green_at_or_below_the_target_so_meeting_it_is_never_red(double value, Rag expected) =>
        Assert.Equal(expected, Below15.Rate((decimal)value));

    [Fact]
    public void Counts_without_a_direction_and_missing_figures_are_not_rated()
    {
        Assert.Equal(Rag.NotRated, new RagRule(Polarity.None, 10m, 5m, IndicatorUnit.Count).Rate(221m));
        Assert.Equal(Rag.NotRated, AtLeast85.Rate(null));
    }

    [Fact]
    public void The_rule_is_said_in_words()
    {
        Assert.Equal("Green when at least 85%, amber from 80%, red below 80%", AtLeast85.Describe());
        Assert.Equal("Green when 15% or less, amber up to 20%, red above 20%", Below15.Describe());
        Assert.Equal("Green when 5% or less, red above 5%", new RagRule(Polarity.LowerIsBetter, 5m, 0m, IndicatorUnit.Percent).Describe());
    }

    [Fact]
    public void A_quarter_target_overrides_the_year_target_which_overrides_the_default()
    {
        var indicator = Indicators.AssessmentsInTime;
        TargetSetting[] targets = [new("K09", 2026, 0, 75m, 3m), new("K09", 2026, 2, 90m, 0m)];
        Assert.Equal(75m, Scorecard.RuleFor(indicator, targets, 2026, 1)!.Target);
        Assert.Equal(90m, Scorecard.RuleFor(indicator, targets, 2026, 2)!.Target);
        Assert.Equal(85m, Scorecard.RuleFor(indicator, targets, 2027, 1)!.Target);
        Assert.Null(Scorecard.RuleFor(Indicators.ChildrenOnPlans, targets, 2026, 1));
    }
}
