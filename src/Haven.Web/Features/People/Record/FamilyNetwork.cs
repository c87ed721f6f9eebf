namespace Haven.Web.Features.People.Record;

/// <summary>One relative as seen from this person's record. <see cref="Name"/> and <see cref="DateOfBirth"/> are null when the viewer could not open the relative's record.</summary>
public sealed record FamilyMember(
    Guid Id, string LaPersonId, string? Name, DateOnly? DateOfBirth, string Relationship, int Generation,
    bool IsCurrent, bool ParentalResponsibility, bool LivesWith, bool IsRestricted, DateOnly? From, DateOnly? To);

/// <summary>
/// A person's relatives for the family page and its diagram. A relative the viewer could not open still appears,
/// so the worker knows the relationship exists, but not who it is (<see cref="VisiblePeople"/> decides).
/// </summary>
public sealed class FamilyNetwork(HavenDbContext db, VisiblePeople visible)
{
    public async Task<IReadOnlyList<FamilyMember>> MembersAsync(Guid personId, DateOnly today, CancellationToken ct)
    {
        var rows = await db.Relationships.AsNoTracking()
            .Where(r => r.PersonId == personId || r.RelatedPersonId == personId)
            .ToListAsync(ct);
        var otherIds = rows.Select(r => r.PersonId == personId ? r.RelatedPersonId : r.PersonId).Distinct().ToList();
        var open = visible.OpenIds;
        var others = await db.People.AsNoTracking().Where(p => otherIds.Contains(p.Id))
            .Select(p => new { p.Id, p.LaPersonId, p.FirstName, p.LastName, p.DateOfBirth, p.IsRestricted, CanOpen = open.Any(id => id == p.Id) })
            .ToDictionaryAsync(p => p.Id, ct);
        return rows.Select(r =>
            {
                var otherIsSubject = r.RelatedPersonId == personId;
                var other = others[otherIsSubject ? r.PersonId : r.RelatedPersonId];
                var hidden = !other.CanOpen;
                return new FamilyMember(other.Id, other.LaPersonId, hidden ? null : $"{other.FirstName} {other.LastName}",
                    hidden ? null : other.DateOfBirth,
                    RelationshipTypes.Describe(r.Type, otherIsSubject),
                    RelationshipTypes.GenerationOffset(r.Type, otherIsSubject),
                    r.IsCurrent(today), r.ParentalResponsibility && otherIsSubject, r.LivesWith, other.IsRestricted, r.StartDate, r.EndDate);
            })
            .OrderByDescending(m => m.IsCurrent).ThenByDescending(m => m.Generation).ThenBy(m => m.DateOfBirth)
            .ToList();
    }
}
