using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.People;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Features.People.Record;

/// <summary>
/// Base for every page of one person's record. The access check and view log have already run in
/// <see cref="PersonRecordFilter"/> by the time a handler runs; this loads what the record header shows.
/// </summary>
public abstract class PersonPageModel(HavenDbContext db, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid PersonId { get; set; }

    public Person Person { get; private set; } = null!;

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    protected HavenDbContext Db => db;

    protected TimeProvider Clock => clock;

    public AccessDecision Access => HttpContext.Items[PersonRecordFilter.DecisionItem] as AccessDecision
        ?? new AccessDecision(AccessOutcome.DeniedNoCaseRole, false);

    /// <summary>Loads the person with names, addresses, contacts and flags; null (and a 404) if there is none.</summary>
    protected async Task<bool> LoadPersonAsync(CancellationToken ct)
    {
        var person = await db.People.AsNoTracking()
            .Include(p => p.OtherNames).Include(p => p.Addresses).Include(p => p.ContactDetails).Include(p => p.Flags)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == PersonId, ct);
        if (person is null)
        {
            return false;
        }
        Person = person;
        return true;
    }

    public IEnumerable<PersonFlag> ActiveFlags => Person.Flags.Where(f => f.IsActive(Today));

    public string? SuccessMessage => TempData["Success"] as string;
}
