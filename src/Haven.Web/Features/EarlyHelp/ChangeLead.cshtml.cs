using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.EarlyHelp;

public sealed class ChangeLeadModel(HavenDbContext db, TimeProvider clock, EarlyHelpService earlyHelp) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EpisodeId { get; set; }
    public EarlyHelpEpisode Episode { get; private set; } = null!;
    public string EpisodeUrl => Url.EarlyHelpEpisode(PersonId, EpisodeId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Episode = await records.OpenEarlyHelpEpisodeAsync(PersonId, EpisodeId, EpisodeUrl, ct);

    [BindProperty] public string? LeadProfessional { get; set; }
    [BindProperty] public string? LeadAgency { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public IActionResult OnGet()
    {
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
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
