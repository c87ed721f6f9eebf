namespace Haven.Web.Features.CaseNotes;

public sealed record CaseNoteFilter(CaseNoteType? Type, DateOnly? From, DateOnly? To);

public enum CaseNoteSort
{
    Date,
    Type,
}

public sealed record CaseNotePage(IReadOnlyList<CaseNote> Notes, int Total, int PageNumber, int PageCount);

/// <summary>
/// Records case notes and lists them. A note is never changed once saved: what a worker wrote on the day is
/// evidence, and the CP and child in need visit clocks read the visits straight from this table.
/// </summary>
public sealed class CaseNoteService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    public const int PageSize = 20;

    public async Task<CaseNote> AddAsync(Guid personId, CaseNoteDraft draft, DateOnly occurredOn, bool significant, CancellationToken ct)
    {
        var note = CaseNoteRules.ToNote(draft, personId, occurredOn, significant, user.UserId, user.DisplayName, clock.GetUtcNow().UtcDateTime);
        db.CaseNotes.Add(note);
        var changes = new List<FieldChange>
        {
            new("Type", null, CaseNoteRules.TypeLabel(note.Type)),
            new("Date", null, DateText.Date(note.OccurredOn)),
            new("Subject", null, note.Subject),
        };
        if (CaseNoteRules.VisitOutcome(note) is { } outcome)
        {
            changes.Add(new("Visit", null, outcome));
            changes.Add(new("Visit for", null, CaseNoteRules.PurposeLabel(note.VisitPurpose!.Value)));
        }
        if (note.IsSignificant)
        {
            changes.Add(new("Significant", null, "Yes"));
        }
        recorder.Record(personId, CaseEventTypes.CaseNoteAdded, $"{CaseNoteRules.TypeLabel(note.Type)} recorded: {note.Subject}", changes);
        await db.SaveChangesAsync(ct);
        return note;
    }

    public async Task<CaseNotePage> ListAsync(Guid personId, CaseNoteFilter filter, CaseNoteSort sort, bool descending, int pageNumber, CancellationToken ct)
    {
        var query = db.CaseNotes.AsNoTracking().Where(n => n.PersonId == personId);
        if (filter.Type is { } type)
        {
            query = query.Where(n => n.Type == type);
        }
        if (filter.From is { } from)
        {
            query = query.Where(n => n.OccurredOn >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(n => n.OccurredOn <= to);
        }
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        // Notes written the same day keep the order they were written in, newest first.
        var sorted = (sort, descending) switch
        {
            (CaseNoteSort.Type, false) => query.OrderBy(n => n.Type).ThenByDescending(n => n.OccurredOn),
            (CaseNoteSort.Type, true) => query.OrderByDescending(n => n.Type).ThenByDescending(n => n.OccurredOn),
            (_, false) => query.OrderBy(n => n.OccurredOn).ThenBy(n => n.RecordedAtUtc),
            _ => query.OrderByDescending(n => n.OccurredOn).ThenByDescending(n => n.RecordedAtUtc),
        };
        var notes = await sorted.ThenBy(n => n.Id).Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        return new CaseNotePage(notes, total, pageNumber, pageCount);
    }

    public Task<CaseNote?> FindAsync(Guid personId, Guid noteId, CancellationToken ct) =>
        db.CaseNotes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == noteId && n.PersonId == personId, ct);
}
