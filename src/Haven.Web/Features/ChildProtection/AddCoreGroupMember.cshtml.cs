using Haven.Data;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

public sealed class AddCoreGroupMemberModel(HavenDbContext db, TimeProvider clock, ChildProtectionService service) : PlanPageModel(db, clock)
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public string? Agency { get; set; }
    [BindProperty] public string? Role { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadOpenPlanAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (await LoadOpenPlanAsync(ct) is { } stop)
        {
            return stop;
        }
        if (string.IsNullOrWhiteSpace(Name))
        {
            ModelState.AddModelError(nameof(Name), "Enter the member's name");
        }
        if (string.IsNullOrWhiteSpace(Agency))
        {
            ModelState.AddModelError(nameof(Agency), "Select the member's agency");
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }
        await service.AddCoreGroupMemberAsync(PlanId, Name!, Agency!, Role, ct);
        TempData["Success"] = $"{Name!.Trim()} added to the core group";
        return Redirect(PlanUrl + "#core-group");
    }
}
