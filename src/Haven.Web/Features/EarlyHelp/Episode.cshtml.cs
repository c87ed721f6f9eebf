using Haven.Data;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.EarlyHelp;

/// <summary>One early help episode: lead, team, assessment, plan, reviews, lead changes and how it ended.</summary>
public sealed class EpisodeModel(HavenDbContext db, TimeProvider clock) : EpisodePageModel(db, clock)
{
    public string? ContactReference { get; private set; }
    public string? SteppedUpToReference { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadEpisodeAsync(ct))
        {
            return NotFound();
        }
        var linked = new[] { Episode.ContactId, Episode.SteppedUpToContactId }.OfType<Guid>().ToList();
        var references = await Db.Contacts.AsNoTracking().Where(c => linked.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
        ContactReference = Episode.ContactId is { } from ? references.GetValueOrDefault(from) : null;
        SteppedUpToReference = Episode.SteppedUpToContactId is { } to ? references.GetValueOrDefault(to) : null;
        return Page();
    }
}
