using Microsoft.AspNetCore.Identity;

namespace Haven.Data;

public sealed class ApplicationUser : IdentityUser
{
    public required string DisplayName { get; set; }
    public Guid? TeamId { get; set; }
    public string? JobTitle { get; set; }

    /// <summary>Demo accounts exist only in a demo database and may sign in without two-factor.</summary>
    public bool IsDemoAccount { get; set; }

    /// <summary>
    /// The password was set by an administrator, who therefore knows it: the owner must choose their own at next
    /// sign-in before doing anything else.
    /// </summary>
    public bool MustChangePassword { get; set; }

    /// <summary>When an administrator deactivated the account (a leaver): it cannot sign in, its history stays.</summary>
    public DateTime? DeactivatedAtUtc { get; set; }

    /// <summary>
    /// An administrator asked for this account's two-factor to be reset; a different administrator must approve it,
    /// so no one administrator can take over an account.
    /// </summary>
    public string? TwoFactorResetRequestedById { get; set; }

    public DateTime? TwoFactorResetRequestedAtUtc { get; set; }

    /// <summary>
    /// The account holds the local authority designated officer (LADO) duty, given by an administrator: it may manage
    /// allegations against adults who work with children, whatever its role. A duty, not a role, because designated
    /// officers are usually also social workers or managers.
    /// </summary>
    public bool IsDesignatedOfficer { get; set; }
}
