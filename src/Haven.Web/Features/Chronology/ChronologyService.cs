using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.Chronology;

/// <summary>The changes a worker makes to a chronology: events added by hand, marks of significance, and exports.</summary>
public sealed class ChronologyService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock, ChronologyQueries queries)
{
    public async Task<ChronologyEntry> AddEntryAsync(Guid personId, DateOnly occurredOn, ChronologyCategory category, string summary, string? source, bool significant, CancellationToken ct)
    {
        var entry = new ChronologyEntry
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            OccurredOn = occurredOn,
            Category = category,
            Summary = summary.Trim(),
            Source = Typed.Clean(source),
            IsSignificant = significant,
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ChronologyEntries.Add(entry);
        var changes = new List<FieldChange>
        {
            new("Date", null, DateText.Date(occurredOn)),
            new("Category", null, ChronologyRules.CategoryLabel(category)),
            new("What happened", null, entry.Summary),
        };
        if (entry.Source is { } s)
        {
            changes.Add(new("Source", null, s));
        }
        if (significant)
        {
            changes.Add(new("Significant", null, "Yes"));
        }
        recorder.Record(personId, CaseEventTypes.ChronologyEntryAdded, $"Added to the chronology: {Shorten(entry.Summary)}", changes);
        await db.SaveChangesAsync(ct);
        return entry;
    }

    /// <summary>
    /// Marks an event significant or not. Only keys the chronology really has are accepted, so a forged form cannot
    /// fill the table with marks for events that do not exist. False when there is no such event.
    /// </summary>
    public async Task<bool> SetSignificanceAsync(Guid personId, string key, bool significant, CancellationToken ct)
    {
        var line = (await queries.BuildAsync(personId, ct)).FirstOrDefault(l => l.Event.Key == key);
        if (line is null)
        {
            return false;
        }
        if (line.IsSignificant == significant)
        {
            return true;
        }
        var mark = await db.ChronologyMarks.SingleOrDefaultAsync(m => m.PersonId == personId && m.EventKey == key, ct);
        if (mark is null)
        {
            db.ChronologyMarks.Add(new ChronologyMark { Id = Guid.NewGuid(), PersonId = personId, EventKey = key, IsSignificant = significant });
        }
        else
        {
            mark.IsSignificant = significant;
        }
        recorder.Record(personId, CaseEventTypes.ChronologySignificanceChanged,
            $"{(significant ? "Marked significant" : "No longer marked significant")}: {Shorten(line.Event.Summary)}",
            [new("Significant", line.IsSignificant ? "Yes" : "No", significant ? "Yes" : "No"), new("Event", null, $"{DateText.Date(line.Event.Date)}, {line.Event.Summary}")]);
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>A chronology leaving Haven as a file is on record: who, which format, which filter, how many events.</summary>
    public async Task RecordExportAsync(Guid personId, string format, string filterDescription, int count, CancellationToken ct)
    {
        recorder.Record(personId, CaseEventTypes.ChronologyExported, $"Chronology exported as {format}",
            [new("Format", null, format), new("Events", null, count.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Filter", null, filterDescription)]);
        await db.SaveChangesAsync(ct);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");
}
