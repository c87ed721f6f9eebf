using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Features.Account;

public sealed class SignInModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users) : PageModel
{
    [BindProperty]
    [Display(Name = "Email address")]
    [Required(ErrorMessage = "Enter your email address")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.gov.uk")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "Password")]
    [Required(ErrorMessage = "Enter your password")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<AuthenticationScheme> ExternalSchemes { get; private set; } = [];

    public async Task OnGetAsync() => ExternalSchemes = [.. await signIn.GetExternalAuthenticationSchemesAsync()];

    public async Task<IActionResult> OnPostAsync()
    {
        ExternalSchemes = [.. await signIn.GetExternalAuthenticationSchemesAsync()];
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var user = await users.FindByEmailAsync(Email!);
        if (user is null)
        {
            // Same words whether the email or the password was wrong, so accounts cannot be discovered.
            ModelState.AddModelError(nameof(Email), "Enter a correct email address and password");
            return this.InvalidPage();
        }
        var result = await signIn.PasswordSignInAsync(user, Password!, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Account/TwoFactor", new { returnUrl = SafeReturnUrl });
        }
        if (result.IsLockedOut)
        {
            ModelState.AddModelError(nameof(Email), "Your account is locked for 15 minutes because the password was wrong 5 times. Try again later or ask your system administrator to unlock it");
            return this.InvalidPage();
        }
        ModelState.AddModelError(nameof(Email), "Enter a correct email address and password");
        return this.InvalidPage();
    }

    /// <summary>Starts sign-in with the council's identity provider (OIDC), when one is configured.</summary>
    public IActionResult OnPostExternal(string scheme)
    {
        var redirect = Url.Page("/Account/ExternalCallback", new { returnUrl = SafeReturnUrl });
        var properties = signIn.ConfigureExternalAuthenticationProperties(scheme, redirect);
        return Challenge(properties, scheme);
    }

    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
