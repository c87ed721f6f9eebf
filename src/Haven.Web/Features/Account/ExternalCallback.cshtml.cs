using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Features.Account;

/// <summary>
/// Returns from the council's identity provider. Only people an administrator has already given a Haven
/// account may sign in this way: the provider proves who they are, Haven decides what they may do.
/// </summary>
public sealed class ExternalCallbackModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
{
    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        var info = await signIn.GetExternalLoginInfoAsync();
        if (info is null)
        {
            Problem = "Sign-in with your council account did not complete. Try again.";
            return Page();
        }
        // The council's provider enforces its own multi-factor policy, so Haven does not ask again (bypassTwoFactor).
        var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (!result.Succeeded && !result.IsLockedOut && !result.IsNotAllowed)
        {
            // The first time, the provider's identity is linked to the Haven account with the same email.
            var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("preferred_username");
            var user = email is null ? null : await users.FindByEmailAsync(email);
            if (user is null)
            {
                return await RefuseAsync("You do not have a Haven account yet. Ask your system administrator to create one for " + (email ?? "your email address") + ".");
            }
            var linked = await users.AddLoginAsync(user, info);
            if (!linked.Succeeded)
            {
                return await RefuseAsync("Your council account could not be linked to your Haven account. Ask your system administrator for help.");
            }
            // Signing in through the same call as a returning person keeps Identity's lockout and other checks.
            result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        }
        if (result.Succeeded)
        {
            return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }
        return await RefuseAsync(result.IsLockedOut
            ? "Your Haven account is locked. Try again in 15 minutes or ask your system administrator to unlock it."
            : "Sign-in with your council account did not complete. Try again.");
    }

    private async Task<IActionResult> RefuseAsync(string problem)
    {
        // The provider's sign-in is only good for this step; do not leave it lying in a cookie.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        Problem = problem;
        return Page();
    }
}
