using System.ComponentModel.DataAnnotations;
using Haven.Web.Features.Admin;
using Microsoft.AspNetCore.Identity;
using QRCoder;

namespace Haven.Web.Features.Account;

/// <summary>
/// Sets up an authenticator app (TOTP): a QR code to scan, and the same key as text, grouped for typing,
/// for anyone who cannot scan it. Turning it on leads to a one-time view of new recovery codes.
/// Replacing a working authenticator needs the password and a current code, and the old one keeps working until the
/// new one is confirmed, so a stolen session cannot swap in the thief's phone and nobody is locked out half-way.
/// </summary>
public sealed class SetUpTwoFactorModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn,
    IUserStore<ApplicationUser> store, IOptions<HavenOptions> options, AdminAudit audit) : PageModel
{
    // The new key waits here, beside Identity's own tokens, until a code from it is entered.
    private const string PendingKeyProvider = "Haven";
    private const string PendingKeyName = "PendingAuthenticatorKey";

    [BindProperty]
    [Display(Name = "Security code")]
    [Required(ErrorMessage = "Enter the 6-digit security code from your authenticator app")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The security code must be 6 digits")]
    public string? Code { get; set; }

    /// <summary>The password, asked for before a working authenticator is replaced.</summary>
    [BindProperty]
    [Display(Name = "Password")]
    [StringLength(AccountLimits.Password, ErrorMessage = "Password must be 128 characters or fewer")]
    public string? Password { get; set; }

    /// <summary>A code from the authenticator being replaced.</summary>
    [BindProperty]
    [Display(Name = "Security code from your current authenticator app")]
    [StringLength(10, ErrorMessage = "The security code must be 6 digits")]
    public string? CurrentCode { get; set; }

    public string SharedKey { get; private set; } = "";
    public string AuthenticatorUri { get; private set; } = "";

    /// <summary>The QR code as an SVG image in a data: URI, which the site's Content-Security-Policy allows for images.</summary>
    public string QrCodeDataUri { get; private set; } = "";
    public bool AlreadyEnabled { get; private set; }

    /// <summary>True while a new authenticator is waiting to be confirmed and the old one still works.</summary>
    public bool Replacing { get; private set; }

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
        else if (await PendingKeyAsync(user) is { } pending)
        {
            Replacing = true;
            ShowKey(user, pending);
        }
        return Page();
    }

    /// <summary>Starts replacing the authenticator, once the password and a code from the current one are right.</summary>
    public async Task<IActionResult> OnPostReplaceAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        AlreadyEnabled = user.TwoFactorEnabled;
        if (!AlreadyEnabled)
        {
            return RedirectToPage();
        }
        // Only this form's fields count here; the new code is asked for on the next step.
        ModelState.Remove(nameof(Code));
        if (string.IsNullOrEmpty(Password))
        {
            ModelState.AddModelError(nameof(Password), "Enter your password");
        }
        var currentCode = CurrentCode?.Replace(" ", "", StringComparison.Ordinal).Trim();
        if (string.IsNullOrEmpty(currentCode))
        {
            ModelState.AddModelError(nameof(CurrentCode), "Enter the security code from your current authenticator app");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        if (!await users.CheckPasswordAsync(user, Password!))
        {
            ModelState.AddModelError(nameof(Password), "Your password is not correct");
        }
        else if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, currentCode!))
        {
            ModelState.AddModelError(nameof(CurrentCode), "The security code is not correct or has expired. Enter the latest code from your current authenticator app");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var pending = users.GenerateNewAuthenticatorKey();
        await users.SetAuthenticationTokenAsync(user, PendingKeyProvider, PendingKeyName, pending);
        ModelState.Clear();
        Replacing = true;
        ShowKey(user, pending);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        AlreadyEnabled = user.TwoFactorEnabled;
        var pending = AlreadyEnabled ? await PendingKeyAsync(user) : null;
        if (AlreadyEnabled && pending is null)
        {
            // Nothing is being replaced (or it was already confirmed in another tab).
            return RedirectToPage();
        }
        if (pending is not null)
        {
            Replacing = true;
            ShowKey(user, pending);
        }
        else
        {
            await LoadKeyAsync(user);
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        var code = Code!.Replace(" ", "", StringComparison.Ordinal).Trim();
        var valid = pending is not null
            ? AuthenticatorCode.Matches(pending, code)
            : await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code);
        if (!valid)
        {
            ModelState.AddModelError(nameof(Code), "The security code is not correct. Check the key you typed and enter the latest code");
            return this.InvalidPage();
        }
        if (pending is not null)
        {
            return await ConfirmReplacementAsync(user, pending);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        // Rebuild the cookie so the "must set up two-factor" claim goes.
        await signIn.RefreshSignInAsync(user);
        var recoveryCodes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodesModel.HowMany);
        RecoveryCodesModel.Show(TempData, recoveryCodes ?? []);
        return RedirectToPage("/Account/RecoveryCodes");
    }

    /// <summary>The new key replaces the old one only now that it has given a right code.</summary>
    private async Task<IActionResult> ConfirmReplacementAsync(ApplicationUser user, string pending)
    {
        var keys = (IUserAuthenticatorKeyStore<ApplicationUser>)store;
        await keys.SetAuthenticatorKeyAsync(user, pending, HttpContext.RequestAborted);
        await users.RemoveAuthenticationTokenAsync(user, PendingKeyProvider, PendingKeyName);
        // A new stamp (saved with the key) ends sessions elsewhere; this one is rebuilt to carry it.
        await users.UpdateSecurityStampAsync(user);
        await signIn.RefreshSignInAsync(user);
        audit.User(AdminAudit.UserAuthenticatorReplaced, user.Id, user.DisplayName, "authenticator app", "new authenticator app, confirmed with a code");
        TempData["Success"] = "Your new authenticator app is set up. Codes from your old one no longer work.";
        return RedirectToPage("/Account/Index");
    }

    private Task<string?> PendingKeyAsync(ApplicationUser user) => users.GetAuthenticationTokenAsync(user, PendingKeyProvider, PendingKeyName);

    private async Task LoadKeyAsync(ApplicationUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        ShowKey(user, key!);
    }

    private void ShowKey(ApplicationUser user, string key)
    {
        SharedKey = string.Join(" ", key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var issuer = Uri.EscapeDataString($"Haven ({options.Value.AuthorityName})");
        AuthenticatorUri = $"otpauth://totp/{issuer}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={issuer}&digits=6";
        using var data = QRCodeGenerator.GenerateQrCode(AuthenticatorUri, QRCodeGenerator.ECCLevel.M);
        // Sized by viewBox so the img's width and height attributes set its size: inline styles are forbidden here.
        using var renderer = new SvgQRCode(data);
        var svg = renderer.GetGraphic(new System.Drawing.Size(200, 200), "#0b0c0c", "#ffffff", drawQuietZones: true, SvgQRCode.SizingMode.ViewBoxAttribute);
        QrCodeDataUri = "data:image/svg+xml;base64," + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(svg));
    }
}
