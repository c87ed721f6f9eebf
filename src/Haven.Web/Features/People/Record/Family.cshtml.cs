namespace Haven.Web.Features.People.Record;

public sealed class FamilyModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public IReadOnlyList<FamilyMember> Members { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromServices] FamilyNetwork family, CancellationToken ct)
    {
        Members = await family.MembersAsync(PersonId, Today, ct);
        return Page();
    }
}
