namespace Haven.Web.Features.Home;

/// <summary>Sends each person to where their work starts.</summary>
public sealed class IndexModel(CurrentUser user) : PageModel
{
    public IActionResult OnGet()
    {
        if (user.Roles.Any(Roles.WorksWithCases))
        {
            return RedirectToPage("/People/Index");
        }
        if (user.IsInRole(Role.SystemAdministrator))
        {
            return RedirectToPage("/Admin/Users");
        }
        return Page();
    }
}
