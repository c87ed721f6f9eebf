using Haven.Data;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

public sealed class AddTeamMemberModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : EpisodePageModel(db, clock)
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? Role { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadEpisodeAsync(ct))
        {
            return NotFound();
        }
        return Episode.IsOpen ? Page() : ClosedEpisode();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadOpenEpisodeAsync(ct) is { } stop)
        {
            return stop;
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), "Enter the team member's name");
        }
        if (string.IsNullOrWhiteSpace(Agency))
        {
            ModelState.AddModelError(nameof(Agency), "Enter the team member's agency");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await earlyHelp.AddTeamMemberAsync(EpisodeId, Name!, Agency!, Role, ct);
        TempData["Success"] = $"{Name!.Trim()} added to the team around the family";
        return Redirect(EpisodeUrl);
    }
}
