using Haven.Domain.Permanence;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>Loads the child's adoption journey for a form that moves it on; a reversed one sends the user back to the adoption page.</summary>
internal static class JourneyPart
{
    public static async Task<AdoptionJourney> OpenAsync(HavenDbContext db, Guid personId, Guid journeyId, string adoptionUrl, CancellationToken ct)
    {
        var journey = await db.AdoptionJourneys.AsNoTracking().SingleOrDefaultAsync(j => j.Id == journeyId && j.PersonId == personId, ct)
            ?? throw RecordStopException.NotFound();
        RecordStopException.ThrowIf(journey.IsReversed, "The decision that the child should be placed for adoption was reversed, so it cannot be moved on.", adoptionUrl);
        RecordStopException.ThrowIf(!await db.CarePeriods.AnyAsync(p => p.Id == journey.CarePeriodId && p.EndDate == null, ct),
            "The period of care this adoption plan belongs to has ended.", adoptionUrl);
        return journey;
    }
}
