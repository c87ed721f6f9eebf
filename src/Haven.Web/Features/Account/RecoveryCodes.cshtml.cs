using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Haven.Web.Features.Account;

/// <summary>
/// Shows new recovery codes once, until the person says they have saved them. Identity cannot give codes
/// back once made, so they travel here in the (encrypted) TempData cookie and are gone once acknowledged.
/// </summary>
public sealed class RecoveryCodesModel(UserManager<ApplicationUser> users) : PageModel
{
    public const int HowMany = 10;
    private const string CodesKey = "haven:recovery-codes";

    public static void Show(ITempDataDictionary tempData, IEnumerable<string> codes) => tempData[CodesKey] = string.Join(" ", codes);

    /// <summary>The codes to show now; empty when they have already been shown and acknowledged.</summary>
    public IReadOnlyList<string> Codes { get; private set; } = [];
    public int CodesLeft { get; private set; }
    public bool TwoFactorOn { get; private set; }

    [BindProperty]
    public bool Saved { get; set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : RedirectToPage("/Account/SignIn");

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return RedirectToPage("/Account/SignIn");
        }
        if (Codes.Count == 0)
        {
            return RedirectToPage("/Account/Index");
        }
        if (!Saved)
        {
            ModelState.AddModelError(nameof(Saved), "Confirm that you have saved your recovery codes");
            return this.InvalidPage();
        }
        TempData.Remove(CodesKey);
        TempData["Success"] = "Two-factor authentication is on. You will be asked for a code from your authenticator app each time you sign in.";
        return RedirectToPage("/Account/Index");
    }

    /// <summary>New codes replace every old one, for someone who has used or lost theirs.</summary>
    public async Task<IActionResult> OnPostNewCodesAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        if (!user.TwoFactorEnabled)
        {
            return RedirectToPage("/Account/SetUpTwoFactor");
        }
        Show(TempData, await users.GenerateNewTwoFactorRecoveryCodesAsync(user, HowMany) ?? []);
        return RedirectToPage();
    }

    private async Task<bool> LoadAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return false;
        }
        TwoFactorOn = user.TwoFactorEnabled;
        CodesLeft = TwoFactorOn ? await users.CountRecoveryCodesAsync(user) : 0;
        // Peek, not read: the codes must still be there if the page is refreshed or the box was not ticked.
        Codes = TempData.Peek(CodesKey) is string codes ? codes.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return true;
    }
}
