namespace Haven.Web.Features.People.Record;

/// <summary>Says a record exists but cannot be opened, and why, without showing anything from it.</summary>
public sealed class NoAccessModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    public string LaPersonId { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var id = await Db.People.Where(p => p.Id == PersonId).Select(p => p.LaPersonId).SingleOrDefaultAsync(ct);
        if (id is null)
        {
            return NotFound();
        }
        LaPersonId = id;
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    public bool ReadOnly => Reason == "read-only" && Access.CanView;

    public bool Restricted => Access.Outcome == AccessOutcome.DeniedRestricted;
}
