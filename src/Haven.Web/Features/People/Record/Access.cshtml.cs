namespace Haven.Web.Features.People.Record;

/// <summary>Restricts a record to named users (a staff member's relative, a high-profile case), or lifts the restriction.</summary>
public sealed class AccessModel(HavenDbContext db, TimeProvider clock, CurrentUser user, PeopleService people) : PersonPageModel(db, clock)
{
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? AddUserEmail { get; set; }

    public IReadOnlyList<(string UserId, string Name, string Email, DateTime GrantedAtUtc)> NamedUsers { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!AccessPolicy.CanManageAccess(user.AsViewer()))
        {
            return Forbid();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestrictAsync(bool restrict, CancellationToken ct)
    {
        if (!AccessPolicy.CanManageAccess(user.AsViewer()) || user.IsInRole(Role.Auditor) && user.Roles.Count == 1)
        {
            return Forbid();
        }
        if (string.IsNullOrWhiteSpace(Reason))
        {
            ModelState.AddModelError(nameof(Reason), restrict ? "Enter why this record needs to be restricted" : "Enter why the restriction can be removed");
            return this.InvalidPage();
        }
        // Restricting names whoever restricts (and the allocated staff) in the same save, so they can still manage it.
        await people.SetRestrictedAsync(PersonId, restrict, Reason, ct);
        TempData["Success"] = restrict ? "Record restricted. Only the named users below can open it." : "Restriction removed";
        return RedirectToPage(new { personId = PersonId });
    }

    public async Task<IActionResult> OnPostAddUserAsync(CancellationToken ct)
    {
        if (!AccessPolicy.CanManageAccess(user.AsViewer()))
        {
            return Forbid();
        }
        var email = AddUserEmail?.Trim();
        var target = string.IsNullOrEmpty(email) ? null : await Db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == email.ToUpperInvariant(), ct);
        if (string.IsNullOrEmpty(email))
        {
            ModelState.AddModelError(nameof(AddUserEmail), "Enter the email address of the colleague to name");
        }
        else if (target is null)
        {
            ModelState.AddModelError(nameof(AddUserEmail), "There is no Haven user with that email address");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await people.GrantNamedAccessAsync(PersonId, target!, user.UserId, ct);
        TempData["Success"] = $"{target!.DisplayName} can now open this record";
        return RedirectToPage(new { personId = PersonId });
    }

    public async Task<IActionResult> OnPostRemoveUserAsync(string userId, CancellationToken ct)
    {
        if (!AccessPolicy.CanManageAccess(user.AsViewer()))
        {
            return Forbid();
        }
        try
        {
            await people.RemoveNamedAccessAsync(PersonId, userId, ct);
        }
        catch (CaseRuleException refused)
        {
            // The last named user stays; the way forward is to name someone else, so the message sits by that field.
            AddErrors(refused.Result, new Dictionary<string, string> { [Haven.Domain.Access.NamedUsers.Field] = nameof(AddUserEmail) });
            return this.InvalidPage();
        }
        TempData["Success"] = "Colleague removed from the named users";
        return RedirectToPage(new { personId = PersonId });
    }

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        var grants = await Db.RestrictedAccessGrants.AsNoTracking().Where(g => g.PersonId == PersonId)
            .Join(Db.Users, g => g.UserId, u => u.Id, (g, u) => new { g.UserId, u.DisplayName, u.Email, g.GrantedAtUtc })
            .ToListAsync(ct);
        NamedUsers = grants.Select(g => (g.UserId, g.DisplayName, g.Email ?? "", g.GrantedAtUtc)).OrderBy(g => g.DisplayName).ToList();
    }
}
