namespace Haven.Domain.Performance;

public enum Rag
{
    /// <summary>No target, or no figure: a count such as children on plans is shown but not rated.</summary>
    NotRated,
    Red,
    Amber,
    Green,
}

/// <summary>
/// How a figure is rated against its target, by the indicator's polarity: green when the target is met (at least
/// the target when higher is better, at most it when lower is better), amber within <see cref="AmberWithin"/> of
/// it on the wrong side, red beyond that. Rating by polarity is what keeps "met the target" from ever being red,
/// which the committee found on the hand-built scorecard.
/// </summary>
public sealed record RagRule(Polarity Polarity, decimal Target, decimal AmberWithin, IndicatorUnit Unit)
{
    /// <summary>Percentage points either side of a target that count as amber when nobody has set another tolerance.</summary>
    public const decimal DefaultAmberWithin = 5m;

    public Rag Rate(decimal? value) => (Polarity, value) switch
    {
        (Polarity.None, _) or (_, null) => Rag.NotRated,
        (Polarity.HigherIsBetter, { } v) => v >= Target ? Rag.Green : v >= Target - AmberWithin ? Rag.Amber : Rag.Red,
        (Polarity.LowerIsBetter, { } v) => v <= Target ? Rag.Green : v <= Target + AmberWithin ? Rag.Amber : Rag.Red,
        _ => Rag.NotRated,
    };

    /// <summary>The rule in words, shown beside the figure: "Green when at least 85%, amber from 80%, red below 80%".</summary>
    public string Describe()
    {
        var target = IndicatorText.Format(Target, Unit);
        if (AmberWithin <= 0)
        {
            return Polarity == Polarity.HigherIsBetter
                ? $"Green when at least {target}, red below {target}"
                : $"Green when {target} or less, red above {target}";
        }
        if (Polarity == Polarity.HigherIsBetter)
        {
            var amber = IndicatorText.Format(Math.Max(0, Target - AmberWithin), Unit);
            return $"Green when at least {target}, amber from {amber}, red below {amber}";
        }
        var limit = IndicatorText.Format(Target + AmberWithin, Unit);
        return $"Green when {target} or less, amber up to {limit}, red above {limit}";
    }

    /// <summary>The govuk-tag colour for a rating.</summary>
    public static string? TagColour(Rag rag) => rag switch
    {
        Rag.Green => "green",
        Rag.Amber => "yellow",
        Rag.Red => "red",
        _ => null,
    };

    public static string Word(Rag rag) => rag switch
    {
        Rag.Green => "Green",
        Rag.Amber => "Amber",
        Rag.Red => "Red",
        _ => "Not rated",
    };
}

/// <summary>A target set for an indicator for a year (<see cref="Quarter"/> 0) or one quarter of it, with its amber tolerance.</summary>
public sealed record TargetSetting(string IndicatorId, int YearEnding, int Quarter, decimal Target, decimal AmberWithin);
