using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Antiforgery;

namespace Haven.Web.Infrastructure.Sessions;

/// <summary>A form kept across a timeout: where it was going and what was typed, field by field.</summary>
public sealed record KeptFormContent(string PostedTo, IReadOnlyList<KeyValuePair<string, string>> Fields);

/// <summary>
/// Keeps what a user posted after their session timed out, so that after signing in again they can send it with
/// nothing lost (decision 0009). Kept only when the post carries an antiforgery token issued to that same user in
/// that session, so another site cannot plant a form; shown only to that user, once, within a day.
/// </summary>
public sealed class KeptForms(HavenDbContext db, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, TimeProvider clock)
{
    /// <summary>Larger posts (only uploads are this large) are not kept: files cannot be sent again without the user.</summary>
    private const long MaxBytes = 512 * 1024;

    public static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    public static string UrlFor(Guid id) => $"/account/kept-form/{id}";

    /// <summary>Keeps the request's form for <paramref name="timedOutUser"/>; the kept form's id, or null if it was not kept.</summary>
    public async Task<Guid?> KeepAsync(HttpContext http, ClaimsPrincipal timedOutUser, CancellationToken ct)
    {
        var request = http.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType || request.ContentLength is null or > MaxBytes
            || timedOutUser.FindFirstValue(ClaimTypes.NameIdentifier) is not { Length: > 0 } userId)
        {
            return null;
        }
        var form = await request.ReadFormAsync(ct);
        if (form.Files.Count > 0 || !await IsTokenFromAsync(http, timedOutUser))
        {
            return null;
        }
        var tokenField = antiforgeryOptions.Value.FormFieldName;
        var fields = form.Where(f => f.Key != tokenField)
            .SelectMany(f => f.Value.Select(v => new KeyValuePair<string, string>(f.Key, v ?? "")))
            .ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        var stale = now - KeptFor;
        await db.KeptForms.Where(f => f.KeptAtUtc < stale).ExecuteDeleteAsync(ct);
        var kept = new KeptForm
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            PostedTo = $"{request.PathBase}{request.Path}{request.QueryString}",
            FieldsJson = JsonSerializer.Serialize(fields),
            KeptAtUtc = now,
        };
        db.KeptForms.Add(kept);
        await db.SaveChangesAsync(ct);
        return kept.Id;
    }

    /// <summary>The user's kept form, removed from the server as it is handed back; null if it is not theirs or has gone.</summary>
    public async Task<KeptFormContent?> TakeAsync(Guid id, string userId, CancellationToken ct)
    {
        var stale = clock.GetUtcNow().UtcDateTime - KeptFor;
        var kept = await db.KeptForms.FirstOrDefaultAsync(f => f.Id == id && f.UserId == userId && f.KeptAtUtc >= stale, ct);
        if (kept is null)
        {
            return null;
        }
        db.KeptForms.Remove(kept);
        await db.SaveChangesAsync(ct);
        return new(kept.PostedTo, JsonSerializer.Deserialize<List<KeyValuePair<string, string>>>(kept.FieldsJson) ?? []);
    }

    /// <summary>The request is signed out by now, so its token is checked as the user the session belonged to.</summary>
    private async Task<bool> IsTokenFromAsync(HttpContext http, ClaimsPrincipal user)
    {
        var signedOut = http.User;
        http.User = user;
        try
        {
            return await antiforgery.IsRequestValidAsync(http);
        }
        finally
        {
            http.User = signedOut;
        }
    }
}
