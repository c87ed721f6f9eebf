namespace Haven.Web.Features.LookedAfter.Reviews;

/// <summary>One child on an IRO's list: their next review, and how many of their reviews were held late.</summary>
public sealed record IroListRow(Guid PersonId, string Name, string HavenId, DateOnly InCareSince, TimescaleStatus NextReview, int ReviewsHeld, int HeldLate);

/// <summary>
/// The independent reviewing officer's list (their role only): the children in care allocated to them, with the next review due (overdue
/// first), and how many reviews were held late. Sortable, filterable to overdue, and downloadable as CSV (audited).
/// Children whose records the IRO could not open are counted, not named (<see cref="VisiblePeople"/>).
/// </summary>
public sealed class IroListModel(HavenDbContext db, CurrentUser user, TimeProvider clock, VisiblePeople visible, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Direction { get; set; }
    [BindProperty(SupportsGet = true, Name = "status")] public string? Status { get; set; }
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }

    public IReadOnlyList<IroListRow> Rows { get; private set; } = [];
    public int Hidden { get; private set; }
    public string SortKey { get; private set; } = "due";
    public bool Descending { get; private set; }
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = UkClock.Today(clock);
        var me = user.UserId;
        var open = visible.OpenIds;
        var periods = await db.CarePeriods.AsNoTracking().Include(p => p.LegalStatuses).Include(p => p.Placements)
            .Where(p => p.IroUserId == me && p.EndDate == null)
            .Join(db.People.Where(x => x.MergedIntoId == null), p => p.PersonId, x => x.Id,
                (p, x) => new { Period = p, x.FirstName, x.LastName, x.LaPersonId, CanOpen = open.Any(id => id == x.Id) })
            .AsSplitQuery().ToListAsync(ct);
        Hidden = periods.Count(p => !p.CanOpen);
        var shown = periods.Where(p => p.CanOpen).ToList();
        var ids = shown.Select(p => p.Period.Id).ToList();
        var held = (await db.CareReviews.AsNoTracking().Where(r => ids.Contains(r.CarePeriodId)).Select(r => new { r.CarePeriodId, r.HeldOn }).ToListAsync(ct))
            .ToLookup(r => r.CarePeriodId, r => r.HeldOn);
        var calendar = WorkingDayCalendar.EnglandAndWales;
        var rows = shown.Select(p =>
        {
            var schedule = CareTimescales.ReviewHistory(p.Period.ToPeriodOfCare(), held[p.Period.Id], Today, calendar);
            return new IroListRow(p.Period.PersonId, $"{p.FirstName} {p.LastName}", p.LaPersonId, p.Period.StartDate, schedule[^1],
                schedule.Count - 1, schedule.Count(s => s.State == TimescaleState.CompletedLate));
        });
        if (Status == "overdue")
        {
            rows = rows.Where(r => r.NextReview.State == TimescaleState.Overdue);
        }
        SortKey = Sort is "child" or "late" or "since" ? Sort : "due";
        Descending = Direction is "desc" or "descending";
        var byName = StringComparer.CurrentCultureIgnoreCase;
        rows = (SortKey, Descending) switch
        {
            ("child", false) => rows.OrderBy(r => r.Name, byName),
            ("child", true) => rows.OrderByDescending(r => r.Name, byName),
            ("late", false) => rows.OrderBy(r => r.HeldLate),
            ("late", true) => rows.OrderByDescending(r => r.HeldLate),
            ("since", false) => rows.OrderBy(r => r.InCareSince),
            ("since", true) => rows.OrderByDescending(r => r.InCareSince),
            (_, false) => rows.OrderBy(r => r.NextReview.DueDate),
            (_, true) => rows.OrderByDescending(r => r.NextReview.DueDate),
        };
        Rows = rows.ToList();

        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var name = $"iro-children-{Today:yyyy-MM-dd}.csv";
            // A list of children's names is leaving Haven: record who took it, which list and how many rows.
            await audit.ExportedAsync("IRO children", name, Rows.Count, ct);
            return File(Csv.Encode(CsvRows()), "text/csv; charset=utf-8", name);
        }
        return Page();
    }

    public string ListUrl(string? sort = null, string? format = null)
    {
        var parts = new Dictionary<string, string?>
        {
            ["status"] = Status, ["sort"] = sort ?? SortKey, ["dir"] = Descending ? "desc" : "asc", ["format"] = format,
        };
        return "/care/iro?" + string.Join("&", parts.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
    }

    private IEnumerable<IReadOnlyList<string?>> CsvRows()
    {
        yield return ["Child", "Haven ID", "In care since", "Next review due", "Status", "Days overdue", "Reviews held", "Held late"];
        foreach (var r in Rows)
        {
            yield return [r.Name, r.HavenId, DateText.Date(r.InCareSince), DateText.Date(r.NextReview.DueDate), CareClockText.Tag(r.NextReview.State, "Held").Text,
                Number(r.NextReview.DaysOverdue), Number(r.ReviewsHeld), Number(r.HeldLate)];
        }
    }

    private static string Number(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
