using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Assessments;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.Events;
using Haven.Domain.People;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;
using static Haven.Web.Tests.WorkTray.CaseworkSeed;

namespace Haven.Web.Tests.Home;

/// <summary>
/// The home pages of the social worker, team manager and service manager on both databases, on Wednesday
/// 25 November 2026 (the test clock, so "this week" ends on Sunday 29 November). The case data is written through
/// the DbContext as the casework pages leave it (<see cref="CaseworkSeed"/>) and read back through "/".
/// </summary>
public abstract class HomePageTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    /// <summary>A list's rows as the text of each cell (links and hints included), by the list's id.</summary>
    private static List<List<string>> Rows(IHtmlDocument doc, string listId)
    {
        var heading = doc.GetElementById(listId) ?? throw new InvalidOperationException($"No list {listId}");
        var table = heading.NextElementSibling;
        while (table is not null && table.TagName != "TABLE" && table.TagName != "H2")
        {
            table = table.NextElementSibling;
        }
        return table is null || table.TagName != "TABLE"
            ? []
            : table.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td, th").Select(c => string.Join(" ", c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).ToList()).ToList();
    }

    private static string Heading(IHtmlDocument doc, string listId) => doc.GetElementById(listId)!.TextContent.Trim();

    private static string Link(IHtmlDocument doc, string listId, string text) =>
        doc.GetElementById(listId)!.ParentElement!.QuerySelectorAll($"a").First(a => a.TextContent.Trim() == text && IsIn(a, listId)).GetAttribute("href")!;

    /// <summary>True when <paramref name="element"/> is in the table that follows the heading with <paramref name="listId"/>.</summary>
    private static bool IsIn(AngleSharp.Dom.IElement element, string listId)
    {
        var table = element.Closest("table");
        var before = table?.PreviousElementSibling;
        while (before is not null && before.TagName != "H2")
        {
            before = before.PreviousElementSibling;
        }
        return before?.Id == listId;
    }

    private async Task<(ApplicationUser Manager, ApplicationUser Worker, ApplicationUser Other, Guid Team)> TeamAsync(string name)
    {
        var manager = await app.CreateUserAsync($"{name} Manager", Role.TeamManager);
        var team = await app.TeamAsync($"{name} {Guid.NewGuid():N}"[..24], manager.Id);
        var worker = await app.CreateUserAsync($"{name} Worker", Role.SocialWorker, team.Id);
        var other = await app.CreateUserAsync($"{name} Colleague", Role.SocialWorker, team.Id);
        return (manager, worker, other, team.Id);
    }

    private Task<Guid> CpPlanAsync(Person child, Guid episode) => AddPlanAsync(new ChildProtectionPlan
    {
        Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode, StartDate = D("2026-11-02"), InitialCategory = "NEG", LatestCategory = "NEG",
    });

    private async Task<Guid> AddPlanAsync(object plan)
    {
        await app.AddAsync(plan);
        return (Guid)plan.GetType().GetProperty("Id")!.GetValue(plan)!;
    }

    [Fact]
    public async Task A_social_worker_lands_on_their_day_with_work_children_drafts_and_changes_by_others()
    {
        var (_, worker, other, team) = await TeamAsync("Day");
        // Ben was registered by a colleague: that is a change on the worker's case by someone else.
        var ava = await app.RegisterAsync(worker, "Ava", "Dayton", D("2015-04-01"));
        var ben = await app.RegisterAsync(other, "Ben", "Dayton", D("2018-02-11"));
        var cara = await app.RegisterAsync(worker, "Cara", "Dayton", D("2012-09-30"));
        var dan = await app.RegisterAsync(other, "Dan", "Elsewhere", D("2014-01-15"));
        var gil = await app.RegisterAsync(worker, "Gil", "Hidden", D("2013-03-03"));
        foreach (var child in new[] { ava, ben, cara, gil })
        {
            await app.AllocateAsync(child.Id, worker.Id, team, "2026-08-01");
        }
        await app.AllocateAsync(dan.Id, other.Id, team, "2026-08-01");
        await app.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == gil.Id)).IsRestricted = true;
            await db.SaveChangesAsync();
        });

        // Ava: an assessment started 27 October, 20 working days, not sent for authorisation: overdue, and a draft.
        var a = await app.EpisodeAsync(ava.Id, "2026-10-26", worker.Id);
        var assessment = new Assessment { Id = Guid.NewGuid(), PersonId = ava.Id, ReferralId = a.Id, StartDate = D("2026-10-27"), TimescaleWorkingDays = 20, AllocatedWorkerUserId = worker.Id };
        await app.AddAsync(assessment);
        // Ben: a child protection plan from 2 November.
        var b = await app.EpisodeAsync(ben.Id, "2026-09-01", worker.Id);
        await CpPlanAsync(ben, b.Id);
        // A form the worker was sending when their session timed out an hour ago.
        await app.AddAsync(new KeptForm { Id = Guid.NewGuid(), UserId = worker.Id, PostedTo = $"/people/{cara.Id}/case-notes/add", FieldsJson = "[]", KeptAtUtc = HavenAppFactory.Now.UtcDateTime.AddHours(-1) });

        var client = await app.SignInAsync(worker);
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Equal("Your day", doc.QuerySelector("main h1")!.TextContent.Trim());
        // The search the old start page held is still the first thing a worker can use.
        Assert.NotNull(doc.QuerySelector("main form[action='/people'] input[name='q']"));

        var work = Rows(doc, "work");
        Assert.Contains(work, r => r[0].StartsWith("Ava Dayton", StringComparison.Ordinal) && r[1] == "Assessment due" && r[3] == "Overdue");
        // Everything listed is overdue or due by Sunday 29 November; the count is in the heading.
        Assert.All(work, r => Assert.True(r[3] == "Overdue" || DateOnly.Parse(r[2].Split(' ')[..3] is var d ? string.Join(' ', d) : "", System.Globalization.CultureInfo.GetCultureInfo("en-GB")) <= D("2026-11-29"), string.Join("|", r)));
        Assert.Equal($"Overdue and due this week ({work.Count})", Heading(doc, "work"));
        Assert.StartsWith($"/people/{ava.Id}/social-care/{a.Id}/assessments/{assessment.Id}", Link(doc, "work", "Assessment due"), StringComparison.Ordinal);

        var children = Rows(doc, "children").ToDictionary(r => r[0].Split(' ')[0], r => (Plan: r[1], Next: r[2]));
        Assert.Equal(["Ava", "Ben", "Cara"], children.Keys.Order());
        Assert.Equal("Assessment", children["Ava"].Plan);
        Assert.Equal("Child protection plan", children["Ben"].Plan);
        Assert.Equal(("No plan open", "None due"), children["Cara"]);
        Assert.Equal("Your children (3)", Heading(doc, "children"));

        var drafts = Rows(doc, "drafts");
        Assert.Equal(2, drafts.Count);
        Assert.Contains(drafts, r => r[0].StartsWith("Form kept when you were signed out", StringComparison.Ordinal) && r[0].Contains("/case-notes/add", StringComparison.Ordinal));
        Assert.Contains(drafts, r => r[0] == "Assessment not yet sent for authorisation" && r[1].StartsWith("Ava Dayton", StringComparison.Ordinal));

        var changes = Rows(doc, "changes");
        Assert.Contains(changes, r => r[1].StartsWith("Ben Dayton", StringComparison.Ordinal) && r[3] == "Day Colleague");
        Assert.DoesNotContain(changes, r => r[1].StartsWith("Ava", StringComparison.Ordinal) || r[1].StartsWith("Cara", StringComparison.Ordinal));

        var text = doc.Body!.TextContent;
        Assert.DoesNotContain("Elsewhere", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden", text, StringComparison.Ordinal);
        Assert.Contains("1 restricted record allocated to you is not shown", Html.MainText(doc), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_lists_sort_on_the_server_and_download_the_same_rows_as_an_audited_csv()
    {
        var (_, worker, _, team) = await TeamAsync("Sort");
        foreach (var name in new[] { "Bryn", "Alys", "Cai" })
        {
            var child = await app.RegisterAsync(worker, name, "Sorter", D("2016-01-01"));
            await app.AllocateAsync(child.Id, worker.Id, team, "2026-09-01");
        }
        var client = await app.SignInAsync(worker);

        var down = await client.GetDocumentAsync("/?children-sort=child&children-dir=desc");
        Assert.Equal(["Cai", "Bryn", "Alys"], Rows(down, "children").Select(r => r[0].Split(' ')[0]));
        var sorted = down.GetElementById("children")!.ParentElement!.QuerySelectorAll("th[aria-sort='descending']").Single(th => IsIn(th, "children"));
        Assert.Equal("Child", sorted.TextContent.Trim());
        // Each list sorts by its own query values, and its sort links keep the other lists' order.
        var both = await client.GetDocumentAsync("/?changes-sort=who&children-sort=child&children-dir=desc");
        Assert.Contains("changes-sort=who", both.QuerySelectorAll("th a").First(a => IsIn(a, "children")).GetAttribute("href"), StringComparison.Ordinal);

        var up = await client.GetDocumentAsync("/?children-sort=child&children-dir=asc");
        Assert.Equal(["Alys", "Bryn", "Cai"], Rows(up, "children").Select(r => r[0].Split(' ')[0]));

        var csv = await client.GetAsync("/?download=children&children-sort=child&children-dir=desc");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Child,Plan type,Next statutory date", lines[0]);
        Assert.Equal(["Cai", "Bryn", "Alys"], lines[1..].Select(l => l.Split(' ')[0]));
        var export = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.ActorUserId == worker.Id && e.Type == AuditEventTypes.Exported).SingleAsync());
        Assert.Contains("your children (3 rows)", export.Summary, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/?download=nothing-like-this")).StatusCode);
    }

    [Fact]
    public async Task A_team_manager_sees_decisions_unallocated_work_weighted_caseloads_oversight_and_overdue_by_worker()
    {
        var (manager, worker, other, team) = await TeamAsync("Manage");
        var ava = await app.RegisterAsync(worker, "Ava", "Manning", D("2015-04-01"));
        var ben = await app.RegisterAsync(worker, "Ben", "Manning", D("2018-02-11"));
        var cara = await app.RegisterAsync(other, "Cara", "Manning", D("2012-09-30"));
        var fay = await app.RegisterAsync(other, "Fay", "Manning", D("2011-05-05"));
        var eve = await app.RegisterAsync(worker, "Eve", "Unallocated", D("2016-07-07"));
        await app.AllocateAsync(ava.Id, worker.Id, team, "2026-08-01");
        await app.AllocateAsync(ben.Id, worker.Id, team, "2026-08-01");
        await app.AllocateAsync(cara.Id, other.Id, team, "2026-08-01");
        await app.AllocateAsync(fay.Id, other.Id, team, "2026-08-01");

        // Ava: an assessment sent for authorisation on 20 November.
        var a = await app.EpisodeAsync(ava.Id, "2026-10-26", worker.Id);
        var submitted = new Assessment
        {
            Id = Guid.NewGuid(), PersonId = ava.Id, ReferralId = a.Id, StartDate = D("2026-10-27"), TimescaleWorkingDays = 45, SubmittedOn = D("2026-11-20"), SubmittedByUserId = worker.Id,
        };
        await app.AddAsync(submitted);
        // Ben: a child protection plan; nobody has recorded oversight since his referral on 1 September.
        var b = await app.EpisodeAsync(ben.Id, "2026-09-01", worker.Id);
        await CpPlanAsync(ben, b.Id);
        // Cara: a child in need plan.
        var c = await app.EpisodeAsync(cara.Id, "2026-10-01", other.Id);
        await app.AddAsync(new ChildInNeedPlan { Id = Guid.NewGuid(), PersonId = cara.Id, ReferralId = c.Id, StartDate = D("2026-11-02") });
        // Fay: harm substantiated, no conference: waiting for a service manager's agreement.
        var f = await app.EpisodeAsync(fay.Id, "2026-11-02", other.Id);
        var enquiry = new Section47Enquiry
        {
            Id = Guid.NewGuid(), PersonId = fay.Id, ReferralId = f.Id, StartDate = D("2026-11-03"), Outcome = Section47Outcome.SubstantiatedNoConference,
            OutcomeRationale = "Family engaging; plan agreed without a conference.",
        };
        await app.AddAsync(enquiry);
        // Eve: referred and nobody allocated.
        await app.EpisodeAsync(eve.Id, "2026-11-23", worker.Id);

        // Another team's child is not this manager's.
        var (_, elsewhereWorker, _, elsewhere) = await TeamAsync("Elsewhere");
        var zed = await app.RegisterAsync(elsewhereWorker, "Zed", "Outwood", D("2010-10-10"));
        await app.AllocateAsync(zed.Id, elsewhereWorker.Id, elsewhere, "2026-09-01");
        await app.EpisodeAsync(zed.Id, "2026-09-01", elsewhereWorker.Id);

        var doc = await (await app.SignInAsync(manager)).GetDocumentAsync("/");
        Assert.Equal("Your team's day", doc.QuerySelector("main h1")!.TextContent.Trim());

        var decisions = Rows(doc, "decisions");
        Assert.Contains(decisions, r => r[0] == "Authorise an assessment" && r[1].StartsWith("Ava Manning", StringComparison.Ordinal) && r[2] == "20 Nov 2026" && r[3] == "3");
        Assert.Contains(decisions, r => r[0].Contains("waiting for a service manager", StringComparison.Ordinal) && r[1].StartsWith("Fay Manning", StringComparison.Ordinal));
        Assert.Equal($"/people/{ava.Id}/social-care/{a.Id}/assessments/{submitted.Id}/authorise", Link(doc, "decisions", "Authorise an assessment"));
        Assert.Equal(2, decisions.Count);
        // Contacts are not yet any team's: a count that opens the front door's own queue.
        var contacts = await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.Decision == null));
        Assert.Contains($"{contacts} contacts are waiting for a decision at the front door", Html.MainText(doc), StringComparison.Ordinal);
        Assert.NotNull(doc.QuerySelector("main a[href='/front-door/contacts?view=awaiting']"));

        var unallocated = Rows(doc, "unallocated");
        Assert.Contains(unallocated, r => r[0].StartsWith("Eve Unallocated", StringComparison.Ordinal) && r[1] == "23 Nov 2026" && r[2] == "2");
        Assert.DoesNotContain(unallocated, r => r[0].StartsWith("Ava", StringComparison.Ordinal));

        // Worker, CP, CIN, Assessment, Early help, No plan, Children, Weighted.
        var caseloads = Rows(doc, "caseloads");
        Assert.Equal(
            [["Manage Worker", "1", "0", "1", "0", "0", "2", "2.5"], ["Manage Colleague", "0", "1", "0", "0", "1", "2", "1.5"]],
            caseloads);
        Assert.Contains("child protection plan 1.5, child in need plan 1, assessment 1, early help 0.5, no plan open 0.5", Html.MainText(doc), StringComparison.Ordinal);

        // Ben's oversight was due on 1 October; Ava's (referred 26 October) falls due on 26 November.
        var oversight = Rows(doc, "oversight");
        Assert.Contains(oversight, r => r[0].StartsWith("Ben Manning", StringComparison.Ordinal) && r[3] == "Overdue");
        Assert.Contains(oversight, r => r[0].StartsWith("Ava Manning", StringComparison.Ordinal) && r[2] == "26 Nov 2026");
        Assert.Equal($"/people/{ben.Id}/oversight", Link(doc, "oversight", "Ben Manning"));

        var overdue = Rows(doc, "overdue");
        Assert.Equal(["Manage Worker", "Manage Colleague"], overdue.Select(r => r[0]));
        Assert.True(int.Parse(overdue[0][2], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.DoesNotContain("Outwood", Html.MainText(doc), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_service_manager_sees_the_service_by_team_and_the_agreements_only_they_can_give()
    {
        var (_, worker, other, team) = await TeamAsync("Service");
        var ann = await app.RegisterAsync(worker, "Ann", "Servis", D("2015-04-01"));
        var bob = await app.RegisterAsync(other, "Bob", "Servis", D("2014-04-01"));
        await app.AllocateAsync(ann.Id, worker.Id, team, "2026-08-01");
        await app.AllocateAsync(bob.Id, other.Id, team, "2026-08-01");
        var a = await app.EpisodeAsync(ann.Id, "2026-09-01", worker.Id);
        await CpPlanAsync(ann, a.Id);
        var b = await app.EpisodeAsync(bob.Id, "2026-11-02", other.Id);
        var enquiry = new Section47Enquiry
        {
            Id = Guid.NewGuid(), PersonId = bob.Id, ReferralId = b.Id, StartDate = D("2026-11-03"), Outcome = Section47Outcome.SubstantiatedNoConference,
            OutcomeRationale = "Family engaging; plan agreed without a conference.",
        };
        await app.AddAsync(enquiry);

        var service = await app.CreateUserAsync("Home Service Manager", Role.ServiceManager);
        var doc = await (await app.SignInAsync(service)).GetDocumentAsync("/");
        Assert.Equal("The service today", doc.QuerySelector("main h1")!.TextContent.Trim());

        var teamName = await app.WithDbAsync(db => db.Teams.Where(t => t.Id == team).Select(t => t.Name).SingleAsync());
        // Team (and its service), CP, CIN, Assessment, Early help, No plan, Children, Overdue work.
        var row = Assert.Single(Rows(doc, "teams"), r => r[0].StartsWith(teamName, StringComparison.Ordinal));
        Assert.Equal(["1", "0", "0", "0", "1", "2"], row[1..7]);
        Assert.True(int.Parse(row[7], System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal($"/work-tray/team?team={team}", Link(doc, "teams", teamName));

        var agreement = Assert.Single(Rows(doc, "decisions"), r => r[1].StartsWith("Bob Servis", StringComparison.Ordinal));
        Assert.Equal("Agree no conference after section 47", agreement[0]);
        Assert.Equal($"/people/{bob.Id}/social-care/{b.Id}/section-47/{enquiry.Id}/agree",
            doc.QuerySelectorAll("a").Single(l => l.TextContent.Trim() == "Agree no conference after section 47" && l.Closest("tr")!.TextContent.Contains("Bob Servis", StringComparison.Ordinal)).GetAttribute("href"));
        // The agreement page opens for the service manager from here.
        var agree = await (await app.SignInAsync(service)).GetAsync($"/people/{bob.Id}/social-care/{b.Id}/section-47/{enquiry.Id}/agree");
        Assert.True(agree.StatusCode == HttpStatusCode.OK, agree.Headers.Location?.ToString());
    }

    [Fact]
    public async Task A_manager_with_no_children_of_their_own_opens_the_team_work_tray_from_the_menu()
    {
        var (manager, worker, _, team) = await TeamAsync("Tray");
        var child = await app.RegisterAsync(worker, "Tess", "Traylor", D("2015-04-01"));
        await app.AllocateAsync(child.Id, worker.Id, team, "2026-09-01");
        var client = await app.SignInAsync(manager);

        var response = await client.GetAsync("/work-tray");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/work-tray/team", response.Headers.Location!.OriginalString);
        Assert.Contains("Tray Worker", Html.MainText(await client.GetDocumentAsync("/work-tray/team")), StringComparison.Ordinal);

        // A worker's own tray is still theirs, even when empty.
        var newcomer = await app.CreateUserAsync("Tray Newcomer", Role.SocialWorker, team);
        Assert.Equal(HttpStatusCode.OK, (await (await app.SignInAsync(newcomer)).GetAsync("/work-tray")).StatusCode);
    }

    [Fact]
    public async Task The_access_denied_page_answers_403_and_says_why()
    {
        var worker = await app.CreateUserAsync("Denied Worker", Role.SocialWorker);
        var client = await app.SignInAsync(worker);

        var refused = await client.GetAsync("/work-tray/team");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var denied = await client.GetAsync(refused.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("You do not have access to this page", (await denied.ReadDocumentAsync()).QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}

public sealed class HomePageTestsOnSqlite(SqliteAppFactory app) : HomePageTests<SqliteAppFactory>(app);

public sealed class HomePageTestsOnPostgres(PostgresAppFactory app) : HomePageTests<PostgresAppFactory>(app);
