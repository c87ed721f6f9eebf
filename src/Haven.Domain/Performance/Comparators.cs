using System.Globalization;

namespace Haven.Domain.Performance;

/// <summary>
/// A published figure the authority's own is compared with, for one indicator and year: England's (N), the
/// statistical neighbours' average (SN), or a region's (NW, SE...). Imported from the DfE's published tables as a CSV
/// (<see cref="ComparatorFile"/>); importing a year again replaces that year's figures. For a count the published
/// figure is a rate per 10,000 children, so it is compared with the authority's rate (<see cref="ChildPopulation"/>).
/// </summary>
public sealed class ScorecardComparator
{
    public Guid Id { get; set; }
    public required string IndicatorId { get; set; }

    /// <summary>The March the published year ends in: 2025 is 2024-25.</summary>
    public int YearEnding { get; set; }

    /// <summary>N, SN or a region's code, as the scorecard's comparator cell prefixes it.</summary>
    public required string Area { get; set; }

    public decimal Value { get; set; }
    public required string ImportedByName { get; set; }
    public DateTime ImportedAtUtc { get; set; }

    public ComparatorFigure ToFigure() => new(IndicatorId, YearEnding, Area, Value);
}

/// <summary>A comparator as read from a file or the database: which indicator, year and area, and the published value.</summary>
public sealed record ComparatorFigure(string IndicatorId, int YearEnding, string Area, decimal Value);

/// <summary>
/// The authority's children aged 0 to 17 in a year (the ONS mid-year estimate), which turns a count into a rate per
/// 10,000 children: the form in which the DfE publishes counts, so the only fair comparison for a count.
/// </summary>
public sealed class ChildPopulation
{
    /// <summary>The March the reporting year ends in; the estimate is the one for the June inside that year.</summary>
    public int YearEnding { get; set; }

    public int Children { get; set; }
    public required string SetByName { get; set; }
    public DateTime SetAtUtc { get; set; }
}

/// <summary>Where the authority's figure stands against a comparator, in the seed's words: numerically, not better or worse.</summary>
public enum ComparatorBand
{
    Below,
    Inline,
    Above,
}

/// <summary>One comparator compared: the published figure, the authority's own for the same year, and where it stands.</summary>
public sealed record Comparison(ComparatorFigure Comparator, decimal? Ours, ComparatorBand? Band, bool? Better)
{
    /// <summary>"N : 73.9% below", as the seed's comparator cell writes it; no word when the authority's figure is unknown.</summary>
    public string Text(IndicatorUnit unit) =>
        $"{Comparator.Area} : {IndicatorText.Format(Comparator.Value, unit)}{(Band is { } band ? " " + Comparators.Word(band) : "")}";

    /// <summary>
    /// Beside the cell on the page: the year compared, better or worse by the indicator's direction, and the
    /// authority's own figure ("2024-25, worse (ours 63.1%)"); a count cannot be compared without the population.
    /// </summary>
    public string Note(IndicatorUnit unit)
    {
        var year = ReportingPeriod.YearLabel(Comparator.YearEnding);
        if (Ours is not { } ours)
        {
            return unit == IndicatorUnit.Count ? $"{year} (set that year's child population to compare)" : year;
        }
        var side = Better switch { true => ", better", false => ", worse", _ => "" };
        return $"{year}{side} (ours {IndicatorText.Format(ours, unit)}{(unit == IndicatorUnit.Count ? " per 10,000" : "")})";
    }
}

