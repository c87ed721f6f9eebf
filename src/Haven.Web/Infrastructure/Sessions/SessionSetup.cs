using System.Security.Claims;
using Haven.Web.Infrastructure.Authorisation;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Haven.Web.Infrastructure.Sessions;

/// <summary>Sessions held in the database, the idle timeout and lifetime, and what the timeout warning asks the server.</summary>
public static class SessionSetup
{
    public static IServiceCollection AddHavenSessions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SessionOptions>().Bind(configuration.GetSection(SessionOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SessionStore>();
        services.AddScoped<KeptForms>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionStore, IOptions<SessionOptions>>((cookie, store, sessions) =>
            {
                cookie.SessionStore = store;
                // The store judges idle time and lifetime on every request; the cookie itself never slides, and
                // is a browser-session cookie that also expires at the end of the lifetime.
                cookie.ExpireTimeSpan = sessions.Value.AbsoluteLifetime;
                cookie.SlidingExpiration = false;
                var redirectToSignIn = cookie.Events.OnRedirectToLogin;
                cookie.Events.OnRedirectToLogin = async context =>
                {
                    if (context.HttpContext.Items[SessionStore.TimedOutUser] is ClaimsPrincipal timedOut)
                    {
                        context.RedirectUri = await TimedOutSignInUrlAsync(context.HttpContext, timedOut);
                    }
                    await redirectToSignIn(context);
                };
            });
        return services;
    }

    /// <summary>Sign-in saying why; back afterwards to the page, or to the form they posted, kept for them.</summary>
    private static async Task<string> TimedOutSignInUrlAsync(HttpContext http, ClaimsPrincipal timedOut)
    {
        var request = http.Request;
        var kept = await http.RequestServices.GetRequiredService<KeptForms>().KeepAsync(http, timedOut, http.RequestAborted);
        var returnUrl = kept is { } id ? $"{request.PathBase}{KeptForms.UrlFor(id)}" : $"{request.PathBase}{request.Path}{request.QueryString}";
        return $"{request.Scheme}://{request.Host}{request.PathBase}/sign-in?timedOut=true&ReturnUrl={Uri.EscapeDataString(returnUrl)}";
    }

    /// <summary>How long is left (asking is not activity), and "Stay signed in" (which is), for the timeout warning.</summary>
    public static IEndpointRouteBuilder MapHavenSessions(this IEndpointRouteBuilder app)
    {
        app.MapGet(SessionStore.StatusPath, (HttpContext http, TimeProvider clock) =>
        {
            // Rounded up: 0 means the session has ended, never "less than a second left" (the warning's script
            // sends a typed-in form only once the session has ended, so that it is kept rather than saved half done).
            var left = http.User.Identity?.IsAuthenticated == true && http.Items[SessionStore.EndsAt] is DateTime ends
                ? Math.Max(1, (int)Math.Ceiling((ends - clock.GetUtcNow().UtcDateTime).TotalSeconds))
                : 0;
            return Results.Json(new { secondsLeft = left });
        }).AllowAnonymous();
        app.MapPost(SessionStore.KeepAlivePath, async (HttpContext http, IAntiforgery antiforgery) =>
            await antiforgery.IsRequestValidAsync(http) ? Results.NoContent() : Results.BadRequest())
            .RequireAuthorization(Capabilities.AnyoneSignedIn);
        return app;
    }
}
