namespace Haven.Web.Features.Admin;

/// <summary>
/// The audit of administration: who changed which account or team, when, and from what to what.
/// Account and team changes are not about a child, so they are not <c>CaseEvent</c>s (those belong to a
/// person's record): each change is an <see cref="AuditEvent"/> in the database's audit chain, and also one
/// structured log entry at Information, with every part as its own field, for a council's log store.
/// </summary>
/// <remarks>Page models build this themselves from injected parts, so the feature needs no service registration.</remarks>
public sealed partial class AdminAudit(ILogger<AdminAudit> logger, CurrentUser actor, TimeProvider clock, AuditTrail trail)
{
    public const string UserCreated = nameof(UserCreated);
    public const string UserUnlocked = nameof(UserUnlocked);
    public const string UserTeamChanged = nameof(UserTeamChanged);
    public const string UserRoleChanged = nameof(UserRoleChanged);
    public const string UserTwoFactorReset = nameof(UserTwoFactorReset);
    public const string UserTwoFactorResetRequested = nameof(UserTwoFactorResetRequested);
    public const string UserTwoFactorResetCancelled = nameof(UserTwoFactorResetCancelled);
    public const string UserPasswordChanged = nameof(UserPasswordChanged);
    public const string UserAuthenticatorReplaced = nameof(UserAuthenticatorReplaced);
    public const string UserDeactivated = nameof(UserDeactivated);
    public const string UserReactivated = nameof(UserReactivated);
    public const string TeamCreated = nameof(TeamCreated);
    public const string TeamManagerChanged = nameof(TeamManagerChanged);
    public const string UserDesignatedOfficerChanged = nameof(UserDesignatedOfficerChanged);

    public void User(string action, string userId, string userName, string? before, string? after) =>
        Write(action, AuditTrail.UserTarget, userId, userName, before, after);

    public void Team(string action, Guid teamId, string teamName, string? before, string? after) =>
        Write(action, AuditTrail.TeamTarget, teamId.ToString(), teamName, before, after);

    private void Write(string action, string targetType, string targetId, string targetName, string? before, string? after)
    {
        var at = clock.GetUtcNow().UtcDateTime;
        AdminChange(logger, action, targetType, targetId, targetName, actor.UserId, actor.DisplayName, at, before ?? "", after ?? "");
        trail.Record(action, targetType, targetId, targetName, $"{targetName}: {before ?? "none"} to {after ?? "none"}", [new FieldChange(action, before, after)]);
    }

    [LoggerMessage(EventId = 9100, EventName = "AdminChange", Level = LogLevel.Information,
        Message = "Admin change {Action} to {TargetType} {TargetId} ({TargetName}) by {ActorUserId} ({ActorName}) at {OccurredAtUtc}: '{Before}' -> '{After}'")]
    private static partial void AdminChange(ILogger logger, string action, string targetType, string targetId, string targetName,
        string actorUserId, string actorName, DateTime occurredAtUtc, string before, string after);
}
