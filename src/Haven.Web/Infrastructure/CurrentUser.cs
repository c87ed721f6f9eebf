using System.Security.Claims;

namespace Haven.Web.Infrastructure;

/// <summary>The signed-in user as the domain sees them. Claims are set at sign-in by <see cref="HavenClaimsFactory"/>.</summary>
public sealed class CurrentUser(IHttpContextAccessor accessor)
{
    public const string DisplayNameClaim = "haven:name";
    public const string TeamClaim = "haven:team";

    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsSignedIn => Principal.Identity?.IsAuthenticated == true;

    public string UserId => Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    public string DisplayName => Principal.FindFirstValue(DisplayNameClaim) ?? Principal.Identity?.Name ?? "Unknown user";

    public Guid? TeamId => Guid.TryParse(Principal.FindFirstValue(TeamClaim), out var id) ? id : null;

    public IReadOnlySet<Role> Roles => Principal.FindAll(ClaimTypes.Role)
        .Select(c => Enum.TryParse<Role>(c.Value, out var r) ? (Role?)r : null)
        .OfType<Role>().ToHashSet();

    public Viewer AsViewer() => new(UserId, Roles, TeamId);

    public bool IsInRole(Role role) => Roles.Contains(role);

    /// <summary>Whether one of this person's jobs has <paramref name="capability"/>, from the one table (for what a page shows; pages themselves are guarded by PageAccess).</summary>
    public bool May(string capability) => Authorisation.Capabilities.Grants(capability, Principal);
}
