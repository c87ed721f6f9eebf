using System.Globalization;
using Haven.Domain.Performance;

namespace Haven.Web.Features.Performance;

/// <summary>
/// Targets for the rated indicators, for the year and for each quarter, with the tolerance that counts as amber.
/// Analysts and service managers set them; each change is an audit event with the rule before and after.
/// </summary>
public sealed class TargetsModel(ScorecardService scorecard, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "year")] public int? Year { get; set; }

    [BindProperty] public string? IndicatorId { get; set; }

    /// <summary>0 for the whole year, 1 to 4 for a quarter.</summary>
    [BindProperty] public int? Quarter { get; set; }

    [BindProperty] public string? Target { get; set; }

    [BindProperty] public string? AmberWithin { get; set; }

    public IReadOnlyList<int> Years => !scorecard.Years.Contains(YearEnding) ? [.. scorecard.Years, YearEnding] : scorecard.Years;

    public IReadOnlyList<Indicator> Rated { get; } = [.. Indicators.All.Where(i => i.Polarity != Polarity.None)];

    public IReadOnlyList<TargetSetting> Targets { get; private set; } = [];

    public int YearEnding => Year is { } y and >= 2000 and <= 2100 ? y : ScorecardService.CurrentYearEnding(UkClock.Today(clock));

    public async Task OnGetAsync(CancellationToken ct)
    {
        Year = YearEnding;
        AmberWithin ??= RagRule.DefaultAmberWithin.ToString("0.#", CultureInfo.InvariantCulture);
        Targets = await scorecard.TargetsAsync(YearEnding, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Year = YearEnding;
        var indicator = Indicators.Find(IndicatorId);
        if (indicator is null || indicator.Polarity == Polarity.None)
        {
            ModelState.AddModelError(nameof(IndicatorId), "Select the indicator");
        }
        if (Quarter is not (>= 0 and <= 4))
        {
            ModelState.AddModelError(nameof(Quarter), "Select the year or a quarter");
        }
        var target = ScorecardService.ParseFigure(Target);
        if (target is null)
        {
            ModelState.AddModelError(nameof(Target), "Enter the target as a number, like 85");
        }
        var amber = ScorecardService.ParseFigure(AmberWithin);
        if (amber is null)
        {
            ModelState.AddModelError(nameof(AmberWithin), "Enter how far from the target is amber as a number of percentage points, like 5");
        }
        if (ModelState.IsValid)
        {
            try
            {
                await scorecard.SetTargetAsync(indicator!, YearEnding, Quarter!.Value, target!.Value, amber!.Value, ct);
                TempData["Success"] = $"Target for {indicator!.Id} set: {new RagRule(indicator.Polarity, target.Value, amber.Value, indicator.Unit).Describe()}";
                return Redirect($"/performance/targets?year={YearEnding}");
            }
            catch (CaseRuleException refused)
            {
                foreach (var problem in refused.Result.Problems)
                {
                    ModelState.AddModelError(problem.Field switch
                    {
                        ScorecardRules.TargetField => nameof(Target),
                        ScorecardRules.AmberWithinField => nameof(AmberWithin),
                        _ => "",
                    }, problem.Message);
                }
            }
        }
        Targets = await scorecard.TargetsAsync(YearEnding, ct);
        return this.InvalidPage();
    }

    public RagRule? RuleFor(Indicator indicator, int quarter) => Scorecard.RuleFor(indicator, Targets, YearEnding, quarter);

    /// <summary>True when the target shown was set for this year (or quarter), not the indicator's default.</summary>
    public bool IsSet(Indicator indicator, int quarter) => Targets.Any(t => t.IndicatorId == indicator.Id && t.Quarter == quarter);
}
