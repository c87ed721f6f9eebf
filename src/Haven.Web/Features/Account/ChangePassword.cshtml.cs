using System.ComponentModel.DataAnnotations;
using Haven.Web.Features.Admin;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Features.Account;

/// <summary>
/// The signed-in person changes their own password, giving the current one first so that a session left open
/// cannot be used to take the account over. Someone whose password an administrator set is sent here at sign-in
/// and can do nothing else until they have chosen their own.
/// </summary>
public sealed class ChangePasswordModel(UserManager<ApplicationUser> users, SignInManager<ApplicationUser> signIn, AdminAudit audit) : PageModel
{
    [BindProperty]
    [Display(Name = "Current password")]
    [Required(ErrorMessage = "Enter your current password")]
    [StringLength(AccountLimits.Password, ErrorMessage = "Current password must be 128 characters or fewer")]
    public string? CurrentPassword { get; set; }

    [BindProperty]
    [Display(Name = "New password")]
    [Required(ErrorMessage = "Enter a new password")]
    [StringLength(AccountLimits.Password, ErrorMessage = "New password must be 128 characters or fewer")]
    public string? NewPassword { get; set; }

    [BindProperty]
    [Display(Name = "Confirm new password")]
    [Required(ErrorMessage = "Enter the new password again")]
    [StringLength(AccountLimits.Password, ErrorMessage = "Confirm new password must be 128 characters or fewer")]
    public string? ConfirmPassword { get; set; }

    /// <summary>True when an administrator set the password and the person must replace it before going on.</summary>
    public bool MustChange { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        MustChange = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Account/SignIn");
        }
        MustChange = user.MustChangePassword;
        if (NewPassword is not null && ConfirmPassword is not null && NewPassword != ConfirmPassword)
        {
            ModelState.AddModelError(nameof(ConfirmPassword), "The new passwords do not match");
        }
        if (NewPassword is not null && CurrentPassword is not null && NewPassword == CurrentPassword)
        {
            ModelState.AddModelError(nameof(NewPassword), "Your new password must be different from your current password");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        // Identity checks the current password and the new one against the rules before it changes anything.
        var result = await users.ChangePasswordAsync(user, CurrentPassword!, NewPassword!);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(CurrentPassword) : nameof(NewPassword),
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? "Your current password is not correct" : error.Description);
            }
            return this.InvalidPage();
        }
        var wasTemporary = user.MustChangePassword;
        if (wasTemporary)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }
        // ChangePasswordAsync has changed the security stamp, which ends every other session; this one is rebuilt
        // so it carries the new stamp (and no longer the "must change password" claim).
        await signIn.RefreshSignInAsync(user);
        audit.User(AdminAudit.UserPasswordChanged, user.Id, user.DisplayName,
            wasTemporary ? "temporary password set by an administrator" : "password", "changed by the account's owner");
        TempData["Success"] = "Your password has been changed";
        return RedirectToPage("/Account/Index");
    }
}

/// <summary>Lengths of what people type on the account pages, matching the columns they are stored in.</summary>
public static class AccountLimits
{
    /// <summary>Passwords are hashed, so any length fits the column; this only stops absurd posts reaching the hasher.</summary>
    public const int Password = 128;
}
