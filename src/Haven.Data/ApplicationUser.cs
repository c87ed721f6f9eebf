using Microsoft.AspNetCore.Identity;

namespace Haven.Data;

public sealed class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public Guid? TeamId { get; set; }
    public string? JobTitle { get; set; }

    /// <summary>Demo accounts exist only in a demo database and may sign in without two-factor.</summary>
    public bool IsDemoAccount { get; set; }
}
