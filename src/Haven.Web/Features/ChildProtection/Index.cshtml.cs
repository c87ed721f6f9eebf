namespace Haven.Web.Features.ChildProtection;

/// <summary>The child protection summary of one episode: the episode section, then the detail of each record.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, ChildProtectionQueries queries) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid ReferralId { get; set; }
    public ChildProtectionEpisodePart Part { get; private set; } = null!;

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct) =>
        Part = await ChildProtectionEpisodePart.LoadAsync(records, Url, PersonId, ReferralId, ct);

    public EpisodeChildProtection Work { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Work = await queries.ForEpisodeAsync(PersonId, ReferralId, Today, ct);
        return Page();
    }
}
