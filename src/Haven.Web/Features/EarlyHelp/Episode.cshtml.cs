namespace Haven.Web.Features.EarlyHelp;

/// <summary>One early help episode: lead, team, assessment, plan, reviews, lead changes and how it ended.</summary>
public sealed class EpisodeModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public EarlyHelpPart EarlyHelp { get; private set; } = null!;

    /// <summary>The episode itself, which this page shows throughout.</summary>
    public EarlyHelpEpisode Episode => EarlyHelp.Episode;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) => EarlyHelp = await EarlyHelpPart.LoadAsync(this, records, ct);

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
