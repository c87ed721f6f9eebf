using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

public sealed class ChangeLeadModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : EpisodePageModel(db, clock)
{
    [BindProperty] public string? LeadProfessional { get; set; }
    [BindProperty] public string? LeadAgency { get; set; }
    [BindProperty] public string? Reason { get; set; }

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
        AddErrors(EarlyHelpRules.ValidateLeadChange(Episode.LeadProfessional, Episode.LeadAgency, LeadProfessional, LeadAgency, Reason));
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await earlyHelp.ChangeLeadAsync(EpisodeId, LeadProfessional!, LeadAgency!, Reason!, ct);
        TempData["Success"] = $"Lead professional changed to {LeadProfessional!.Trim()}";
        return Redirect(EpisodeUrl);
    }
}
