using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Haven.Web.Infrastructure.Sessions;

/// <summary>
/// Keeps each sign-in's ticket in the database (decision 0009), so the cookie holds only a random key: signing out
/// deletes the row and a copy of the cookie stops working at once, on every instance and after a restart. The idle
/// timeout and the absolute lifetime are judged here, from the row, on every request.
/// </summary>
public sealed class SessionStore(IServiceScopeFactory scopes, TimeProvider clock, IOptions<SessionOptions> options) : ITicketStore
{
    /// <summary>HttpContext item: the principal of a session that has just timed out (to keep a form it posted).</summary>
    public const string TimedOutUser = "haven:timed-out-user";

    /// <summary>HttpContext item: when this request's session ends unless there is activity (UTC).</summary>
    public const string EndsAt = "haven:session-ends";

    public const string StatusPath = "/session/status";
    public const string KeepAlivePath = "/session/keep-alive";

    private static readonly TicketSerializer Serializer = TicketSerializer.Default;

    private SessionOptions Options => options.Value;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, null!, CancellationToken.None);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        var now = Now;
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        // Rows of sessions long past both limits are of no further use (not even to keep a form): clear them here,
        // at sign-in, rather than with a background job.
        var dead = now - Options.AbsoluteLifetime;
        await db.SignInSessions.Where(s => s.LastActiveAtUtc < dead).ExecuteDeleteAsync(cancellationToken);
        db.SignInSessions.Add(new SignInSession
        {
            Id = key,
            UserId = UserIdOf(ticket),
            Ticket = Serializer.Serialize(ticket),
            SignedInAtUtc = now,
            LastActiveAtUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, null!, CancellationToken.None);

    /// <summary>The cookie handler renews after Identity refreshes the claims; the lifetime still counts from the first sign-in.</summary>
    public async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var bytes = Serializer.Serialize(ticket);
        var userId = UserIdOf(ticket);
        // A session signed out meanwhile stays signed out: only an existing row is updated.
        await db.SignInSessions.Where(s => s.Id == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.UserId, userId), cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, null!, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        var session = await db.SignInSessions.FirstOrDefaultAsync(s => s.Id == key, cancellationToken);
        if (session is null)
        {
            return null;
        }
        var ticket = Serializer.Deserialize(session.Ticket);
        if (ticket is null)
        {
            return null;
        }
        var now = Now;
        var path = httpContext?.Request.Path ?? default;
        if (now - session.LastActiveAtUtc >= Options.IdleTimeout || now - session.SignedInAtUtc >= Options.AbsoluteLifetime)
        {
            // Timed out for good: the row is kept (until the next clear-up) only so that a form this user posts now
            // can be kept for them; it never authenticates again.
            httpContext?.Items[TimedOutUser] = ticket.Principal;
            return null;
        }
        // Asking how long is left is not activity; everything else is. Writing at most every 1/30 of the
        // timeout (a minute for 30 minutes) keeps one write from every request.
        var keepAlive = path.Equals(KeepAlivePath, StringComparison.OrdinalIgnoreCase);
        if (!path.Equals(StatusPath, StringComparison.OrdinalIgnoreCase)
            && (keepAlive || now - session.LastActiveAtUtc >= Options.IdleTimeout / 30))
        {
            session.LastActiveAtUtc = now;
            await db.SaveChangesAsync(cancellationToken);
        }
        httpContext?.Items[EndsAt] = Min(session.LastActiveAtUtc + Options.IdleTimeout, session.SignedInAtUtc + Options.AbsoluteLifetime);
        return ticket;
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, null!, CancellationToken.None);

    public async Task RemoveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
        await db.SignInSessions.Where(s => s.Id == key).ExecuteDeleteAsync(cancellationToken);
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static string UserIdOf(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
}
