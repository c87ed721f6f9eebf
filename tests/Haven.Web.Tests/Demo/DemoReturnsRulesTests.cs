using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.CinCensus;
using Haven.Domain.Ssda903;
using Haven.Web.Cli;
using Haven.Web.Features.CinCensus;
using Haven.Web.Features.Ssda903;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Demo;

/// <summary>
/// Every generated authority passes the rules that recording refuses at entry: its CIN census, for the last whole year
/// and for the year in progress, has no error-level DfE rule, and its SSDA903 return has no issue, whatever the seed and
/// size (issue 18 item 8: seed 11 at 3,000 children once exported an unborn child referred 310 days before the expected
/// birth date, rule 8606, which a worker could not have saved). One error is left on purpose and allowed: rule 8540, a
/// child's disability not yet answered, which the demo leaves on one child in a hundred of those without a disability so
/// the census check shows it on a real record; recording does not refuse it (it is the child's, not an episode's).
/// Generated on SQLite; <see cref="DemoDeterminismTests"/> shows PostgreSQL makes the same authority.
/// </summary>
public sealed class DemoReturnsRulesTests
{
    /// <summary>The demo's deliberate census error: a disability not yet answered (see DemoBuilder's Disability).</summary>
    private const string LeftOnPurpose = "8540";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(3, 300)]
    [InlineData(7, 1_000)]
    [InlineData(11, 3_000)]
    public async Task The_census_has_no_error_and_the_903_no_issue(int seed, int children)
    {
        await using var app = new SqliteAppFactory();
        await app.InitializeAsync();
        await app.WithDbAsync(db => DemoAuthorityGenerator.GenerateAsync(db, new DemoOptions(children, seed, DemoDates.Today), new PasswordHasher<ApplicationUser>(),
            DemoDates.Today, DemoDates.NowUtc, null, Ct));
        using var scope = app.Services.CreateScope();
        scope.ServiceProvider.ActAsCommandLine();

        var problems = new List<string>();
        var checkedChildren = 0;
        // The last whole year, and the year in progress (a return's reference date is always 31 March: rule 100).
        foreach (var period in new[] { CensusPeriod.YearEnding(2026), CensusPeriod.YearEnding(2027) })
        {
            using var census = new MemoryStream();
            await scope.ServiceProvider.GetRequiredService<CinCensusExporter>().WriteAsync(census, period, Ct);
            census.Position = 0;
            var result = new CinCensusValidator().Validate(census);
            checkedChildren += result.ChildCount;
            problems.AddRange(result.Problems.Select(p => $"census to {period.End:yyyy-MM-dd}: {p}"));
            problems.AddRange(result.Issues.Where(i => i.Level == CinRuleLevel.Error && i.RuleId != LeftOnPurpose)
                .Select(i => $"census to {period.End:yyyy-MM-dd}: {i.RuleId} {i.LAchildID} {i.Field}={i.Value} ({i.Message})"));
        }

        var year = CensusPeriod.YearEnding(2026);
        var ssda903 = await scope.ServiceProvider.GetRequiredService<Ssda903Exporter>().BuildAsync(year, Ct);
        var read = Ssda903Reader.Read(Ssda903Writer.Files(ssda903));
        var checked903 = new Ssda903Validator().Validate(read, year, null);
        problems.AddRange(checked903.Problems.Select(p => $"903: {p}"));
        problems.AddRange(checked903.Issues.Select(i => $"903: {i.RuleId} {i.Child} {i.FileName} {i.Field}={i.Value} ({i.Message})"));

        // The census must have had children in it, or no errors would prove nothing.
        Assert.True(checkedChildren > children / 20, $"Only {checkedChildren} children in the censuses");
        Assert.NotEmpty(ssda903.Episodes);
        Assert.True(problems.Count == 0, $"{problems.Count} problems, e.g.:\n" + string.Join("\n", problems.Take(20)));
    }
}
