using System.Globalization;
using Haven.Domain.Performance;

namespace Haven.Web.Features.Performance;

/// <summary>
/// What the scorecard compares the authority with: published comparators (England, statistical neighbours, region)
/// imported as a CSV made from the DfE's tables, and the child population that turns counts into rates per 10,000.
/// A file is checked whole and imported only without problems; both changes are audited.
/// </summary>
public sealed class ComparatorsModel(ScorecardService scorecard, TimeProvider clock) : PageModel
{
    /// <summary>A comparator file is a few hundred rows; anything near this is not one.</summary>
    public const long MaxBytes = 1024 * 1024;

    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }

    [BindProperty] public IFormFile? Upload { get; set; }

    [BindProperty] public int? PopulationYear { get; set; }

    [BindProperty] public string? Children { get; set; }

    /// <summary>The problems of a file that was refused, by line.</summary>
    public IReadOnlyList<string> Problems { get; private set; } = [];

    public IReadOnlyList<ScorecardComparator> Loaded { get; private set; } = [];

    public IReadOnlyList<ChildPopulation> Populations { get; private set; } = [];

    /// <summary>The comparators shown are for a past year, the outturn they compare with: by default last year.</summary>
    public int YearEnding => Year is { } y and >= 2000 and <= 2100 ? y : ScorecardService.CurrentYearEnding(UkClock.Today(clock)) - 1;

    public IReadOnlyList<int> Years => [.. Enumerable.Range(YearEnding - 4, 8).Where(y => y <= ScorecardService.CurrentYearEnding(UkClock.Today(clock))).Reverse()];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Select a comparator file (CSV)");
        }
        else if (Upload.Length > MaxBytes)
        {
            ModelState.AddModelError(nameof(Upload), "The file must be smaller than 1 MB");
        }
        else
        {
            string text;
            using (var reader = new StreamReader(Upload.OpenReadStream()))
            {
                text = await reader.ReadToEndAsync(ct);
            }
            var read = ComparatorFile.Read(text);
            if (read.IsValid)
            {
                await scorecard.ImportComparatorsAsync(read, Path.GetFileName(Upload.FileName), ct);
                var years = string.Join(", ", read.Figures.Select(f => f.YearEnding).Distinct().Order().Select(ReportingPeriod.YearLabel));
                TempData["Success"] = $"{read.Figures.Count} comparators imported for {years}";
                return Redirect($"/performance/comparators?year={read.Figures.Max(f => f.YearEnding)}");
            }
            Problems = read.Problems;
            ModelState.AddModelError(nameof(Upload), read.Problems.Count == 1
                ? $"The file was not imported: {read.Problems[0]}"
                : $"The file was not imported: it has {read.Problems.Count} problems, listed below");
        }
        await LoadAsync(ct);
        return this.InvalidPage();
    }

    public async Task<IActionResult> OnPostPopulationAsync(CancellationToken ct)
    {
        if (PopulationYear is not (>= 2000 and <= 2100))
        {
            ModelState.AddModelError(nameof(PopulationYear), "Select the year");
        }
        var typed = Typed.Clean(Children)?.Replace(",", "", StringComparison.Ordinal);
        int? children = int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        if (typed is not null && children is null)
        {
            ModelState.AddModelError(nameof(Children), "Enter the number of children as a whole number, like 66157");
        }
        if (ModelState.IsValid)
        {
            try
            {
                await scorecard.SetPopulationAsync(PopulationYear!.Value, children, ct);
                TempData["Success"] = $"Child population for {ReportingPeriod.YearLabel(PopulationYear.Value)} set to {children!.Value.ToString("N0", CultureInfo.InvariantCulture)}";
                return Redirect($"/performance/comparators?year={YearEnding}");
            }
            catch (CaseRuleException refused)
            {
                foreach (var problem in refused.Result.Problems)
                {
                    ModelState.AddModelError(nameof(Children), problem.Message);
                }
            }
        }
        await LoadAsync(ct);
        return this.InvalidPage();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Year = YearEnding;
        PopulationYear ??= ScorecardService.CurrentYearEnding(UkClock.Today(clock));
        Loaded = await scorecard.ComparatorsAsync(YearEnding, ct);
        Populations = await scorecard.PopulationsAsync(ct);
    }

    public static string Description(string indicatorId) => Indicators.Find(indicatorId)?.Description ?? indicatorId;

    public static string ValueText(ScorecardComparator comparator) =>
        Indicators.Find(comparator.IndicatorId) is { Unit: not IndicatorUnit.Count } indicator
            ? IndicatorText.Format(comparator.Value, indicator.Unit)
            : $"{IndicatorText.Format(comparator.Value, IndicatorUnit.Count)} per 10,000";
}
