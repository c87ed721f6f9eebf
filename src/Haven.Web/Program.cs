using Haven.Web.Cli;

/// <summary>
/// One entry point for the web app and the command line (`./haven demo|serve|migrate|seed|create-admin`).
/// With no command (as WebApplicationFactory starts it) it serves the app.
/// </summary>
public partial class Program
{
    public static Task<int> Main(string[] args) => HavenCommandLine.RunAsync(args);
}