/// <summary>
/// Comparing the authority with published figures. Like with like: a comparator for 2024-25 is compared with the
/// authority's own 2024-25 outturn (the seed heads the column "Comparative data (2009-10 outturn)"), and a count with
/// the authority's rate per 10,000 children.
/// </summary>
public static class Comparators
{
    /// <summary>The regions of England by their usual codes, and England and the statistical neighbours.</summary>
    public static readonly IReadOnlyDictionary<string, string> Areas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["N"] = "England",
        ["SN"] = "Statistical neighbours",
        ["NE"] = "North East",
        ["NW"] = "North West",
        ["YH"] = "Yorkshire and the Humber",
        ["EM"] = "East Midlands",
        ["WM"] = "West Midlands",
        ["EE"] = "East of England",
        ["L"] = "London",
        ["SE"] = "South East",
        ["SW"] = "South West",
    };

    /// <summary>A percentage within one percentage point of the comparator is in line with it.</summary>
    public const decimal InlineWithinPoints = 1m;

    /// <summary>A rate within 5% of the comparator (71 against 70 per 10,000) is in line with it.</summary>
    public const decimal InlineWithinFraction = 0.05m;

    public static ComparatorBand Band(decimal ours, decimal theirs, IndicatorUnit unit)
    {
        var tolerance = unit == IndicatorUnit.Percent ? InlineWithinPoints : Math.Abs(theirs) * InlineWithinFraction;
        return Math.Abs(ours - theirs) <= tolerance ? ComparatorBand.Inline : ours > theirs ? ComparatorBand.Above : ComparatorBand.Below;
    }

    /// <summary>Whether being above or below is the better side, by the indicator's polarity; null when in line or no direction.</summary>
    public static bool? IsBetter(ComparatorBand band, Polarity polarity) => (band, polarity) switch
    {
        (ComparatorBand.Inline, _) or (_, Polarity.None) => null,
        (ComparatorBand.Above, Polarity.HigherIsBetter) or (ComparatorBand.Below, Polarity.LowerIsBetter) => true,
        _ => false,
    };

    public static string Word(ComparatorBand band) => band switch
    {
        ComparatorBand.Above => "above",
        ComparatorBand.Below => "below",
        _ => "inline",
    };

    /// <summary>A count per 10,000 children aged 0 to 17, to one decimal place; null without a population.</summary>
    public static decimal? RatePer10000(int count, int? children) =>
        children is { } c and > 0 ? Math.Round(10_000m * count / c, 1, MidpointRounding.AwayFromZero) : null;

    /// <summary>
    /// The figure a comparator is set against: the percentage itself, or for a count its rate per 10,000 children
    /// that year (null when the year's population is not known).
    /// </summary>
    public static decimal? Comparable(IndicatorFigure figure, IReadOnlyDictionary<int, int> population)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(population);
        // A percentage or an average (days, weeks) is compared as it is; only a count becomes a rate.
        return figure.Indicator.Unit != IndicatorUnit.Count
            ? figure.Value
            : RatePer10000(figure.Numerator, population.TryGetValue(figure.Period.YearEnding, out var c) ? c : null);
    }

    /// <summary>
    /// A scorecard row's comparisons: the comparators of the latest year for which the row has the authority's outturn
    /// (the year before, or the one before that), each set against that outturn. Empty when none was imported.
    /// </summary>
    public static IReadOnlyList<Comparison> For(ScorecardRow row, IReadOnlyList<ComparatorFigure> comparators, IReadOnlyDictionary<int, int> population)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(comparators);
        var mine = comparators.Where(c => c.IndicatorId == row.Indicator.Id).ToList();
        foreach (var outturn in new[] { row.YearBefore, row.TwoYearsBefore })
        {
            var year = mine.Where(c => c.YearEnding == outturn.Period.YearEnding).ToList();
            if (year.Count == 0)
            {
                continue;
            }
            var ours = Comparable(outturn, population);
            return [.. year.OrderBy(c => AreaOrder(c.Area)).Select(c =>
            {
                var band = ours is { } o ? Band(o, c.Value, row.Indicator.Unit) : (ComparatorBand?)null;
                return new Comparison(c, ours, band, band is { } b ? IsBetter(b, row.Indicator.Polarity) : null);
            })];
        }
        return [];
    }

    /// <summary>The seed's comparator cell: "N : 73.9% below, SN : 59.3% inline", or "n/a".</summary>
    public static string Cell(IReadOnlyList<Comparison> comparisons, IndicatorUnit unit) =>
        comparisons.Count == 0 ? "n/a" : string.Join(", ", comparisons.Select(c => c.Text(unit)));

    private static int AreaOrder(string area) => area.ToUpperInvariant() switch
    {
        "N" => 0,
        "SN" => 1,
        _ => 2,
    };
}

