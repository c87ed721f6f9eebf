using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Court;

/// <summary>Loads one set of the child's proceedings for a form that adds to it; concluded proceedings send the user back to the court record.</summary>
internal static class ProceedingsPart
{
    public static async Task<CareProceedings> OpenAsync(HavenDbContext db, Guid personId, Guid proceedingsId, string courtUrl, CancellationToken ct, bool mustBeIssued = false)
    {
        var proceedings = await db.CareProceedings.AsNoTracking().Include(p => p.Extensions)
            .SingleOrDefaultAsync(p => p.Id == proceedingsId && p.PersonId == personId, ct) ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(!proceedings.IsOpen, "These proceedings have concluded, so nothing more can be added to them.", courtUrl);
        RecordStopException.ThrowIf(mustBeIssued && !proceedings.IsIssued, "Record the day proceedings were issued first.", courtUrl);
        return proceedings;
    }
}
