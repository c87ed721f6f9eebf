using System.Security.Claims;

namespace Haven.Web.Cli;

/// <summary>
/// Nobody signs in at the command line, but a file of children's data that a command writes has left Haven as surely
/// as a download from a page, so it is audited the same way. This makes the scope's current user "the command line",
/// named with the operating-system account that ran it, so <see cref="AuditTrail"/> records commands as it records pages.
/// </summary>
public static class CommandLineActor
{
    public const string UserId = "command-line";

    public static void ActAsCommandLine(this IServiceProvider scope) =>
        scope.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, UserId), new Claim(CurrentUser.DisplayNameClaim, $"Command line ({Environment.UserName})")],
                UserId)),
        };
}
