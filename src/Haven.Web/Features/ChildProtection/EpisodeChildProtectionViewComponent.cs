using Microsoft.AspNetCore.Mvc;

namespace Haven.Web.Features.ChildProtection;

/// <summary>
/// The child protection section of an episode page (strategy discussions, enquiries, conferences, plans).
/// Placeholder until the child protection pages land.
/// </summary>
public sealed class EpisodeChildProtectionViewComponent : ViewComponent
{
    public IViewComponentResult Invoke(Guid personId, Guid referralId) => View((personId, referralId));
}
