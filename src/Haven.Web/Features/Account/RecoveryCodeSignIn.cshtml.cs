using System.ComponentModel.DataAnnotations;
using Haven.Data;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Haven.Web.Features.Account;

/// <summary>The second step of sign-in for someone without their phone: one of their recovery codes, each usable once.</summary>
public sealed class RecoveryCodeSignInModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty]
    [Display(Name = "Recovery code")]
    [Required(ErrorMessage = "Enter one of your recovery codes")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        // Codes are shown in capitals with a hyphen; people retype them with spaces or in lower case.
        var code = Code!.Replace(" ", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        if (result.Succeeded)
        {
            if (ReturnUrl is { Length: > 1 } url && Url.IsLocalUrl(url))
            {
                return LocalRedirect(url);
            }
            var left = await users.CountRecoveryCodesAsync(user);
            TempData["Success"] = $"You signed in with a recovery code. You have {left} {(left == 1 ? "code" : "codes")} left. "
                + "If you have lost your phone, set up two-factor authentication again on your new one.";
            return RedirectToPage("/Account/Index");
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(nameof(Code), "Your account is locked for 15 minutes. Try again later or ask your system administrator to unlock it");
            return this.InvalidPage();
        }
        ModelState.AddModelError(nameof(Code), "The recovery code is not correct or has already been used");
        return this.InvalidPage();
    }
}
