using Haven.Data.Demo;

namespace Haven.Web.Features.Account;

/// <summary>
/// Demo accounts may sign in without two-factor so that people trying Haven can look round at once. The flag on an
/// account is not enough on its own: the skip works only in a database the demo generator marked as a demo
/// authority, and never when Haven runs as Production, so a demo account copied or seeded into a council's live
/// database still has to set up two-factor.
/// </summary>
public sealed class DemoTwoFactorSkip(HavenDbContext db, IHostEnvironment environment)
{
    public async Task<bool> AppliesToAsync(ApplicationUser user, CancellationToken ct = default) =>
        user.IsDemoAccount
        && !environment.IsProduction()
        && await db.SystemSettings.AnyAsync(s => s.Key == DemoAuthorityGenerator.SettingKey, ct);
}
