using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.EarlyHelp;

/// <summary>
/// Base for the pages of one early help episode. It derives from the record's base so the access filter and
/// the view log cover it, and refuses an episode that belongs to another child even if the ids are valid.
/// </summary>
public abstract class EpisodePageModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EpisodeId { get; set; }

    public EarlyHelpEpisode Episode { get; private set; } = null!;

    /// <summary>The UK date, which is what due dates and review dates are compared with.</summary>
    public DateOnly LocalToday => UkTime.Today(Clock);

    public string EpisodeUrl => Url.Page("/EarlyHelp/Episode", new { personId = PersonId, episodeId = EpisodeId })!;

    protected async Task<bool> LoadEpisodeAsync(CancellationToken ct)
    {
        if (!await LoadPersonAsync(ct))
        {
            return false;
        }
        var episode = await Db.EarlyHelpEpisodes.AsNoTracking()
            .Include(e => e.LeadChanges).Include(e => e.Team).Include(e => e.Assessments).Include(e => e.Actions).Include(e => e.Reviews)
            .AsSplitQuery()
            .SingleOrDefaultAsync(e => e.Id == EpisodeId && e.PersonId == PersonId, ct);
        if (episode is null)
        {
            return false;
        }
        Episode = episode;
        return true;
    }

    /// <summary>
    /// Loads an episode a form may change: null when it can go ahead, otherwise the result to return
    /// (404 for an episode of another child, or back to a closed episode with the reason).
    /// </summary>
    protected async Task<IActionResult?> LoadOpenEpisodeAsync(CancellationToken ct)
    {
        if (!await LoadEpisodeAsync(ct))
        {
            return NotFound();
        }
        return Episode.IsOpen ? null : ClosedEpisode();
    }

    /// <summary>A closed episode cannot be changed; the user is sent back to it with the reason.</summary>
    protected IActionResult ClosedEpisode()
    {
        TempData["Problem"] = "This early help episode is closed, so it cannot be changed.";
        return Redirect(EpisodeUrl);
    }

    protected void AddErrors(IReadOnlyDictionary<string, string> errors)
    {
        foreach (var (field, message) in errors)
        {
            ModelState.AddModelError(field, message);
        }
    }
}
