using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Infrastructure;

/// <summary>
/// Writes <see cref="AuditEvent"/>s: what is done in Haven that is not a change to one child's record (those are
/// <see cref="CaseEvent"/>s, written by <see cref="CaseRecorder"/>). Each is saved at once, sealed into the
/// <c>audit_events</c> hash chain by the save itself, so it is evidence in the database, not a line in a log file.
/// </summary>
public sealed class AuditTrail(HavenDbContext db, CurrentUser user, TimeProvider clock)
{
    public const string UserTarget = "User";
    public const string TeamTarget = "Team";
    public const string PageTarget = "Page";
    public const string PersonTarget = "Person";
    public const string ExportTarget = "Export";

    /// <summary>Records and saves at once. Synchronous for callers that have already finished their own (async) save.</summary>
    public void Record(string type, string targetType, string targetId, string targetName, string summary, IEnumerable<FieldChange>? changes = null)
    {
        Add(type, targetType, targetId, targetName, summary, changes);
        db.SaveChanges();
    }

    public async Task RecordAsync(string type, string targetType, string targetId, string targetName, string summary, CancellationToken ct)
    {
        Add(type, targetType, targetId, targetName, summary, null);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A file of children's or staff data left Haven: which list, as which file, with how many rows (when known).</summary>
    public Task ExportedAsync(string list, string fileName, int? rows, CancellationToken ct) =>
        RecordAsync(AuditEventTypes.Exported, ExportTarget, fileName, list,
            rows is { } n ? $"Downloaded {list} ({n} {(n == 1 ? "row" : "rows")})" : $"Downloaded {list}", ct);

    /// <summary>A page refused because the account's role does not allow it.</summary>
    public Task PageRefusedAsync(string page, string? capability, CancellationToken ct) =>
        RecordAsync(AuditEventTypes.AccessRefused, PageTarget, page, page,
            capability is null ? $"Refused {page}" : $"Refused {page}: it needs {capability}", ct);

    /// <summary>A child's record, or a change to it, refused by the record's own access rules.</summary>
    public async Task RecordRefusedAsync(Guid personId, string page, string why, CancellationToken ct)
    {
        var name = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => p.FirstName + " " + p.LastName).SingleOrDefaultAsync(ct) ?? "a person not on Haven";
        await RecordAsync(AuditEventTypes.AccessRefused, PersonTarget, personId.ToString(), name, $"Refused: {RecordPageNames.Describe(page, name)} ({why})", ct);
    }

    /// <summary>Adds to the unit of work without saving: for a change whose own SaveChanges must write its audit event with it.</summary>
    public void Add(string type, string targetType, string targetId, string targetName, string summary, IEnumerable<FieldChange>? changes) =>
        db.AuditEvents.Add(new AuditEvent
        {
            Type = type,
            OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
            ActorUserId = user.UserId,
            ActorName = user.DisplayName,
            TargetType = targetType,
            TargetId = targetId,
            TargetName = targetName,
            Summary = summary,
            Changes = changes?.ToList() ?? [],
        });
}

public static class AuditTrailSetup
{
    /// <summary>
    /// Every refusal by role goes through the sign-in cookie's "access denied" step, whether the page's rule refused
    /// it or a page called Forbid(): that step records it before sending the person to the access-denied page.
    /// </summary>
    public static IServiceCollection AddAuditTrail(this IServiceCollection services)
    {
        services.AddScoped<AuditTrail>();
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, o =>
        {
            var inner = o.Events.OnRedirectToAccessDenied;
            o.Events.OnRedirectToAccessDenied = async context =>
            {
                var http = context.HttpContext;
                var capability = http.GetEndpoint()?.Metadata.GetOrderedMetadata<Microsoft.AspNetCore.Authorization.IAuthorizeData>()
                    .Select(a => a.Policy).LastOrDefault(p => p is not null);
                await http.RequestServices.GetRequiredService<AuditTrail>()
                    .PageRefusedAsync(http.Request.Method + " " + http.Request.Path + http.Request.QueryString, capability, http.RequestAborted);
                await inner(context);
            };
        });
        return services;
    }
}
