using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Haven.Web.Features.Account;

/// <summary>
/// Sets up an authenticator app (TOTP): a QR code to scan, and the same key as text, grouped for typing,
/// for anyone who cannot scan it. Turning it on leads to a one-time view of new recovery codes.
/// </summary>
public sealed class SetUpTwoFactorModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, IOptions<HavenOptions> options) : PageModel
{
    [BindProperty]
    [Display(Name = "Security code")]
    [Required(ErrorMessage = "Enter the 6-digit security code from your authenticator app")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The security code must be 6 digits")]
    public string? Code { get; set; }

    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";

    /// <summary>The QR code as an SVG image in a data: URI, which the site's Content-Security-Policy allows for images.</summary>
    public string QrCodeDataUri { get; private set; } = "";
    public bool AlreadyEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        AlreadyEnabled = user.TwoFactorEnabled;
        // The secret of a working authenticator is never shown again: a stolen session must not be able to copy it.
        if (!AlreadyEnabled)
        {
            await LoadKeyAsync(user);
        }
        return Page();
    }

    /// <summary>Replaces the authenticator: a new key is made, and the old app stops working once it is confirmed.</summary>
    public async Task<IActionResult> OnPostReplaceAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        ModelState.Clear();
        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        await LoadKeyAsync(user);
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var code = Code!.Replace(" ", "", StringComparison.Ordinal).Trim();
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), "The security code is not correct. Check the key you typed and enter the latest code");
            return this.InvalidPage();
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        // Rebuild the cookie so the "must set up two-factor" claim goes.
        await signIn.RefreshSignInAsync(user);
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodesModel.HowMany);
        RecoveryCodesModel.Show(TempData, recoveryCodes ?? []);
        return RedirectToPage("/Account/RecoveryCodes");
    }

    private async Task LoadKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = string.Join(" ", key!.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var issuer = Uri.EscapeDataString($"Haven ({options.Value.AuthorityName})");
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        // Sized by viewBox so the img's width and height attributes set its size: inline styles are forbidden here.
        using var renderer = new SvgQRCode(data);
        var svg = renderer.GetGraphic(new System.Drawing.Size(200, 200), "#0b0c0c", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
