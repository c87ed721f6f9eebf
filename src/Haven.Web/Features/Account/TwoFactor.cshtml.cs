using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Haven.Web.Features.Account;

/// <summary>The second step of sign-in: the 6-digit code from the user's authenticator app.</summary>
public sealed class TwoFactorModel(SignInManager<ApplicationUser> signIn) : SecondSignInStepModel(signIn)
{
    [BindProperty]
    [Display(Name = "Security code")]
    [Required(ErrorMessage = "Enter the 6-digit security code from your authenticator app")]
    [RegularExpression(@"^\s*\d{3}\s?\d{3}\s*$", ErrorMessage = "The security code must be 6 digits")]
    public override string? Code { get; set; }

    protected override string WrongCode =>
        "The security code is not correct or has expired. Enter the latest code from your authenticator app";

    protected override Task<SignInResult> SignInWithCodeAsync(SignInManager<ApplicationUser> signIn, string code) =>
        signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);

    protected override Task<IActionResult> SignedInAsync(ApplicationUser user) =>
        Task.FromResult<IActionResult>(LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/"));
}
