using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Haven.Web.Features.Account;

/// <summary>The second step of sign-in for someone without their phone: one of their recovery codes, each usable once.</summary>
public sealed class RecoveryCodeSignInModel(SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users)
    : SecondSignInStepModel(signIn)
{
    [BindProperty]
    [Display(Name = "Recovery code")]
    [Required(ErrorMessage = "Enter one of your recovery codes")]
    public override string? Code { get; set; }

    protected override string WrongCode => "The recovery code is not correct or has already been used";

    // Codes are shown in capitals with a hyphen; people retype them with spaces or in lower case.
    protected override Task<SignInResult> SignInWithCodeAsync(SignInManager<ApplicationUser> signIn, string code) =>
        signIn.TwoFactorRecoveryCodeSignInAsync(code.ToUpperInvariant());

    protected override async Task<IActionResult> SignedInAsync(ApplicationUser user)
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
}
