namespace Haven.Domain.Access;

/// <summary>One opening of a page of a person's record. Never updated, never deleted.</summary>
public sealed class RecordView
{
    public long Id { get; set; }
    public Guid PersonId { get; set; }
    public required string UserId { get; set; }
    public required string UserName { get; set; }
    public DateTime ViewedAtUtc { get; set; }
    public required string Page { get; set; }

    /// <summary>True when the view was possible only through break-glass, so managers can review it.</summary>
    public bool ByBreakGlass { get; set; }
}

/// <summary>A user named on a restricted record.</summary>
public sealed class RestrictedAccessGrant
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public required string UserId { get; set; }
    public DateTime GrantedAtUtc { get; set; }
    public required string GrantedByUserId { get; set; }
}

/// <summary>Time-limited access to a record outside the viewer's relationship to the child, with a reason.</summary>
public sealed class BreakGlassGrant
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public required string UserId { get; set; }
    public required string Reason { get; set; }
    public DateTime GrantedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
}
