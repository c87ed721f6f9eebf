namespace Haven.Web.Infrastructure;

/// <summary>
/// Adds a named event to the unit of work. The caller's SaveChanges writes it with the change itself,
/// so a change can never be saved without its audit record, or the other way round.
/// </summary>
public sealed class CaseRecorder(HavenDbContext db, CurrentUser user, TimeProvider clock)
{
    public CaseEvent Record(Guid personId, string type, string summary, IEnumerable<FieldChange>? changes = null, string? reason = null)
    {
        var e = new CaseEvent
        {
            PersonId = personId,
            Type = type,
            Summary = summary,
            Changes = changes?.ToList() ?? [],
            Reason = Typed.Clean(reason),
            ActorUserId = user.UserId,
            ActorName = user.DisplayName,
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CaseEvents.Add(e);
        return e;
    }
}