/// <summary>
/// Reads a comparator file: a CSV with the columns indicator, year, area, value (one published figure a row), made
/// from the DfE's published tables. Year is "2024-25" or the March it ends in (2025); area is N, SN or a region code;
/// value is a percentage, or a rate per 10,000 children for a count. All or nothing: any problem and no row is taken.
/// </summary>
public static class ComparatorFile
{
    public static readonly IReadOnlyList<string> Columns = ["indicator", "year", "area", "value"];

    public sealed record Result(IReadOnlyList<ComparatorFigure> Figures, IReadOnlyList<string> Problems)
    {
        public bool IsValid => Problems.Count == 0;
    }

    public static Result Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = Csv.Read(text, out var unclosed);
        var problems = new List<string>();
        if (unclosed > 0)
        {
            problems.Add($"Line {unclosed}: a quote is never closed");
        }
        if (rows.Count == 0)
        {
            return new Result([], ["The file is empty"]);
        }
        var header = rows[0].Cells.Select(c => c.Trim().ToLowerInvariant()).ToList();
        if (!header.SequenceEqual(Columns))
        {
            return new Result([], [$"The first line must be the column names {string.Join(",", Columns)}"]);
        }
        var figures = new List<ComparatorFigure>();
        foreach (var (line, cells) in rows.Skip(1))
        {
            if (cells.Count != Columns.Count)
            {
                problems.Add($"Line {line}: expected {Columns.Count} values, found {cells.Count}");
                continue;
            }
            var indicator = Indicators.Find(cells[0].Trim());
            var year = YearEnding(cells[1].Trim());
            var area = cells[2].Trim();
            var ok = true;
            void Problem(string message)
            {
                problems.Add($"Line {line}: {message}");
                ok = false;
            }
            if (indicator is null)
            {
                Problem($"\"{cells[0].Trim()}\" is not an indicator on the scorecard");
            }
            if (year is null)
            {
                Problem($"\"{cells[1].Trim()}\" is not a year like 2024-25");
            }
            if (!Comparators.Areas.ContainsKey(area))
            {
                Problem($"\"{area}\" is not an area: use N, SN or a region code ({string.Join(", ", Comparators.Areas.Keys.Skip(2))})");
            }
            if (!decimal.TryParse(cells[3].Trim().TrimEnd('%'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || (indicator?.Unit == IndicatorUnit.Percent && value > 100))
            {
                Problem($"\"{cells[3].Trim()}\" is not a {(indicator?.Unit == IndicatorUnit.Percent ? "percentage from 0 to 100" : "rate per 10,000 children")}");
            }
            if (!ok)
            {
                continue;
            }
            var figure = new ComparatorFigure(indicator!.Id, year!.Value, Comparators.Areas.Keys.First(k => k.Equals(area, StringComparison.OrdinalIgnoreCase)), value);
            if (figures.Any(f => f.IndicatorId == figure.IndicatorId && f.YearEnding == figure.YearEnding && f.Area == figure.Area))
            {
                problems.Add($"Line {line}: {figure.IndicatorId} {ReportingPeriod.YearLabel(figure.YearEnding)} {figure.Area} is in the file twice");
                continue;
            }
            figures.Add(figure);
        }
        if (figures.Count == 0 && problems.Count == 0)
        {
            problems.Add("The file has no comparators below its column names");
        }
        return new Result(problems.Count == 0 ? figures : [], problems);
    }

    /// <summary>"2024-25" or "2025" as the March the year ends in; null otherwise.</summary>
    public static int? YearEnding(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var march) && march is >= 2000 and <= 2100)
        {
            return march;
        }
        var parts = text.Split('-', '/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start) && start is >= 2000 and < 2100
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end) && end == (start + 1) % 100
            ? start + 1
            : null;
    }
}
