namespace Haven.Web.Features.People.Record;

public sealed class IndexModel(HavenDbContext db, TimeProvider clock) : PersonPageModel(db, clock)
{
    public Person? MergedInto { get; private set; }
    public IReadOnlyList<(string Role, Person Professional, DateOnly? From)> Professionals { get; private set; } = [];
    public string? AllocatedWorker { get; private set; }
    public string? AllocatedTeam { get; private set; }
    public IReadOnlyList<Haven.Domain.FrontDoor.Contact> Contacts { get; private set; } = [];
    public IReadOnlyList<Haven.Domain.EarlyHelp.EarlyHelpEpisode> EarlyHelpEpisodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Person.MergedIntoId is { } survivor)
        {
            MergedInto = await Db.People.AsNoTracking().SingleAsync(p => p.Id == survivor, ct);
        }
        var involvements = await Db.ProfessionalInvolvements.AsNoTracking()
            .Where(i => i.PersonId == PersonId && (i.EndDate == null || i.EndDate >= Today))
            .Join(Db.People, i => i.ProfessionalId, p => p.Id, (i, p) => new { i.Role, Professional = p, i.StartDate })
            .ToListAsync(ct);
        Professionals = involvements.Select(i => (i.Role, i.Professional, i.StartDate)).OrderBy(i => i.Role).ToList();
        var today = Today;
        var allocation = await Db.Allocations.AsNoTracking()
            .Where(a => a.PersonId == PersonId && a.StartDate <= today && (a.EndDate == null || a.EndDate >= today))
            .OrderByDescending(a => a.StartDate)
            .Select(a => new
            {
                Worker = Db.Users.Where(u => u.Id == a.WorkerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                Team = Db.Teams.Where(t => t.Id == a.TeamId).Select(t => t.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        Contacts = await Db.Contacts.AsNoTracking().Include(c => c.Decision).Where(c => c.PersonId == PersonId)
            .OrderByDescending(c => c.ReceivedAtUtc).Take(50).ToListAsync(ct);
        EarlyHelpEpisodes = await Db.EarlyHelpEpisodes.AsNoTracking().Where(e => e.PersonId == PersonId)
            .OrderByDescending(e => e.StartDate).Take(20).ToListAsync(ct);
        AllocatedWorker = allocation?.Worker;
        AllocatedTeam = allocation?.Team;
        return Page();
    }
}
