using Haven.Data;
using Haven.Domain.ChildProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.ChildProtection;

/// <summary>Base for the pages that change one booked conference of the episode before it is held.</summary>
public abstract class ConferencePageModel(HavenDbContext db, TimeProvider clock) : ChildProtectionPageModel(db, clock)
{
    [FromRoute] public Guid ConferenceId { get; set; }

    public ChildProtectionConference Conference { get; private set; } = null!;

    /// <summary>The day the conference is due: it does not move when the conference is re-arranged.</summary>
    public DateOnly DueOn { get; private set; }

    protected async Task<IActionResult?> LoadConferenceAsync(ChildProtectionQueries queries, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(queries);
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        var conference = await Db.ChildProtectionConferences.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == ConferenceId && c.ReferralId == ReferralId && c.PersonId == PersonId, ct);
        if (conference is null)
        {
            return NotFound();
        }
        Conference = conference;
        var work = await queries.ForEpisodeAsync(PersonId, ReferralId, LocalToday, ct);
        DueOn = work.Conferences.Single(c => c.Conference.Id == ConferenceId).Status.DueDate;
        return conference.IsHeld ? Refuse("This conference has been held, so it cannot be changed.") : null;
    }
}
