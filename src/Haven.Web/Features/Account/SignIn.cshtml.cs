using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Features.Account;

public sealed class SignInModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher, SignInThrottle throttle) : PageModel
{
    [BindProperty]
    [Display(Name = "Email address")]
    [Required(ErrorMessage = "Enter your email address")]
    [StringLength(256, ErrorMessage = "Email address must be 256 characters or fewer")]
    [EmailAddress(ErrorMessage = "Enter an email address in the correct format, like name@example.gov.uk")]
    public string? Email { get; set; }

    [BindProperty]
    [Display(Name = "Password")]
    [Required(ErrorMessage = "Enter your password")]
    [StringLength(AccountLimits.Password, ErrorMessage = "Password must be 128 characters or fewer")]
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
            // The same work and the same words as for a real account, so neither says whether the email has one.
            throttle.CheckAgainstDecoy(hasher, Password!);
            ModelState.AddModelError(nameof(Email), throttle.FailedUnknownEmail(Email!) ? LockedOut : WrongDetails);
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
        if (result.IsNotAllowed)
        {
            // A deactivated account is refused before its password is checked; check it anyway, so only someone who
            // knows the password learns that the account is deactivated, and the time taken is the same.
            ModelState.AddModelError(nameof(Email), await users.CheckPasswordAsync(user, Password!)
                ? "Your Haven account has been deactivated. If you still need it, ask your system administrator"
                : WrongDetails);
            return this.InvalidPage();
        }
        ModelState.AddModelError(nameof(Email), result.IsLockedOut ? LockedOut : WrongDetails);
        return this.InvalidPage();
    }

    private const string WrongDetails = "Enter a correct email address and password";

    private const string LockedOut = "Your account is locked for 15 minutes because the password was wrong 5 times. Try again later or ask your system administrator to unlock it";

    /// <summary>Starts sign-in with the council's identity provider (OIDC), when one is configured.</summary>
    public async Task<IActionResult> OnPostExternalAsync(string? scheme)
    {
        // Only a provider Haven is configured with; anything else (or none) goes back to the sign-in page.
        if (string.IsNullOrEmpty(scheme) || (await signIn.GetExternalAuthenticationSchemesAsync()).All(s => s.Name != scheme))
        {
            return RedirectToPage("/Account/SignIn", new { returnUrl = ReturnUrl });
        }
        var redirect = Url.Page("/Account/ExternalCallback", new { returnUrl = SafeReturnUrl });
        var properties = signIn.ConfigureExternalAuthenticationProperties(scheme, redirect);
        return Challenge(properties, scheme);
    }

    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/";
}
