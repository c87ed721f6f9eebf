using System.Globalization;
using Haven.Domain.CinCensus;
using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.PrivateFostering;

/// <summary>
/// The year's private fostering figures (1 April to 31 March): notifications, arrangements begun, ended and open at the
/// year end, and visits in time, over the arrangements of children the user may open (<see cref="VisiblePeople"/>),
/// with the arrangements behind them; downloadable as CSV, the download audited.
/// </summary>
public sealed class FiguresModel(HavenDbContext db, VisiblePeople visible, AuditTrail audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Download { get; set; }

    /// <summary>The year ending 31 March of <see cref="Year"/>; by default the year today is in.</summary>
    public CensusPeriod Period { get; private set; } = null!;
    public PrivateFosteringFigures Figures { get; private set; } = null!;

    public IReadOnlyList<int> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var current = today.Month >= 4 ? today.Year + 1 : today.Year;
        Years = [.. Enumerable.Range(current - 4, 5).Reverse()];
        Period = CensusPeriod.YearEnding(Year is { } y && Years.Contains(y) ? y : current);
        var people = visible.OpenIds;
        var arrangements = await db.PrivateFosteringArrangements.AsNoTracking().Include(a => a.Visits)
            .Where(a => people.Contains(a.PersonId) && a.NotifiedOn <= Period.End && (a.EndedOn == null || a.EndedOn >= Period.Start))
            .ToListAsync(ct);
        Figures = PrivateFosteringFigures.For(arrangements, Period, WorkingDayCalendar.EnglandAndWales);
        if (Download is not null)
        {
            var name = $"private-fostering-{Period.Start.Year}-{Period.End.Year % 100:00}.csv";
            var rows = Rows().ToList();
            // Figures only, no names: still a file leaving Haven, so it is on the audit.
            await audit.ExportedAsync("private fostering figures", name, rows.Count, ct);
            return File(Csv.Encode([["Measure", "Number"], .. rows.Select(r => (IReadOnlyList<string?>)[r.Measure, r.Number.ToString(CultureInfo.InvariantCulture)])]),
                "text/csv; charset=utf-8", name);
        }
        return Page();
    }

    /// <summary>The table's rows, as the page and the download show them.</summary>
    public IEnumerable<(string Measure, int Number)> Rows()
    {
        yield return ("Notifications received", Figures.Notifications);
        yield return ("Arrangements that began", Figures.NewArrangements);
        yield return ("Arrangements that ended", Figures.Ended);
        yield return ("Arrangements open on 31 March", Figures.OpenAtYearEnd);
        yield return ("First visits made", Figures.FirstVisits);
        yield return ("First visits within 7 working days", Figures.FirstVisitsInTime);
        yield return ("Later visits made", Figures.LaterVisits);
        yield return ("Later visits within 6 or 12 weeks", Figures.LaterVisitsInTime);
    }
}
