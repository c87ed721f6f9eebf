namespace Haven.Web.Features.EarlyHelp;

/// <summary>The child's early help episodes, newest first, with what needs chasing.</summary>
public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public IReadOnlyList<EarlyHelpEpisode> Episodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Episodes = await Db.EarlyHelpEpisodes.AsNoTracking()
            .Include(e => e.LeadChanges).Include(e => e.Actions).Include(e => e.Reviews)
            .AsSplitQuery()
            .Where(e => e.PersonId == PersonId)
            .OrderByDescending(e => e.StartDate)
            .ToListAsync(ct);
        return Page();
    }
}
