using Haven.Data;
using Haven.Domain.People;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.People.Record;

/// <summary>One relative as seen from this person's record.</summary>
public sealed record FamilyMember(
    Guid Id, string LaPersonId, string? Name, DateOnly? DateOfBirth, string Relationship, int Generation,
    bool IsCurrent, bool ParentalResponsibility, bool LivesWith, bool IsRestricted, DateOnly? From, DateOnly? To);

public sealed class FamilyModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public IReadOnlyList<FamilyMember> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var rows = await Db.Relationships.AsNoTracking()
            .Where(r => r.PersonId == PersonId || r.RelatedPersonId == PersonId)
            .ToListAsync(ct);
        var otherIds = rows.Select(r => r.PersonId == PersonId ? r.RelatedPersonId : r.PersonId).Distinct().ToList();
        var others = await Db.People.AsNoTracking().Where(p => otherIds.Contains(p.Id))
            .Select(p => new { p.Id, p.LaPersonId, p.FirstName, p.LastName, p.DateOfBirth, p.IsRestricted })
            .ToDictionaryAsync(p => p.Id, ct);
        var userId = User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        var named = await Db.RestrictedAccessGrants.Where(g => g.UserId == userId && otherIds.Contains(g.PersonId)).Select(g => g.PersonId).ToListAsync(ct);
        Members = rows.Select(r =>
            {
                var otherIsSubject = r.RelatedPersonId == PersonId;
                var other = others[otherIsSubject ? r.PersonId : r.RelatedPersonId];
                // A restricted relative still appears, so the worker knows the relationship exists, but not who it is.
                var hidden = other.IsRestricted && !named.Contains(other.Id);
                return new FamilyMember(other.Id, other.LaPersonId, hidden ? null : $"{other.FirstName} {other.LastName}",
                    hidden ? null : other.DateOfBirth,
                    RelationshipTypes.Describe(r.Type, otherIsSubject),
                    RelationshipTypes.GenerationOffset(r.Type, otherIsSubject),
                    r.IsCurrent(Today), r.ParentalResponsibility && otherIsSubject, r.LivesWith, hidden, r.StartDate, r.EndDate);
            })
            .OrderByDescending(m => m.IsCurrent).ThenByDescending(m => m.Generation).ThenBy(m => m.DateOfBirth)
            .ToList();
        return Page();
    }
}
