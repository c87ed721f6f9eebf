namespace Haven.Web.Features.People.Record;

/// <summary>
/// Every change to the record, newest first, read from the event stream: who, when, what, why, before and
/// after. A merged record's history includes the history of the duplicates merged into it.
/// </summary>
public sealed class HistoryModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public IReadOnlyList<CaseEvent> Events { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> MergedRecords { get; private set; } = new Dictionary<Guid, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        MergedRecords = await Db.People.AsNoTracking().Where(p => p.MergedIntoId == PersonId)
            .ToDictionaryAsync(p => p.Id, p => p.LaPersonId, ct);
        var streams = MergedRecords.Keys.Append(PersonId).ToList();
        Events = await Db.CaseEvents.AsNoTracking().Where(e => streams.Contains(e.PersonId))
            .OrderByDescending(e => e.OccurredAtUtc).ThenByDescending(e => e.Id).Take(1000).ToListAsync(ct);
        return Page();
    }
}
