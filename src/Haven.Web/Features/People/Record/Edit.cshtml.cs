namespace Haven.Web.Features.People.Record;

public sealed class EditModel(HavenDbContext db, TimeProvider clock, PeopleService people) : PersonPageModel(db, clock)
{
    [BindProperty]
    public PersonDetailsForm Input { get; set; } = new();

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input = PersonDetailsForm.From(Person);
        Version = Person.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var details = Input.Validate(ModelState, nameof(Input), Today);
        if (details is null)
        {
            return this.InvalidPage();
        }
        bool changed;
        try
        {
            changed = await people.UpdateDetailsAsync(PersonId, details, Reason, Version, ct);
        }
        catch (EditConflictException conflict)
        {
            return ShowConflict(conflict);
        }
        TempData["Success"] = changed ? "Details updated" : "Nothing was changed";
        return RedirectToPage("/People/Record/Index", new { personId = PersonId });
    }
}
