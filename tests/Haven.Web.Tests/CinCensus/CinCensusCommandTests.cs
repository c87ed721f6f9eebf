using Haven.Data;
using Haven.Domain.CinCensus;
using Haven.Domain.Events;
using Haven.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.CinCensus;

/// <summary>`./haven cin-census export|validate|import` run as the command line runs them, on throwaway SQLite files.</summary>
public sealed class CinCensusCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("haven-cin-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathTo(string name) => Path.Combine(_dir, name);

    [Fact]
    public async Task Export_validate_and_import_work_from_the_command_line_and_import_is_idempotent()
    {
        var source = PathTo("source.db");
        Assert.Equal(0, await HavenCommandLine.RunAsync(["seed", "--children", "150", "--seed", "7", "--database", source]));
        var xml = PathTo("census.xml");
        Assert.Equal(0, await HavenCommandLine.RunAsync(["cin-census", "export", "--year", "2026", "--database", source, "--out", xml]));
        Assert.StartsWith("<?xml", await File.ReadAllTextAsync(xml), StringComparison.Ordinal);
        // The file left Haven: audited as a download from the page is, naming the command line as the actor.
        await using (var db = HavenDatabase.Parse(source).CreateContext())
        {
            var exported = await db.AuditEvents.SingleAsync(e => e.Type == AuditEventTypes.Exported);
            Assert.Equal(("command-line", Path.GetFullPath(xml)), (exported.ActorUserId, exported.TargetId));
            Assert.StartsWith("Command line (", exported.ActorName, StringComparison.Ordinal);
        }

        var report = PathTo("issues.csv");
        var exit = await HavenCommandLine.RunAsync(["cin-census", "validate", xml, "--report", report]);
        CinValidationResult expected;
        await using (var input = File.OpenRead(xml))
        {
            expected = new CinCensusValidator().Validate(input);
        }
        var errors = expected.Issues.Count(i => i.Level == CinRuleLevel.Error);
        Assert.Equal(errors > 0 ? 1 : 0, exit);
        var lines = await File.ReadAllLinesAsync(report);
        Assert.Equal("child,rule,level,message,field,value", lines[0]);
        Assert.Equal(expected.Issues.Count, lines.Length - 1);

        var target = PathTo("target.db");
        Assert.Equal(0, await HavenCommandLine.RunAsync(["cin-census", "import", xml, "--database", target]));
        var (people, referrals) = await CountAsync(target);
        Assert.Equal(expected.ChildCount, people);
        Assert.True(referrals >= people);
        Assert.Equal(0, await HavenCommandLine.RunAsync(["cin-census", "import", xml, "--database", target]));
        Assert.Equal((people, referrals), await CountAsync(target));
    }

    [Fact]
    public async Task Validate_fails_with_exit_code_1_on_an_error_and_on_an_unreadable_file()
    {
        var bad = PathTo("bad.xml");
        await File.WriteAllTextAsync(bad, """
            <Message><Header><CollectionDetails><Collection>CIN</Collection><Year>2026</Year><ReferenceDate>2026-03-31</ReferenceDate></CollectionDetails></Header>
            <Children><Child><ChildIdentifiers><LAchildID>ONE</LAchildID><PersonBirthDate>2015-01-01</PersonBirthDate><Sex>X</Sex></ChildIdentifiers>
            <ChildCharacteristics><Ethnicity>WBRI</Ethnicity></ChildCharacteristics>
            <CINdetails><CINreferralDate>2025-05-01</CINreferralDate><ReferralSource>6</ReferralSource><PrimaryNeedCode>N1</PrimaryNeedCode><ReferralNFA>false</ReferralNFA></CINdetails></Child></Children></Message>
            """);
        var report = PathTo("bad.csv");
        Assert.Equal(1, await HavenCommandLine.RunAsync(["cin-census", "validate", bad, "--report", report]));
        Assert.Contains(await File.ReadAllLinesAsync(report), l => l.StartsWith("ONE,4180,Error,", StringComparison.Ordinal));

        var broken = PathTo("broken.xml");
        await File.WriteAllTextAsync(broken, "<Message><Children>");
        Assert.Equal(1, await HavenCommandLine.RunAsync(["cin-census", "validate", broken]));
        Assert.Equal(2, await HavenCommandLine.RunAsync(["cin-census", "validate", PathTo("missing.xml")]));
    }

    private static async Task<(int People, int Referrals)> CountAsync(string database)
    {
        await using var db = HavenDatabase.Parse(database).CreateContext();
        return (await db.People.CountAsync(), await db.Referrals.CountAsync());
    }
}
