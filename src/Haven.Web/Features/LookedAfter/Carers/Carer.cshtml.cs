namespace Haven.Web.Features.LookedAfter.Carers;

/// <summary>One carer or provider: their details and the children placed with them, now and before, only those the viewer may open (VisiblePeople).</summary>
public sealed class CarerModel(HavenDbContext db, VisiblePeople visible) : PageModel
{
    [FromRoute] public Guid CarerId { get; set; }
    public Carer Carer { get; private set; } = null!;
    public IReadOnlyList<PlacedChild> Placements { get; private set; } = [];
    public string? SuccessMessage => TempData["Success"] as string;

    public sealed record PlacedChild(Guid PersonId, string Name, DateOnly Start, DateOnly? End, string PlacementType);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var carer = await db.Carers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == CarerId, ct);
        if (carer is null)
        {
            return NotFound();
        }
        Carer = carer;
        Placements = await db.Placements.AsNoTracking()
            .Where(p => p.CarerId == CarerId && visible.OpenIds.Any(id => id == p.PersonId))
            .Join(db.People, p => p.PersonId, c => c.Id, (p, c) => new PlacedChild(p.PersonId, c.FirstName + " " + c.LastName, p.StartDate, p.EndDate, p.PlacementType))
            .OrderByDescending(p => p.Start)
            .ToListAsync(ct);
        return Page();
    }
}
