using Haven.Data;
using Haven.Domain.EarlyHelp;
using Haven.Web.Features.People.Record;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.EarlyHelp;

/// <summary>One early help episode: lead, team, assessment, plan, reviews, lead changes and how it ended.</summary>
public sealed class EpisodeModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid EpisodeId { get; set; }
    public EarlyHelpEpisode Episode { get; private set; } = null!;
    public string EpisodeUrl => Url.EarlyHelpEpisode(PersonId, EpisodeId);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Episode = await records.EarlyHelpEpisodeAsync(PersonId, EpisodeId, ct);

    public string? ContactReference { get; private set; }
    public string? SteppedUpToReference { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var linked = new[] { Episode.ContactId, Episode.SteppedUpToContactId }.OfType<Guid>().ToList();
        var references = await Db.Contacts.AsNoTracking().Where(c => linked.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Reference, ct);
        ContactReference = Episode.ContactId is { } from ? references.GetValueOrDefault(from) : null;
        SteppedUpToReference = Episode.SteppedUpToContactId is { } to ? references.GetValueOrDefault(to) : null;
        return Page();
    }
}
