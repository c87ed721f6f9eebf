using System.Security.Claims;
using Haven.Web.Features.Account;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Infrastructure;

/// <summary>Puts the user's display name and team into the sign-in cookie so pages need no extra query.</summary>
public sealed class HavenClaimsFactory(
    UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, DemoTwoFactorSkip demoSkip)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    public const string TwoFactorSetUpRequiredClaim = "haven:2fa-setup-required";
    public const string PasswordChangeRequiredClaim = "haven:password-change-required";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CurrentUser.DisplayNameClaim, user.DisplayName));
        if (user.TeamId is { } team)
        {
            identity.AddClaim(new Claim(CurrentUser.TeamClaim, team.ToString()));
        }
        // Real accounts must set up two-factor before they can open any record; demo accounts in a demo database need not.
        if (!user.TwoFactorEnabled && !await demoSkip.AppliesToAsync(user))
        {
            identity.AddClaim(new Claim(TwoFactorSetUpRequiredClaim, "true"));
        }
        // A duty given by an administrator (the designated officer's): it grants its capabilities whatever the role.
        if (user.IsDesignatedOfficer)
        {
            identity.AddClaim(new Claim(Authorisation.Capabilities.DutyClaim, Authorisation.Capabilities.DesignatedOfficerDuty));
        }
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(PasswordChangeRequiredClaim, "true"));
        }
        return identity;
    }
}
