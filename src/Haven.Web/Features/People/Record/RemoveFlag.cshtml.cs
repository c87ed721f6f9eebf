namespace Haven.Web.Features.People.Record;

/// <summary>Removes a warning added in error; the history keeps what it said and why it went.</summary>
public sealed class RemoveFlagModel(HavenDbContext db, TimeProvider clock, PeopleService people) : WarningPageModel(db, clock)
{
    [BindProperty] public string? Reason { get; set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct) =>
        await SaveAsync(() => people.RemoveFlagAsync(PersonId, Warning.Id, Reason, ct), "Warning removed", WarningsUrl);
}
