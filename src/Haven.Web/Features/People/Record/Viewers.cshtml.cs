namespace Haven.Web.Features.People.Record;

/// <summary>Who has opened this record, for managers and auditors. Break-glass views are marked.</summary>
public sealed class ViewersModel(HavenDbContext db, TimeProvider clock, CurrentUser user) : PersonPageModel(db, clock)
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<RecordView> Views { get; private set; } = [];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public IReadOnlyList<BreakGlassGrant> BreakGlass { get; private set; } = [];
    public IReadOnlyDictionary<string, string> UserNames { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!AccessPolicy.CanManageAccess(user.AsViewer()))
        {
            return Forbid();
        }
        var views = Db.RecordViews.AsNoTracking().Where(v => v.PersonId == PersonId);
        Total = await views.CountAsync(ct);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Views = await views.OrderByDescending(v => v.ViewedAtUtc).ThenByDescending(v => v.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        BreakGlass = await Db.BreakGlassGrants.AsNoTracking().Where(g => g.PersonId == PersonId)
            .OrderByDescending(g => g.GrantedAtUtc).Take(100).ToListAsync(ct);
        var ids = BreakGlass.Select(g => g.UserId).Distinct().ToList();
        UserNames = await Db.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
        return Page();
    }
}
