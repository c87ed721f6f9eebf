using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.ChildProtection;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Web.Cli;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Performance;

/// <summary>
/// The scorecard computed from the record on both databases: its page, the children behind a figure (through the
/// list access filter), targets and their rules, commentary, and the CSV and Excel exports from the page and the
/// command line, each audited. Each test uses its own reporting years, two apart (an authority's earlier referrals fall in the year before), so
/// the tests sharing a database do not meet.
/// </summary>
public abstract class ScorecardTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory, new()
{
    private sealed record Authority(Person Amy, Person Ben, Person Cara);

    /// <summary>
    /// Three children referred in the first quarter of the year ending March <paramref name="yearEnding"/>: Amy 364 days
    /// after her last referral (a re-referral), Ben 366 days after his (not one), and Cara, whose record is restricted.
    /// Amy also ends a child protection plan of exactly two years in the quarter.
    /// </summary>
    private async Task<Authority> AuthorityAsync(int yearEnding, string name)
    {
        var worker = await app.CreateUserAsync($"Scorecard Worker {name}", Role.SocialWorker);
        var start = new DateOnly(yearEnding - 1, 5, 1);
        var amy = await app.RegisterAsync(worker, "Amy", $"{name}Reref", new DateOnly(2010, 1, 1));
        var ben = await app.RegisterAsync(worker, "Ben", $"{name}Notreref", new DateOnly(2010, 1, 1));
        var cara = await app.RegisterAsync(worker, "Cara", $"{name}Restricted", new DateOnly(2010, 1, 1));
        await app.WithDbAsync(async db =>
        {
            Referral Referral(Person p, DateOnly on, DateOnly? closed) =>
                new() { Id = Guid.NewGuid(), PersonId = p.Id, ReferralDate = on, ClosedOn = closed, SourceCode = "1A", PrimaryNeedCode = "N1" };
            var amyEarlier = Referral(amy, start.AddDays(-364), start.AddDays(-300));
            db.Referrals.AddRange(
                amyEarlier, Referral(amy, start, null),
                Referral(ben, start.AddDays(-366), start.AddDays(-300)), Referral(ben, start, null),
                Referral(cara, start.AddDays(1), null));
            db.ChildProtectionPlans.Add(new ChildProtectionPlan
            {
                Id = Guid.NewGuid(), PersonId = amy.Id, ReferralId = amyEarlier.Id, StartDate = start.AddYears(-2), EndDate = start,
                InitialCategory = "NEG", LatestCategory = "NEG", EndReason = PlanEndReason.NoLongerNeeded,
            });
            (await db.People.SingleAsync(p => p.Id == cara.Id)).IsRestricted = true;
            await db.SaveChangesAsync();
        });
        return new Authority(amy, ben, cara);
    }

    private static string Label(int yearEnding) => $"{yearEnding - 1}-{yearEnding % 100:00}";

    [Fact]
    public async Task The_scorecard_shows_each_figure_and_its_children_through_the_list_filter_with_an_audited_download()
    {
        var children = await AuthorityAsync(2019, "List");
        var manager = await app.CreateUserAsync("Scorecard Manager", Role.ServiceManager);
        var client = await app.SignInAsync(manager);

        var page = await client.GetDocumentAsync("/performance/scorecard?year=2019");
        Assert.Equal("Strategic performance scorecard 2018-19", page.QuerySelector("h1")!.TextContent.Trim());
        var reReferrals = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("K04", StringComparison.Ordinal));
        // Cells: two outturns, target, former NI, service plan, comparators, then Q1.
        Assert.Equal("33.3%", reReferrals.QuerySelectorAll("td")[6].QuerySelector("a")!.TextContent.Trim());

        var drill = await client.GetDocumentAsync("/performance/scorecard/K04?period=2018-19%20Q1");
        var main = Html.MainText(drill);
        Assert.Contains("1 of 3", main, StringComparison.Ordinal);
        var numerator = drill.QuerySelector("#numerator + table, #numerator ~ table")!;
        Assert.Contains($"/people/{children.Amy.Id}", numerator.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(children.Ben.LastName, numerator.TextContent, StringComparison.Ordinal);
        // The restricted child is counted, but a manager not named on her record sees "Restricted record", never her name.
        Assert.Contains("Restricted record", main, StringComparison.Ordinal);
        Assert.DoesNotContain(children.Cara.LastName, drill.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var csv = await client.GetAsync("/performance/scorecard/K04?period=2018-19%20Q1&download=denominator");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var text = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        Assert.StartsWith("Child,Date,Counted as", text, StringComparison.Ordinal);
        Assert.Contains(children.Ben.LastName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(children.Cara.LastName, text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == manager.Id && e.TargetName.StartsWith("scorecard K04 2018-19 Q1"))));
    }

