namespace Haven.Web.Features.Sharing;

/// <summary>Every paper the family should have, and whether and when they got it.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock, SharingService sharing) : PersonPageModel(db, clock)
{
    public IReadOnlyList<ShareableItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Items = await sharing.ItemsAsync(PersonId, ct);
        return Page();
    }
}
