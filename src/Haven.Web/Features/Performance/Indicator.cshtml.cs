using Haven.Domain.Performance;
using Haven.Web.Features.Home;

namespace Haven.Web.Features.Performance;

/// <summary>
/// One indicator for one period: its definition, the figure and its rule, the children in the numerator and the
/// denominator (through <see cref="VisiblePeople"/>, sortable, downloadable with the download audited), and the
/// commentary for the quarter, with a form to add to it.
/// </summary>
public sealed class IndicatorModel(ScorecardService scorecard, HavenDbContext db, VisiblePeople visible, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public string IndicatorId { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "period")] public string? PeriodLabel { get; set; }

    [BindProperty(SupportsGet = true, Name = "download")] public string? Download { get; set; }

    /// <summary>The commentary being written, kept when it is refused.</summary>
    [BindProperty] public string? Commentary { get; set; }

    public Indicator Indicator { get; private set; } = null!;

    public ReportingPeriod Period { get; private set; } = null!;

    public IndicatorFigure Figure { get; private set; } = null!;

    public RagRule? Rule { get; private set; }

    public Rag Rag => Rule?.Rate(Figure.Value) ?? Rag.NotRated;

    public IReadOnlyList<HomeList> Lists { get; private set; } = [];

    /// <summary>False for roles that see figures only (analysts): the lists are not shown at all.</summary>
    public bool ListsChildren => visible.ListsAnyone;

    public IReadOnlyList<ScorecardCommentary> Comments { get; private set; } = [];

    public string PageUrl => $"/performance/scorecard/{Uri.EscapeDataString(Indicator.Id)}?period={Uri.EscapeDataString(Period.Label)}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        if (Download is not null)
        {
            if (Lists.FirstOrDefault(l => l.Id == Download) is not { } chosen)
            {
                return NotFound();
            }
            var name = $"{Indicator.Id}-{Period.Label.Replace(' ', '-')}-{chosen.Id}.csv";
            await audit.ExportedAsync($"scorecard {Indicator.Id} {Period.Label}: {chosen.Title.ToLowerInvariant()}", name, chosen.Rows.Count, ct);
            return File(Csv.Encode(chosen.CsvRows()), "text/csv; charset=utf-8", name);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct) || Period.Quarter is not { } quarter)
        {
            return NotFound();
        }
        try
        {
            await scorecard.AddCommentaryAsync(Indicator, Period.YearEnding, quarter, Commentary, ct);
        }
        catch (CaseRuleException refused)
        {
            foreach (var problem in refused.Result.Problems)
            {
                ModelState.AddModelError(problem.Field == ScorecardRules.TextField ? nameof(Commentary) : "", problem.Message);
            }
            return this.InvalidPage();
        }
        TempData["Success"] = "Commentary added";
        return Redirect(PageUrl);
    }

    /// <summary>The quarter commentary belongs to: the quarter itself, or the quarter a year to date ends at.</summary>
    public int? CommentaryQuarter => Period.Quarter;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (Indicators.Find(IndicatorId) is not { } indicator)
        {
            return false;
        }
        Indicator = indicator;
        var current = ScorecardService.CurrentYearEnding(UkClock.Today(clock));
        Period = ReportingPeriod.Parse(PeriodLabel) ?? ReportingPeriod.Year(current);
        Figure = await scorecard.FigureAsync(indicator, Period, ct);
        Rule = Scorecard.RuleFor(indicator, await scorecard.TargetsAsync(Period.YearEnding, ct), Period.YearEnding, Period.YearToDate ? 0 : Period.Quarter ?? 0);
        Comments = await scorecard.CommentaryAsync(indicator.Id, Period.YearEnding, ct);
        if (ListsChildren)
        {
            var people = await PeopleAsync([.. Figure.Children.Numerator.Concat(Figure.Children.Denominator ?? []).Select(c => c.PersonId).Distinct()], ct);
            Lists =
            [
                List("numerator", $"Counted: {indicator.Numerator.ToLowerInvariant()}", Figure.Children.Numerator, people),
                .. Figure.Children.Denominator is { } denominator
                    ? new[] { List("denominator", $"Out of: {indicator.Denominator!.ToLowerInvariant()}", denominator, people) }
                    : [],
            ];
            foreach (var list in Lists)
            {
                list.SortBy(Request.Query);
            }
        }
        return true;
    }

    private sealed record ListedPerson(string HavenId, string Name, bool CanOpen, bool IsRestricted);

    /// <summary>The children's names and whether this viewer may open each: one query, access decided in SQL by <see cref="VisiblePeople"/>.</summary>
    private async Task<Dictionary<Guid, ListedPerson>> PeopleAsync(List<Guid> ids, CancellationToken ct)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var open = visible.OpenIds;
        var rows = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new { p.Id, p.LaPersonId, p.FirstName, p.LastName, p.IsRestricted, CanOpen = open.Any(id => id == p.Id) })
            .ToListAsync(ct);
        return rows.ToDictionary(p => p.Id, p => new ListedPerson(p.LaPersonId, $"{p.FirstName} {p.LastName}", p.CanOpen, p.IsRestricted));
    }

    private HomeList List(string id, string title, IReadOnlyList<CountedChild> children, Dictionary<Guid, ListedPerson> people) =>
        new(id, title,
            [new("child", "Child"), new("date", "Date"), new("what", "Counted as")],
            children.Select(c =>
            {
                var person = people.GetValueOrDefault(c.PersonId);
                HomeCell child = person is { CanOpen: true }
                    ? new(person.Name, $"/people/{c.PersonId}", person.HavenId)
                    : new(MaskedPerson.Label(person?.IsRestricted ?? true), Hint: MaskedPerson.Hint(person?.IsRestricted ?? true));
                return (IReadOnlyList<HomeCell>)[child, HomeCell.Date(c.Date), new(c.What)];
            }),
            defaultSort: "date")
        {
            PageUrl = PageUrl,
            EmptyText = "No children are counted here for this period.",
        };
}
