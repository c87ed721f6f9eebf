using System.ComponentModel.DataAnnotations;
using Haven.Data;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Haven.Web.Features.Account;

/// <summary>The second step of sign-in: the 6-digit code from the user's authenticator app.</summary>
public sealed class TwoFactorModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty]
    [Display(Name = "Security code")]
    [Required(ErrorMessage = "Enter the 6-digit security code from your authenticator app")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The security code must be 6 digits")]
    public string? Code { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var code = Code!.Replace(" ", "", StringComparison.Ordinal).Trim();
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/");
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(nameof(Code), "Your account is locked for 15 minutes. Try again later or ask your system administrator to unlock it");
            return this.InvalidPage();
        }
        ModelState.AddModelError(nameof(Code), "The security code is not correct or has expired. Enter the latest code from your authenticator app");
        return this.InvalidPage();
    }
}
