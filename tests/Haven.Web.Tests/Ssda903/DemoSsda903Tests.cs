using Haven.Domain.Ssda903;
using Haven.Web.Cli;

namespace Haven.Web.Tests.Ssda903;

/// <summary>
/// The demo authority's SSDA903 return for the last whole year passes Haven's 903 rules, and carries the files made
/// from the care leaver, adoption and permanence records: every child adopted in the year has its ad1 row (what the
/// DfE's rule 601 asks), care leavers are in oc3, and previous permanence is answered for the children who came into care.
/// </summary>
public sealed class DemoSsda903Tests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("haven-demo-903-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task The_demo_return_passes_the_rules_and_fills_the_care_leaver_adoption_and_permanence_files()
    {
        var database = Path.Combine(_dir, "demo.db");
        Assert.Equal(0, await HavenCommandLine.RunAsync(["seed", "--children", "600", "--database", database]));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var year = (today.Month >= 4 ? today.Year : today.Year - 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var folder = Path.Combine(_dir, "SSDA903");
        Assert.Equal(0, await HavenCommandLine.RunAsync(["ssda903", "export", "--year", year, "--database", database, "--out", folder]));

        var report = Path.Combine(_dir, "issues.csv");
        var exit = await HavenCommandLine.RunAsync(["ssda903", "validate", folder, "--year", year, "--report", report]);
        var issues = (await File.ReadAllLinesAsync(report)).Skip(1).Take(10).ToList();
        Assert.True(exit == 0 && issues.Count == 0, string.Join("; ", issues));

        var read = Ssda903Reader.Read(Directory.GetFiles(folder).Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
        var ssda903 = read.Return;
        Assert.NotEmpty(ssda903.Oc3);
        Assert.NotEmpty(ssda903.PlacedForAdoption);
        Assert.NotEmpty(ssda903.PreviousPermanence);
        var adopted = ssda903.Episodes.Where(e => e.Rec is "E11" or "E12").Select(e => e.Child).ToHashSet();
        Assert.Equal(adopted.Order(StringComparer.Ordinal), ssda903.Ad1.Select(a => a.Child).Order(StringComparer.Ordinal));
        // Care leavers in oc3 are in the header, and none is also looked after continuously (rule 187).
        Assert.All(ssda903.Oc3, o => Assert.Contains(ssda903.Header, h => h.Child == o.Child));
        Assert.DoesNotContain(ssda903.Oc3, o => ssda903.Oc2.Any(x => x.Child == o.Child));
    }
}
