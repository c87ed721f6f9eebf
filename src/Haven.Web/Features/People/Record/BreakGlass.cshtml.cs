namespace Haven.Web.Features.People.Record;

/// <summary>
/// Opening a record outside your relationship to the child: allowed for a stated reason, for a few hours,
/// recorded on the child's history and shown to managers on the "who has viewed" page.
/// </summary>
public sealed class BreakGlassModel(HavenDbContext db, TimeProvider clock, CurrentUser user, PeopleService people) : PersonPageModel(db, clock)
{
    [BindProperty]
    public string? ReasonChoice { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public string LaPersonId { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Access.CanView)
        {
            return RedirectToPage("/People/Record/Index", new { personId = PersonId });
        }
        if (Access.Outcome != AccessOutcome.BreakGlassAvailable)
        {
            return RedirectToPage("/People/Record/NoAccess", new { personId = PersonId });
        }
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Access.Outcome != AccessOutcome.BreakGlassAvailable)
        {
            return RedirectToPage("/People/Record/NoAccess", new { personId = PersonId });
        }
        if (!await LoadAsync(ct))
        {
            return NotFound();
        }
        var check = BreakGlassReasons.Check(ReasonChoice, Reason);
        if (!check.IsValid)
        {
            AddErrors(check);
            return this.InvalidPage();
        }
        await people.BreakGlassAsync(PersonId, user.UserId, ReasonChoice!, Reason!, ct);
        return RedirectToPage("/People/Record/Index", new { personId = PersonId });
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var id = await Db.People.Where(p => p.Id == PersonId).Select(p => p.LaPersonId).SingleOrDefaultAsync(ct);
        LaPersonId = id ?? "";
        return id is not null;
    }
}
