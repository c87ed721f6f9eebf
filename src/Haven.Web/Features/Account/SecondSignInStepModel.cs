using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Haven.Web.Features.Account;

/// <summary>
/// The second step of sign-in, by a code from the authenticator app or by a recovery code: open only to someone who
/// has just given the right password, and answering a wrong or locked-out code the same way on both pages.
/// </summary>
public abstract class SecondSignInStepModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>What the person typed; each page binds it with its own label and checks.</summary>
    public abstract string? Code { get; set; }

    /// <summary>What to say when the code is not accepted.</summary>
    protected abstract string WrongCode { get; }

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
        var result = await SignInWithCodeAsync(signIn, Code!.Replace(" ", "", StringComparison.Ordinal).Trim());
        if (result.Succeeded)
        {
            return await SignedInAsync(user);
        }
        ModelState.AddModelError(nameof(Code), result.IsLockedOut
            ? "Your account is locked for 15 minutes. Try again later or ask your system administrator to unlock it"
            : WrongCode);
        return this.InvalidPage();
    }

    /// <summary>Tries the code (spaces already taken out).</summary>
    protected abstract Task<SignInResult> SignInWithCodeAsync(SignInManager<ApplicationUser> signIn, string code);

    /// <summary>Where the person goes once signed in.</summary>
    protected abstract Task<IActionResult> SignedInAsync(ApplicationUser user);
}
