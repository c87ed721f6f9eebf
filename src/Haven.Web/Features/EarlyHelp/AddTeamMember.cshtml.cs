using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

public sealed class AddTeamMemberModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EpisodeId { get; set; }
    public EarlyHelpEpisode Episode { get; private set; } = null!;
    public string EpisodeUrl => Url.EarlyHelpEpisode(PersonId, EpisodeId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Episode = await records.OpenEarlyHelpEpisodeAsync(PersonId, EpisodeId, EpisodeUrl, ct);

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? Role { get; set; }

    public IActionResult OnGet()
    {
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
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
