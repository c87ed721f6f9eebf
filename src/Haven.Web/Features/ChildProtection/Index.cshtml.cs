using Haven.Data;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

/// <summary>The child protection summary of one episode: the episode section, then the detail of each record.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, ChildProtectionQueries queries) : ChildProtectionPageModel(db, clock)
{
    public EpisodeChildProtection Work { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadEpisodeAsync(ct))
        {
            return NotFound();
        }
        Work = await queries.ForEpisodeAsync(PersonId, ReferralId, LocalToday, ct);
        return Page();
    }
}
