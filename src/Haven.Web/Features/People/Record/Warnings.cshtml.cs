namespace Haven.Web.Features.People.Record;

/// <summary>All of a child's warnings, current and ended, with who added and ended them and why; where they are changed.</summary>
public sealed class WarningsModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public IReadOnlyList<PersonFlag> Current => Person.Flags.Where(f => f.To is null || f.To >= Today).OrderBy(f => f.From).ToList();

    public IReadOnlyList<PersonFlag> Ended => Person.Flags.Where(f => f.To is { } to && to < Today).OrderByDescending(f => f.To).ToList();

    public IActionResult OnGet() => Page();
}
