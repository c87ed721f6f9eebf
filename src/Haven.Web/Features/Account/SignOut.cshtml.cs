using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Features.Account;

public sealed class SignOutModel(SignInManager<ApplicationUser> signIn) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn", new { signedOut = true });
    }
}
