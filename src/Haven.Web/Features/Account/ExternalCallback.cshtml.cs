using System.Security.Claims;
using Haven.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

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
        var byLogin = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true);
        if (byLogin.Succeeded)
        {
            return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }
        var email = info.Principal.FindFirstValue(ClaimTypes.Email) ?? info.Principal.FindFirstValue("preferred_username");
        var user = email is null ? null : await users.FindByEmailAsync(email);
        if (user is null)
        {
            Problem = "You do not have a Haven account yet. Ask your system administrator to create one for " + (email ?? "your email address") + ".";
            return Page();
        }
        await users.AddLoginAsync(user, info);
        // The council's provider enforces its own multi-factor policy, so Haven does not ask again.
        await signIn.SignInAsync(user, isPersistent: false, info.LoginProvider);
        return LocalRedirect(returnUrl is { Length: > 0 } && Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
