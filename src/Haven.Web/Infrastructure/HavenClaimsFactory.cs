using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Infrastructure;

/// <summary>Puts the user's display name and team into the sign-in cookie so pages need no extra query.</summary>
public sealed class HavenClaimsFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    public const string TwoFactorSetUpRequiredClaim = "haven:2fa-setup-required";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.DisplayNameClaim, user.DisplayName));
        if (user.TeamId is { } team)
        {
            identity.AddClaim(new Claim(CurrentUser.TeamClaim, team.ToString()));
        }
        // Real accounts must set up two-factor before they can open any record; demo accounts need not.
        if (!user.TwoFactorEnabled && !user.IsDemoAccount)
        {
            identity.AddClaim(new Claim(TwoFactorSetUpRequiredClaim, "true"));
        }
        return identity;
    }
}
