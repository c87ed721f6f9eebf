using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Court;

/// <summary>The child's court work: legal planning meetings, family group conferences, and each set of proceedings with its 26-week clock.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public List<CareProceedings> Proceedings { get; private set; } = [];
    public List<LegalPlanningMeeting> Meetings { get; private set; } = [];
    public List<FamilyGroupConference> Conferences { get; private set; } = [];

    /// <summary>The proceedings still open (pre-proceedings or issued), which the forms add to; at most one at a time.</summary>
    public CareProceedings? Open => Proceedings.FirstOrDefault(p => p.IsOpen);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        Proceedings = await CourtService.ProceedingsAsync(Db, PersonId, ct);
        Meetings = await Db.LegalPlanningMeetings.AsNoTracking().Where(m => m.PersonId == PersonId).OrderByDescending(m => m.HeldOn).ToListAsync(ct);
        Conferences = await Db.FamilyGroupConferences.AsNoTracking().Where(c => c.PersonId == PersonId).OrderByDescending(c => c.OfferedOn).ToListAsync(ct);
    }

    /// <summary>Where the 26-week clock stands today: overdue, due soon or not yet due, as the work tray shows it.</summary>
    public TimescaleStatus ClockStatus(CareProceedings proceedings) =>
        DueWork.StatusOn(proceedings.ConcludeBy!.Value, Today, WorkingDayCalendar.EnglandAndWales);

    [BindProperty(SupportsGet = true, Name = "sort")] public string? Sort { get; set; }
    [BindProperty(SupportsGet = true, Name = "dir")] public string? Direction { get; set; }
    [BindProperty(SupportsGet = true, Name = "format")] public string? Format { get; set; }

    public string SortKey => Sort is "what" ? "what" : "date";
    public bool Descending => Direction is "desc" or "descending";

    /// <summary>The meetings, hearings and extensions of one set of proceedings, in the order the table is sorted.</summary>
    public IReadOnlyList<CourtStep> Steps(CareProceedings proceedings)
    {
        ArgumentNullException.ThrowIfNull(proceedings);
        var steps = proceedings.Meetings.Select(m => new CourtStep(m.HeldOn, "Pre-proceedings meeting", m.Outcome ?? ""))
            .Concat(proceedings.Hearings.Select(h => new CourtStep(h.HeldOn, CourtText.Label(h.Kind), (h.OrderMade is { } o ? CourtText.Label(o) : "No order") + (h.Note is null ? "" : $": {h.Note}"))))
            .Concat(proceedings.Extensions.Select(e => new CourtStep(e.GrantedOn, $"Extension of {e.Weeks} weeks", e.Reason)));
        Func<CourtStep, string> key = SortKey == "what" ? s => s.What : s => s.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return [.. (Descending ? steps.OrderByDescending(key, StringComparer.Ordinal) : steps.OrderBy(key, StringComparer.Ordinal)).ThenBy(s => s.On)];
    }

    /// <summary>This page sorted as now, as a download.</summary>
    public string CsvUrl => $"/people/{PersonId}/court?sort={SortKey}&dir={(Descending ? "desc" : "asc")}&format=csv";

    public async Task<IActionResult> OnGetAsync([FromServices] AuditTrail audit, CancellationToken ct)
    {
        if (!string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            return Page();
        }
        // Court work leaving Haven is an audited export, like every other download.
        var rows = Proceedings.SelectMany(p => Steps(p).Select(s => (Proceedings: p, Step: s))).ToList();
        var name = $"court-work-{Person.LaPersonId}-{Today:yyyy-MM-dd}.csv";
        await audit.ExportedAsync($"court work for {Person.LaPersonId}", name, rows.Count, ct);
        return File(Csv.Encode(CsvRows(rows)), "text/csv; charset=utf-8", name);
    }

    private static IEnumerable<IReadOnlyList<string?>> CsvRows(IEnumerable<(CareProceedings Proceedings, CourtStep Step)> rows)
    {
        yield return ["Court", "Case number", "Issued", "Date", "What", "Outcome"];
        foreach (var (p, s) in rows)
        {
            yield return [p.Court ?? "", p.CaseNumber ?? "", p.IssuedOn is { } issued ? DateText.Date(issued) : "", DateText.Date(s.On), s.What, s.Outcome];
        }
    }
}

/// <summary>One row of a set of proceedings' table: a pre-proceedings meeting, a hearing or an extension.</summary>
public sealed record CourtStep(DateOnly On, string What, string Outcome);