    [Fact]
    public async Task An_analyst_sees_the_figures_but_not_the_children_and_a_social_worker_cannot_open_the_scorecard()
    {
        await AuthorityAsync(2021, "Analyst");
        var analyst = await app.CreateUserAsync("Scorecard Analyst", Role.PerformanceAnalyst);
        var client = await app.SignInAsync(analyst);
        var drill = await client.GetDocumentAsync("/performance/scorecard/K02?period=2020-21");
        Assert.Contains("Your role sees the figures, not the children", Html.MainText(drill), StringComparison.Ordinal);
        Assert.Null(drill.QuerySelector("#numerator"));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/performance/scorecard/K02?period=2020-21&download=numerator")).StatusCode);

        var worker = await app.SignInAsync(await app.CreateUserAsync("Scorecard Outsider", Role.SocialWorker));
        var refused = await worker.GetAsync("/performance/scorecard");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
    }

    [Fact]
    public async Task A_target_set_with_its_tolerance_rates_the_quarter_by_its_polarity_and_the_workbook_reads_back()
    {
        await AuthorityAsync(2017, "Target");
        var analyst = await app.CreateUserAsync("Target Setter", Role.PerformanceAnalyst);
        var client = await app.SignInAsync(analyst);
        var form = await client.GetFormAsync("/performance/targets?year=2017");

        var refused = await client.PostFormAsync("/performance/targets?year=2017", form,
            new() { ["IndicatorId"] = "K19", ["Quarter"] = "0", ["Target"] = "five", ["AmberWithin"] = "2" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var refusedDoc = await refused.ReadDocumentAsync();
        Assert.Equal("Enter the target as a number, like 85", Html.InlineError(refusedDoc, "Target"));
        Assert.Equal("five", Html.Value(refusedDoc, "Target"));
        Assert.False(await app.WithDbAsync(db => db.ScorecardTargets.AnyAsync(t => t.YearEnding == 2017)));

        var tooHigh = await client.PostFormAsync("/performance/targets?year=2017", form,
            new() { ["IndicatorId"] = "K19", ["Quarter"] = "0", ["Target"] = "120", ["AmberWithin"] = "2" });
        Assert.Equal(HttpStatusCode.BadRequest, tooHigh.StatusCode);
        Assert.Equal("Enter a target from 0 to 100%", Html.InlineError(await tooHigh.ReadDocumentAsync(), "Target"));

        // "Below 5%" with 2 points of amber: Amy's plan of exactly two years is 1 of 1 plans ended in Q1, so 100%: red.
        var set = await client.PostFormAsync("/performance/targets?year=2017", form,
            new() { ["IndicatorId"] = "K19", ["Quarter"] = "0", ["Target"] = "5", ["AmberWithin"] = "2" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        var audit = await app.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Type == AuditEventTypes.ScorecardTargetSet && e.ActorUserId == analyst.Id));
        Assert.Equal("Green when 5% or less, amber up to 7%, red above 7%", Assert.Single(audit.Changes).NewValue);

        var page = await client.GetDocumentAsync("/performance/scorecard?year=2017");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("K19", StringComparison.Ordinal));
        Assert.Contains("Green when 5% or less, amber up to 7%, red above 7%", row.TextContent, StringComparison.Ordinal);
        // Cells: two outturns, target, former NI, service plan, comparators, then Q1.
        Assert.Equal("Red", row.QuerySelectorAll("td")[6].QuerySelector(".govuk-tag")!.TextContent.Trim());

        var xlsx = await client.GetAsync("/performance/scorecard?year=2017&download=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var rows = MiniExcelLibs.MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX)
            .Cast<IDictionary<string, object>>().ToList();
        Assert.Contains(rows, r => (r["Key Performance or Outcome Description"] as string ?? "").StartsWith("DCHI 004", StringComparison.Ordinal));
        var k19 = rows.Single(r => (r["Key Performance or Outcome Description"] as string ?? "").StartsWith("K19 ", StringComparison.Ordinal));
        Assert.Equal("5% or less", k19["2016-17 Target"]);
        Assert.Equal("64", k19["Previous National Indicator Set"]?.ToString());
        Assert.Equal("5% or less", k19["(April - June) Target"]);
        Assert.Equal("100% (red)", k19["(April - June) Actual RAG Rated"]);
        Assert.Contains(rows[0].Keys, k => k == "2014-15 outturn");
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == analyst.Id && e.TargetId == "scorecard-2016-17.xlsx")));
    }

    private static async Task<HttpResponseMessage> ImportComparatorsAsync(HttpClient client, Dictionary<string, string> form, string csv)
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in form)
        {
            content.Add(new StringContent(value), name);
        }
        content.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "Upload", "comparators.csv");
        return await client.PostAsync("/performance/comparators?handler=Import", content);
    }

    [Fact]
    public async Task Comparators_and_the_child_population_are_imported_whole_audited_and_compare_like_with_like_on_the_scorecard()
    {
        // Scorecard 2010-11: outturns for 2008-09 and 2009-10; Amy's and Ben's earlier referrals (around 1 May 2009,
        // closed that July) fall in 2009-10.
        await AuthorityAsync(2011, "Compare");
        var analyst = await app.CreateUserAsync("Comparator Importer", Role.PerformanceAnalyst);
        var client = await app.SignInAsync(analyst);
        var form = await client.GetFormAsync("/performance/comparators?year=2010");

        var bad = await ImportComparatorsAsync(client, form, "indicator,year,area,value\nK04,2009-10,N,22\nK04,2009-10,Wales,20\n");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("The file was not imported: Line 3: \"Wales\" is not an area: use N, SN or a region code (NE, NW, YH, EM, WM, EE, L, SE, SW)",
            Html.InlineError(await bad.ReadDocumentAsync(), "Upload"));
        Assert.False(await app.WithDbAsync(db => db.ScorecardComparators.AnyAsync(c => c.YearEnding == 2010)));

        var good = await ImportComparatorsAsync(client, form, "indicator,year,area,value\nK04,2009-10,N,22\nK04,2009-10,SN,0.5\nK11,2009-10,N,330\n");
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(3, await app.WithDbAsync(db => db.ScorecardComparators.CountAsync(c => c.YearEnding == 2010)));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.ScorecardComparatorsImported && e.ActorUserId == analyst.Id)));

        // A corrected table for the year replaces the year's figures whole.
        var again = await ImportComparatorsAsync(client, form, "indicator,year,area,value\nK04,2009-10,N,21.5\nK04,2009-10,SN,0.5\nK11,2009-10,N,330\n");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(21.5m, await app.WithDbAsync(db => db.ScorecardComparators.Where(c => c.YearEnding == 2010 && c.IndicatorId == "K04" && c.Area == "N").Select(c => c.Value).SingleAsync()));

        var typo = await client.PostFormAsync("/performance/comparators?handler=Population", form, new() { ["PopulationYear"] = "2010", ["Children"] = "six thousand" });
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        var typoDoc = await typo.ReadDocumentAsync();
        Assert.Equal("Enter the number of children as a whole number, like 66157", Html.InlineError(typoDoc, "Children"));
        Assert.Equal("six thousand", Html.Value(typoDoc, "Children"));
        var set = await client.PostFormAsync("/performance/comparators?handler=Population", form, new() { ["PopulationYear"] = "2010", ["Children"] = "1,000" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
        Assert.Equal(1000, await app.WithDbAsync(db => db.ChildPopulations.Where(p => p.YearEnding == 2010).Select(p => p.Children).SingleAsync()));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.ChildPopulationSet && e.ActorUserId == analyst.Id)));

        var page = await client.GetDocumentAsync("/performance/scorecard?year=2011");
        string Comparators(string id) => page.QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector("th")!.TextContent.Contains(id, StringComparison.Ordinal)).QuerySelectorAll("td")[5].TextContent;
        // K04 in 2009-10: of the authority's referrals that year (Amy's, Ben's), none was a re-referral: 0%, better than
        // England's 21.5% (fewer re-referrals is better) and in line with the neighbours' 0.5%.
        var k04 = Comparators("K04");
        Assert.Contains("N : 21.5% below", k04, StringComparison.Ordinal);
        Assert.Contains("2009-10, better (ours 0%)", k04, StringComparison.Ordinal);
        Assert.Contains("SN : 0.5% inline", k04, StringComparison.Ordinal);
        // K11 at 31 March 2010: the children with an episode open then, as a rate per 10,000 of the 1,000 children set
        // for the year (counted from the database, as other tests' children share it).
        var open = await app.WithDbAsync(db => db.Referrals.Where(r => r.ReferralDate <= new DateOnly(2010, 3, 31) && (r.ClosedOn == null || r.ClosedOn > new DateOnly(2010, 3, 31)))
            .Select(r => r.PersonId).Distinct().CountAsync());
        Assert.Contains($"(ours {10_000m * open / 1000:0.#} per 10,000)", Comparators("K11"), StringComparison.Ordinal);

        var xlsx = await client.GetAsync("/performance/scorecard?year=2011&download=xlsx");
        var rows = MiniExcelLibs.MiniExcel.Query(await xlsx.Content.ReadAsStreamAsync(), useHeaderRow: true, excelType: MiniExcelLibs.ExcelType.XLSX)
            .Cast<IDictionary<string, object>>().ToList();
        var k04Row = rows.Single(r => (r["Key Performance or Outcome Description"] as string ?? "").StartsWith("K04 ", StringComparison.Ordinal));
        Assert.Equal("N : 21.5% below, SN : 0.5% inline", k04Row["Comparative data"]);
    }

    [Fact]
    public async Task Commentary_is_kept_per_quarter_with_its_author_and_shown_on_the_scorecard()
    {
        await AuthorityAsync(2015, "Comment");
        var manager = await app.CreateUserAsync("Commenting Manager", Role.ServiceManager);
        var client = await app.SignInAsync(manager);
        var url = "/performance/scorecard/K04?period=2014-15%20Q1";
        var form = await client.GetFormAsync(url);

        var empty = await client.PostFormAsync(url, form, new() { ["Commentary"] = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("Enter the commentary", Html.InlineError(await empty.ReadDocumentAsync(), "Commentary"));

        var added = await client.PostFormAsync(url, form, new() { ["Commentary"] = "One child re-referred; the front door reviewed the earlier closure." });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var saved = await app.WithDbAsync(db => db.ScorecardCommentary.SingleAsync(c => c.YearEnding == 2015));
        Assert.Equal((1, "K04", "Commenting Manager"), (saved.Quarter, saved.IndicatorId, saved.AuthorName));
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.ScorecardCommentaryAdded && e.ActorUserId == manager.Id)));

        var page = await client.GetDocumentAsync("/performance/scorecard?year=2015");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("K04", StringComparison.Ordinal));
        Assert.Contains("the front door reviewed the earlier closure", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Commenting Manager", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_csv_export_from_the_page_and_the_command_line_has_a_row_per_indicator_and_period_and_quarters_add_up()
    {
        await AuthorityAsync(2013, "Export");
        var analyst = await app.CreateUserAsync("Export Analyst", Role.PerformanceAnalyst);
        var client = await app.SignInAsync(analyst);
        var fromPage = (await client.GetStringAsync("/performance/scorecard?year=2013&download=csv")).TrimStart('\uFEFF');
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == analyst.Id && e.TargetId == "scorecard-2012-13.csv")));

        var path = Path.Combine(Path.GetTempPath(), $"scorecard-{Guid.NewGuid():N}.csv");
        try
        {
            Assert.Equal(0, await HavenCommandLine.RunAsync(["scorecard", "export", "--year", "2013", "--format", "csv", "--out", path, "--database", app.Database]));
            var fromCommand = (await File.ReadAllTextAsync(path)).TrimStart('\uFEFF');
            Assert.Equal(fromPage, fromCommand);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == "command-line" && e.TargetName == "scorecard 2012-13 (csv)")));

        var lines = fromPage.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("indicator,period,numerator,denominator,value", lines[0]);
        Assert.Contains("K04,2012-13 Q1,1,3,33.3", lines);
        Assert.Contains("K19,2012-13,1,1,100", lines);
        var cells = lines.Skip(1).Select(l => l.Split(',')).ToList();
        int Numerator(string indicator, string period) => int.Parse(cells.Single(c => c[0] == indicator && c[1] == period)[2], System.Globalization.CultureInfo.InvariantCulture);
        foreach (var indicator in new[] { "K02", "K04", "K19" })
        {
            Assert.Equal(Numerator(indicator, "2012-13"), Enumerable.Range(1, 4).Sum(q => Numerator(indicator, $"2012-13 Q{q}")));
        }
        Assert.Equal(3, Numerator("K02", "2012-13"));
        Assert.Contains(cells, c => c[1] == "2012-13 Q3 YTD");
    }
}

public sealed class ScorecardTestsOnSqlite(SqliteAppFactory app) : ScorecardTests<SqliteAppFactory>(app);

[Trait("Database", "PostgreSQL")]
public sealed class ScorecardTestsOnPostgres(PostgresAppFactory app) : ScorecardTests<PostgresAppFactory>(app);
