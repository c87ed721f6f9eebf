using Haven.Domain.LookedAfter;
using Haven.Domain.Ssda903;
using Microsoft.EntityFrameworkCore;

namespace Haven.Data.Demo;

/// <summary>
/// Answers "permanence before care" (SSDA903 PREV_PERM) on the demo's periods of care that began since 1 April 2016,
/// as a social worker would at entry: by turn, most children had no earlier order (Z1); every 12th had a special
/// guardianship order, every 20th had been adopted and every 30th had a child arrangements order, each dated some
/// months before they came into care; every 25th is not known (P4). Periods already answered are left alone.
/// </summary>
public sealed class DemoPreviousPermanence(HavenDbContext db)
{
    public async Task<int> GenerateAsync(CancellationToken ct)
    {
        var from = Ssda903FromRecord.PreviousPermanenceAskedFrom;
        var periods = await db.CarePeriods
            .Where(p => p.PreviousPermanence == null && p.StartDate >= from)
            .Join(db.People, p => p.PersonId, c => c.Id, (p, c) => new { Period = p, c.LaPersonId, c.DateOfBirth })
            .ToListAsync(ct);
        var turn = 0;
        foreach (var x in periods.OrderBy(x => x.LaPersonId, StringComparer.Ordinal).ThenBy(x => x.Period.StartDate))
        {
            var i = turn++;
            var code = i % 12 == 5 ? "P2" : i % 20 == 9 ? "P1" : i % 30 == 17 ? "P3" : i % 25 == 3 ? "P4" : "Z1";
            // An earlier order needs time before care began, after birth; a baby cannot have had one.
            var orderOn = x.Period.StartDate.AddDays(-(120 + (i * 37 % 700)));
            if (CareEntryRules.IsPreviousOrder(code) && (x.DateOfBirth is not { } born || orderOn <= born.AddDays(30)))
            {
                code = "Z1";
            }
            x.Period.PreviousPermanence = code;
            x.Period.PreviousPermanenceOn = CareEntryRules.IsPreviousOrder(code) ? orderOn : null;
        }
        await db.SaveChangesAsync(ct);
        return periods.Count;
    }
}
