using System.Net;
using System.Text;
using Haven.Domain.Access;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Authorisation;

/// <summary>
/// Who may open every page: each Razor page route, signed out and as each of the eight roles, against
/// <see cref="RolePageMatrix.Expected"/>. A change in who may open what, or a new page, fails here until the
/// table is changed on purpose. The pages are opened on a real, unrestricted child so the record's own access
/// rules do not hide a role rule.
/// </summary>
public abstract class RolePageMatrixTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    [Fact]
    public async Task Each_role_can_open_exactly_the_pages_in_the_matrix()
    {
        var owner = await app.CreateUserAsync("Matrix Owner", Role.SocialWorker);
        var child = await app.RegisterAsync(owner, "Matrix", "Child", new DateOnly(2016, 6, 6));
        var routes = PageRoutes(app.Services);

        var columns = new List<Dictionary<string, char>> { await OutcomesAsync(app.CreateClient(new() { AllowAutoRedirect = false }), routes, child.Id) };
        foreach (var role in Enum.GetValues<Role>())
        {
            var client = await app.SignInAsync(await app.CreateUserAsync($"Matrix {role}", role));
            columns.Add(await OutcomesAsync(client, routes, child.Id));
        }

        var actual = RolePageMatrix.Format(routes.Select(route => (route, columns.Select(c => c[route]).ToArray())));
        var differences = RolePageMatrix.Differences(RolePageMatrix.Expected, actual);
        Assert.True(differences.Count == 0,
            "Who may open which page changed. Differences (expected / actual):\n" + string.Join("\n", differences) + "\n\nWhole matrix now:\n" + actual);
    }

    /// <summary>Every Razor page's route template, from the app's own endpoints.</summary>
    internal static List<string> PageRoutes(IServiceProvider services) =>
        [.. services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Distinct().Order(StringComparer.Ordinal)];

    private static async Task<Dictionary<string, char>> OutcomesAsync(HttpClient client, List<string> routes, Guid personId)
    {
        var outcomes = new Dictionary<string, char>();
        foreach (var route in routes)
        {
            var response = await client.GetAsync(RolePageMatrix.Url(route, personId));
            outcomes[route] = RolePageMatrix.Outcome(response.StatusCode, response.Headers.Location);
        }
        return outcomes;
    }
}

public sealed class RolePageMatrixTestsOnSqlite(SqliteAppFactory app) : RolePageMatrixTests<SqliteAppFactory>(app);

/// <summary>The expected matrix and how a response is read into it.</summary>
internal static partial class RolePageMatrix
{
    public const char SentToSignIn = 'S';
    public const char Opens = 'Y';
    public const char Refused = 'N';

    /// <summary>Fills a route template: the child's id for {personId}, made-up values for the rest.</summary>
    public static string Url(string template, Guid personId)
    {
        var segments = template.Split('/').Select(segment =>
        {
            if (!segment.StartsWith('{'))
            {
                return segment;
            }
            var name = segment.Trim('{', '}').Split(':')[0].TrimEnd('?');
            if (segment.EndsWith("?}", StringComparison.Ordinal))
            {
                return "";
            }
            return name switch
            {
                "personId" => personId.ToString(),
                "format" => "csv",
                _ when segment.Contains(":guid", StringComparison.Ordinal) => "7e57c0de-0000-4000-8000-000000000001",
                _ => "x",
            };
        });
        return string.Join('/', segments).TrimEnd('/') is { Length: > 0 } url ? url : "/";
    }

    /// <summary>
    /// Refused means sent to "access denied" (the page's role rule) or to the record's "no access" page (which
    /// only a role that cannot see records at all reaches, on an unrestricted child). The "no access" page itself
    /// answers 403 with its explanation: that counts as opening it.
    /// </summary>
    public static char Outcome(HttpStatusCode status, Uri? location)
    {
        // The sign-in challenge and "access denied" redirects are absolute; a page's own redirects are relative.
        var to = location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
        if (status == HttpStatusCode.Redirect && to.StartsWith("/sign-in?", StringComparison.Ordinal))
        {
            return SentToSignIn;
        }
        if (status == HttpStatusCode.Redirect
            && (to.StartsWith("/access-denied", StringComparison.Ordinal) || to.Contains("/no-access", StringComparison.Ordinal)))
        {
            return Refused;
        }
        return Opens;
    }

    public const string Header = "# out SW TM SM IRO BS PA Aud Adm  page";

    public static string Format(IEnumerable<(string Route, char[] Outcomes)> rows)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (route, outcomes) in rows)
        {
            text.Append("  ").AppendJoin("", outcomes.Select((o, i) => o.ToString().PadRight(Widths[i]))).Append(' ').Append(route).Append('\n');
        }
        return text.ToString();
    }

    private static readonly int[] Widths = [4, 3, 3, 3, 4, 3, 3, 4, 4];

    public static List<string> Differences(string expected, string actual)
    {
        static Dictionary<string, string> Rows(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#')).ToDictionary(l => l.Trim()[(l.Trim().LastIndexOf(' ') + 1)..], l => l.Trim());
        var want = Rows(expected);
        var got = Rows(actual);
        return [.. want.Keys.Union(got.Keys).Order(StringComparer.Ordinal)
            .Where(route => want.GetValueOrDefault(route) != got.GetValueOrDefault(route))
            .Select(route => $"  {want.GetValueOrDefault(route) ?? "(no row) " + route}\n  {got.GetValueOrDefault(route) ?? "(no page) " + route}")];
    }
}
