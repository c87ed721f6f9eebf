using Haven.Data.Demo;
using Haven.Web.Cli;

namespace Haven.Web.Tests.Account;

/// <summary>`./haven demo` lists the demo log-ins; a service's log must not keep the demo password (issue 11 item 14).</summary>
public sealed class DemoLoginsOutputTests
{
    [Fact]
    public void The_demo_password_is_not_written_when_output_goes_to_a_log()
    {
        var log = new StringWriter();
        HavenCommandLine.WriteDemoLogins(log, toTerminal: false);
        var terminal = new StringWriter();
        HavenCommandLine.WriteDemoLogins(terminal, toTerminal: true);

        Assert.Contains(DemoAuthorityGenerator.Logins[0].Email, log.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAuthorityGenerator.DemoPassword, log.ToString(), StringComparison.Ordinal);
        Assert.Contains(DemoAuthorityGenerator.DemoPassword, terminal.ToString(), StringComparison.Ordinal);
    }
}
