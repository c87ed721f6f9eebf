using System.Security.Claims;
using Haven.Web.Infrastructure.Authorisation;
using Microsoft.AspNetCore.Authorization;

namespace Haven.Web.Features.Shared;

/// <summary>
/// One item of the service menu. <paramref name="Page"/> is the page whose rule in <see cref="PageAccess"/>
/// decides who sees the item; <paramref name="ActiveUnder"/> is the path under which the item shows as current.
/// </summary>
public sealed record MenuItem(string Text, string Href, string Page, string ActiveUnder);

/// <summary>
/// The service menu, built from the same rules that guard the pages, so it never offers a page the person
/// cannot open nor hides one they can.
/// </summary>
public sealed class Menu(IAuthorizationService authorization)
{
    public static IReadOnlyList<MenuItem> Items { get; } =
    [
        // "/" is each role's home page (with a search box); this item is the search itself.
        new("Find a person", "/people", "/People/Index", "/"),
        new("Add a person", "/people/new", "/People/New", "/people/new"),
        new("Work tray", "/work-tray", "/WorkTray/Index", "/work-tray"),
        new("Children I review", "/care/iro", "/LookedAfter/Reviews/IroList", "/care/iro"),
        // The register is open to everyone who may read records (the menu never hides a page its reader can open).
        new("Carers", "/carers", "/LookedAfter/Carers/Index", "/carers"),
        // Fostering and adopting households are read like the register (their list's rule), recorded by the fostering team.
        new("Fostering", "/fostering", "/FosteringHouseholds/Index", "/fostering"),
        new("Front door", "/front-door", "/FrontDoor/Dashboard", "/front-door"),
        new("Returns", "/returns/cin-census", "/CinCensus/Index", "/returns/cin-census"),
        new("Scorecard", "/performance/scorecard", "/Performance/Index", "/performance"),
        new("Allegations (LADO)", "/lado", "/Lado/Index", "/lado"), // only accounts with the designated officer duty
        new("Users and teams", "/admin/users", "/Admin/Users", "/admin"), // covers the whole admin area
        new("Your account", "/account", "/Account/Index", "/account"),
    ];

    /// <summary>The items <paramref name="user"/> may open, in menu order.</summary>
    public async Task<IReadOnlyList<MenuItem>> ForAsync(ClaimsPrincipal user)
    {
        var shown = new List<MenuItem>();
        foreach (var item in Items)
        {
            var rule = PageAccess.For(item.Page) ?? throw new InvalidOperationException($"{item.Page} has no rule in PageAccess");
            if (rule.IsOpenToAnyone || (await authorization.AuthorizeAsync(user, rule.Capability!)).Succeeded)
            {
                shown.Add(item);
            }
        }
        return shown;
    }
}
