using System.Security.Claims;

namespace Haven.Web.Cli;

/// <summary>
/// Who an export run from the command line is, for the audit trail: nobody signs in there, so the actor is the
/// command line and the account that ran it, and the export is audited like a download from its page.
/// </summary>
internal static class CommandLineActor
{
    public static void ActFor(IServiceProvider services) =>
        services.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext
        {
            User = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.NameIdentifier, "command-line"), new Claim(CurrentUser.DisplayNameClaim, $"Command line ({Environment.UserName})")],
                "command-line")),
        };
}
