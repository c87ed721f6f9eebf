namespace Haven.Web.Features.LookedAfter.Carers;

/// <summary>Changes a carer's details; a save over someone else's newer one is refused and both are shown (decision 0010).</summary>
public sealed class EditModel(HavenDbContext db, CarerRegisterService register, TimeProvider clock) : PageModel
{
    [FromRoute] public Guid CarerId { get; set; }
    [BindProperty] public CarerForm Carer { get; set; } = new();
    [BindProperty] public int? Version { get; set; }
    public string CarerName { get; private set; } = "";
    public EditConflictException? SaveConflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var carer = await db.Carers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == CarerId, ct);
        if (carer is null)
        {
            return NotFound();
        }
        (Carer, Version, CarerName) = (CarerForm.From(carer), carer.Version, carer.Name);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var name = await db.Carers.AsNoTracking().Where(c => c.Id == CarerId).Select(c => c.Name).SingleOrDefaultAsync(ct);
        if (name is null)
        {
            return NotFound();
        }
        CarerName = name;
        var details = Carer.Parse(ModelState, nameof(Carer), UkClock.Today(clock));
        try
        {
            await register.EditAsync(CarerId, Version, details, ct);
        }
        catch (CaseRuleException refused)
        {
            CarerForm.AddErrors(ModelState, refused.Result, nameof(Carer));
            return this.InvalidPage();
        }
        catch (EditConflictException conflict)
        {
            SaveConflict = conflict;
            Version = conflict.SavedVersion;
            ModelState.Remove(nameof(Version));
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
        TempData["Success"] = "Carer's details saved";
        return Redirect($"/carers/{CarerId}");
    }
}
