namespace Haven.Domain.Performance;

/// <summary>
/// A target an analyst or service manager set for an indicator, for a year (<see cref="Quarter"/> 0) or one quarter,
/// with the tolerance that counts as amber. Where none is set the indicator's default applies (<see cref="Scorecard.RuleFor"/>).
/// </summary>
public sealed class ScorecardTarget
{
    public Guid Id { get; set; }
    public required string IndicatorId { get; set; }

    /// <summary>The March the year ends in: 2026 is 2025-26.</summary>
    public int YearEnding { get; set; }

    /// <summary>1 to 4, or 0 for the whole year.</summary>
    public int Quarter { get; set; }

    public decimal Target { get; set; }
    public decimal AmberWithin { get; set; }
    public required string SetByName { get; set; }
    public DateTime SetAtUtc { get; set; }

    public TargetSetting ToSetting() => new(IndicatorId, YearEnding, Quarter, Target, AmberWithin);
}

/// <summary>
/// What the service says about an indicator's figure for a quarter, for the committee: the seed's Commentary column.
/// Each is kept with its author and date; a later one for the same quarter is shown instead, the earlier ones stay.
/// </summary>
public sealed class ScorecardCommentary
{
    public Guid Id { get; set; }
    public required string IndicatorId { get; set; }
    public int YearEnding { get; set; }
    public int Quarter { get; set; }
    public required string Text { get; set; }
    public required string AuthorUserId { get; set; }
    public required string AuthorName { get; set; }
    public DateTime WrittenAtUtc { get; set; }
}

/// <summary>The checks on a target and a commentary, by the forms' fields.</summary>
public static class ScorecardRules
{
    public const string TargetField = "Target";
    public const string AmberWithinField = "AmberWithin";
    public const string TextField = "Text";
    public const int CommentaryMaxLength = 2000;

    public static RuleResult CheckTarget(Indicator indicator, decimal target, decimal amberWithin)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var result = new RuleResult();
        if (indicator.Polarity == Polarity.None)
        {
            return result.Add("", $"{indicator.Id} is a count with no direction, so it has no target");
        }
        result.AddIf(target < 0 || (indicator.Unit == IndicatorUnit.Percent && target > 100), TargetField, "Enter a target from 0 to 100%");
        result.AddIf(amberWithin < 0 || amberWithin > 100, AmberWithinField, "Enter how far from the target is amber, from 0 to 100 percentage points");
        return result;
    }

    public const string ChildrenField = "Children";

    /// <summary>A child population: the largest English authority has about 300,000 children, so a million is a typing slip.</summary>
    public static RuleResult CheckPopulation(int? children) =>
        new RuleResult()
            .AddIf(children is null, ChildrenField, "Enter the number of children aged 0 to 17, like 66157")
            .AddIf(children is < 1 or > 1_000_000, ChildrenField, "Enter a number of children from 1 to 1,000,000");

    public static RuleResult CheckCommentary(string? text) =>
        new RuleResult()
            .AddIf(string.IsNullOrWhiteSpace(text), TextField, "Enter the commentary")
            .AddIf(text is { Length: > CommentaryMaxLength }, TextField, $"Commentary must be {CommentaryMaxLength} characters or fewer");
}
