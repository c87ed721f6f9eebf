using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Features.Account;

public sealed class IndexModel(UserManager<ApplicationUser> users, HavenDbContext db) : PageModel
{
    public ApplicationUser Me { get; private set; } = null!;
    public IList<string> RoleNames { get; private set; } = [];
    public string? TeamName { get; private set; }
    public int RecoveryCodesLeft { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        Me = user;
        RoleNames = (await users.GetRolesAsync(user))
            .Select(r => Enum.TryParse<Role>(r, out var role) ? Roles.DisplayName(role) : r).ToList();
        RecoveryCodesLeft = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        TeamName = user.TeamId is { } teamId ? await db.Teams.Where(t => t.Id == teamId).Select(t => t.Name).SingleOrDefaultAsync() : null;
        return Page();
    }
}
