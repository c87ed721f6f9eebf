namespace Haven.Web.Infrastructure;

/// <summary>
/// An edit refused because someone else saved the record after the form was loaded. Nothing of the edit was
/// written. <see cref="Differences"/> lists each field where what the user typed differs from what is saved now
/// (<see cref="FieldChange.OldValue"/> = saved, <see cref="FieldChange.NewValue"/> = theirs), so the conflict page can
/// show both; <see cref="SavedVersion"/> goes into the form, so saving again knowingly replaces the saved values.
/// </summary>
public sealed class EditConflictException(IReadOnlyList<FieldChange> differences, int savedVersion, string? savedBy, DateTime? savedAtUtc)
    : InvalidOperationException("Someone else saved this record after the form was loaded")
{
    public IReadOnlyList<FieldChange> Differences { get; } = differences;
    public int SavedVersion { get; } = savedVersion;
    public string? SavedBy { get; } = savedBy;
    public DateTime? SavedAtUtc { get; } = savedAtUtc;
}

public static class EditSaving
{
    /// <summary>
    /// Saves the unit of work that edits <paramref name="record"/>, as an edit of the version the form showed
    /// (<paramref name="loadedVersion"/>; null for a change not made through an edit form, checked against the
    /// version read in this request). If the record has moved on, nothing is written and
    /// <see cref="EditConflictException"/> says what differs, from <paramref name="yoursAgainstSaved"/> applied to the
    /// record as saved now.
    /// </summary>
    public static async Task SaveEditAsync<T>(this HavenDbContext db, T record, int? loadedVersion, Guid personId,
        Func<T, IReadOnlyList<FieldChange>> yoursAgainstSaved, CancellationToken ct) where T : class, IVersioned
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(yoursAgainstSaved);
        var version = db.Entry(record).Property(r => r.Version);
        if (loadedVersion is { } loaded)
        {
            version.OriginalValue = loaded;
        }
        // The record moves on a version even when only its child rows changed, so every edit is checked.
        version.IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The whole unit of work (the edit's event too) was rolled back; forget it and read what is saved now.
            foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State is EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }
            await db.Entry(record).ReloadAsync(ct);
            var last = await db.CaseEvents.AsNoTracking().Where(e => e.PersonId == personId).OrderByDescending(e => e.Id)
                .Select(e => new { e.ActorName, e.OccurredAtUtc }).FirstOrDefaultAsync(ct);
            throw new EditConflictException(yoursAgainstSaved(record), record.Version, last?.ActorName, last?.OccurredAtUtc);
        }
    }
}
