using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Assessments;
using Haven.Domain.CaseRecording;
using Haven.Domain.ChildInNeed;
using Haven.Domain.ChildProtection;
using Haven.Domain.People;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Haven.Web.Tests.WorkTray.CaseworkSeed;

namespace Haven.Web.Tests.WorkTray;

/// <summary>
/// The work tray on both databases, on Wednesday 25 November 2026 (the test clock). Every clock is seeded through
/// the DbContext the way the casework pages leave it, and read back through the real pages.
/// </summary>
public abstract class WorkTrayTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private sealed record Row(string Child, string Work, string Due, string Status, string Link);

    private static List<Row> WorkRows(IHtmlDocument doc)
    {
        var table = doc.QuerySelectorAll("table").FirstOrDefault(t => t.QuerySelector("caption")?.TextContent.Contains("Work due", StringComparison.Ordinal) == true);
        if (table is null)
        {
            return [];
        }
        var headers = table.QuerySelectorAll("thead th").Select(h => h.TextContent.Trim()).ToList();
        int Col(string name) => headers.FindIndex(h => h == name || h.StartsWith(name + " ", StringComparison.Ordinal));
        return table.QuerySelectorAll("tbody tr").Select(tr =>
        {
            var cells = tr.QuerySelectorAll("td, th").ToList();
            var work = cells[Col("Work")];
            return new Row(
                cells[Col("Child")].QuerySelector("a")!.TextContent.Trim(),
                work.QuerySelector("a")!.FirstChild!.TextContent.Trim(),
                cells[Col("Due")].TextContent.Trim(),
                cells[Col("Status")].QuerySelector(".govuk-tag")!.TextContent.Trim(),
                work.QuerySelector("a")!.GetAttribute("href")!);
        }).ToList();
    }

    private async Task<(ApplicationUser Worker, ApplicationUser Other, Guid Team)> TeamWithWorkersAsync()
    {
        var manager = await app.CreateUserAsync("Tray Manager", Role.TeamManager);
        var team = await app.TeamAsync($"Child protection {Guid.NewGuid():N}"[..24], manager.Id);
        var worker = await app.CreateUserAsync("Tray Worker", Role.SocialWorker, team.Id);
        var other = await app.CreateUserAsync("Other Worker", Role.SocialWorker, team.Id);
        return (worker, other, team.Id);
    }

    /// <summary>
    /// Ava: assessments and an enquiry. Ben: a conference and a child protection plan. Cara: a child in need plan.
    /// Eve: a closed episode. Dan belongs to another worker.
    /// </summary>
    private async Task<(Person Ava, Person Ben, Person Cara, Person Dan, Guid AssessmentUrlId, Guid AvaEpisode)> CaseloadAsync(ApplicationUser worker, ApplicationUser other, Guid team)
    {
        var ava = await app.RegisterAsync(worker, "Ava", "Thornbury", D("2015-04-01"));
        var ben = await app.RegisterAsync(worker, "Ben", "Ashcombe", D("2018-02-11"));
        var cara = await app.RegisterAsync(worker, "Cara", "Linfield", D("2012-09-30"));
        var eve = await app.RegisterAsync(worker, "Eve", "Marchant", D("2016-07-07"));
        var dan = await app.RegisterAsync(other, "Dan", "Quarrie", D("2014-01-15"));
        foreach (var child in new[] { ava, ben, cara, eve })
        {
            await app.AllocateAsync(child.Id, worker.Id, team, "2026-08-01");
        }
        await app.AllocateAsync(dan.Id, other.Id, team, "2026-08-01");

        var a = await app.EpisodeAsync(ava.Id, "2026-10-26", worker.Id);
        var late = new Assessment { Id = Guid.NewGuid(), PersonId = ava.Id, ReferralId = a.Id, StartDate = D("2026-10-27"), TimescaleWorkingDays = 20 };
        var authorised = new Assessment
        {
            Id = Guid.NewGuid(), PersonId = ava.Id, ReferralId = a.Id, StartDate = D("2026-10-27"), TimescaleWorkingDays = 20, AuthorisedOn = D("2026-11-20"),
        };
        var strategy = new StrategyDiscussion { Id = Guid.NewGuid(), PersonId = ava.Id, ReferralId = a.Id, HeldOn = D("2026-11-16"), Decision = StrategyDecision.StartSection47, Rationale = "Injury explained differently by each parent." };
        var s47 = new Section47Enquiry { Id = Guid.NewGuid(), PersonId = ava.Id, ReferralId = a.Id, StrategyDiscussionId = strategy.Id, StartDate = D("2026-11-17") };
        await app.AddAsync(late, authorised, strategy, s47);

        var b = await app.EpisodeAsync(ben.Id, "2026-09-01", worker.Id);
        var plan = new ChildProtectionPlan { Id = Guid.NewGuid(), PersonId = ben.Id, ReferralId = b.Id, StartDate = D("2026-11-02"), InitialCategory = "NEG", LatestCategory = "NEG" };
        var icpc = new ChildProtectionConference
        {
            Id = Guid.NewGuid(), PersonId = ben.Id, ReferralId = b.Id, Type = ConferenceType.Initial, ScheduledFor = D("2026-11-02"), HeldOn = D("2026-11-02"),
            Decision = ConferenceDecision.ChildProtectionPlan, Category = "NEG",
        };
        var visit = new CaseNote
        {
            Id = Guid.NewGuid(), PersonId = ben.Id, Type = CaseNoteType.HomeVisit, OccurredOn = D("2026-11-10"), Subject = "CP visit", Text = "Seen in his room.",
            ChildSeen = true, SeenAlone = true, VisitPurpose = VisitPurpose.ChildProtection, RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName,
        };
        var failed = new CaseNote
        {
            Id = Guid.NewGuid(), PersonId = ben.Id, Type = CaseNoteType.HomeVisit, OccurredOn = D("2026-11-24"), Subject = "No answer", Text = "No answer at the door.",
            ChildSeen = false, VisitFailed = true, VisitPurpose = VisitPurpose.ChildProtection, RecordedByUserId = worker.Id, RecordedByName = worker.DisplayName,
        };
        var oversight = new OversightRecord
        {
            Id = Guid.NewGuid(), PersonId = ben.Id, Kind = OversightKind.ManagementOversight, RecordedOn = D("2026-11-20"), Direction = "Keep visiting weekly.",
            Rationale = "Plan is new.", ManagerUserId = "m", ManagerName = "A manager",
        };
        await app.AddAsync(plan, icpc, visit, failed, oversight);

        var c = await app.EpisodeAsync(cara.Id, "2026-08-03", worker.Id);
        var cin = new ChildInNeedPlan { Id = Guid.NewGuid(), PersonId = cara.Id, ReferralId = c.Id, StartDate = D("2026-09-01") };
        cin.Reviews.Add(new ChildInNeedReview { Id = Guid.NewGuid(), PlanId = cin.Id, HeldOn = D("2026-11-10"), Progress = "School attendance up.", Decision = ChildInNeedReviewDecision.Continue });
        var shared = new SharingRecord
        {
            Id = Guid.NewGuid(), PersonId = cara.Id, ItemKind = SharedItemKind.ChildInNeedPlan, ItemId = cin.Id, SharedOn = D("2026-09-03"), SharedWith = "Mother", RecordedByUserId = worker.Id,
        };
        await app.AddAsync(cin, shared);

        var e = await app.EpisodeAsync(eve.Id, "2026-06-01", worker.Id);
        await app.WithDbAsync(async db =>
        {
            var closed = await db.Referrals.SingleAsync(r => r.Id == e.Id);
            closed.ClosedOn = D("2026-10-01");
            closed.ReasonForClosure = "RC8";
            db.Assessments.Add(new Assessment { Id = Guid.NewGuid(), PersonId = eve.Id, ReferralId = e.Id, StartDate = D("2026-06-02"), TimescaleWorkingDays = 45 });
            await db.SaveChangesAsync();
        });
        await app.EpisodeAsync(dan.Id, "2026-09-01", other.Id);
        return (ava, ben, cara, dan, late.Id, a.Id);
    }

    [Fact]
    public async Task A_worker_sees_work_from_every_clock_on_their_own_children_overdue_first()
    {
        var (worker, other, team) = await TeamWithWorkersAsync();
        var (ava, ben, cara, _, lateAssessment, avaEpisode) = await CaseloadAsync(worker, other, team);
        var client = await app.SignInAsync(worker);

        var doc = await client.GetDocumentAsync("/work-tray");
        var rows = WorkRows(doc);
        Assert.Equal(
            [
                "Assessment due", "CIN plan review due", "CIN visit due", "Child protection visit due", "Conference minutes to family", "First core group due",
                "Initial child protection conference due", "Management oversight due", "Review conference due", "Share assessment with family",
                "Share child protection plan with family",
            ],
            rows.Select(r => r.Work).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(13, rows.Count);
        Assert.DoesNotContain(rows, r => r.Child is "Dan Quarrie" or "Eve Marchant");
        Assert.DoesNotContain("Dan Quarrie", Html.MainText(doc), StringComparison.Ordinal);
        // Eve is on the caseload with a closed episode: listed as a child, with no work.
        Assert.Contains("Eve Marchant", Html.MainText(doc), StringComparison.Ordinal);

        // Soonest due first, which puts the overdue work at the top: no manager has looked at Cara's case since it
        // was referred on 3 August, so oversight was due on 3 September; her visit on 29 September.
        Assert.Equal(("Cara Linfield", "Management oversight due", "Overdue", $"/people/{cara.Id}/oversight"), (rows[0].Child, rows[0].Work, rows[0].Status, rows[0].Link));
        Assert.StartsWith("3 Sep", rows[0].Due, StringComparison.Ordinal);
        Assert.Equal(("Cara Linfield", "CIN visit due", $"/people/{cara.Id}/case-notes"), (rows[1].Child, rows[1].Work, rows[1].Link));
        Assert.Equal(6, rows.TakeWhile(r => r.Status == "Overdue").Count());
        Assert.Equal(6, rows.Count(r => r.Status == "Overdue"));

        var assessment = Assert.Single(rows, r => r.Work == "Assessment due");
        Assert.Equal(("Ava Thornbury", "Overdue", $"/people/{ava.Id}/social-care/{avaEpisode}/assessments/{lateAssessment}"), (assessment.Child, assessment.Status, assessment.Link));
        Assert.Equal("Due soon", rows.Single(r => r.Work == "Share assessment with family").Status);
        Assert.Equal(("7 Dec 2026", "Not yet due"), rows.Where(r => r.Work == "Initial child protection conference due").Select(r => (r.Due, r.Status)).Single());
        // The failed visit on 24 November did not stop the clock: due 10 working days after the 10 November visit.
        Assert.Equal(("24 Nov 2026", "Overdue"), rows.Where(r => r.Work == "Child protection visit due").Select(r => (r.Due, r.Status)).Single());
        Assert.Equal("30 Nov 2026", rows.Single(r => r.Work == "Conference minutes to family").Due);
        Assert.Equal("16 Nov 2026", rows.Single(r => r.Work == "First core group due").Due);
        var review = rows.Single(r => r.Work == "Review conference due");
        Assert.StartsWith($"/people/{ben.Id}/social-care/", review.Link, StringComparison.Ordinal);
        Assert.EndsWith("/child-protection", review.Link, StringComparison.Ordinal);
        Assert.Equal("20 Dec 2026", rows.Single(r => r.Work == "Management oversight due" && r.Child == "Ben Ashcombe").Due);
        Assert.DoesNotContain(rows, r => r.Work == "Share CIN plan with family");

        var figures = doc.QuerySelectorAll("main .govuk-heading-xl").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["6", "2", "5"], figures);
        Assert.NotNull(doc.QuerySelector("nav a[href='/work-tray'][aria-current='page']"));
    }

    [Fact]
    public async Task The_tray_filters_by_kind_and_status_and_downloads_the_same_rows_as_csv()
    {
        var (worker, other, team) = await TeamWithWorkersAsync();
        var (_, ben, _, _, _, _) = await CaseloadAsync(worker, other, team);
        var client = await app.SignInAsync(worker);

        var visits = WorkRows(await client.GetDocumentAsync("/work-tray?kind=child-protection-visit"));
        Assert.Equal(["Ben Ashcombe"], visits.Select(r => r.Child));

        var overdueDoc = await client.GetDocumentAsync("/work-tray?status=overdue&sort=child&dir=asc");
        var overdue = WorkRows(overdueDoc);
        Assert.Equal(6, overdue.Count);
        Assert.All(overdue, r => Assert.Equal("Overdue", r.Status));
        Assert.Equal(overdue.Select(r => r.Child).Order(StringComparer.CurrentCultureIgnoreCase), overdue.Select(r => r.Child));
        Assert.Equal("ascending", overdueDoc.QuerySelector("th[aria-sort='ascending']")?.GetAttribute("aria-sort"));
        Assert.Contains("6 pieces of work matching the filters", Html.MainText(overdueDoc), StringComparison.Ordinal);

        var csv = await client.GetAsync("/work-tray?status=overdue&format=csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Child,Haven ID,Work,Due,Status,Days overdue,Link", lines[0]);
        Assert.Equal(7, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("Ben Ashcombe,", StringComparison.Ordinal) && l.Contains(",Child protection visit due,24 November 2026,Overdue,1,http", StringComparison.Ordinal)
            && l.EndsWith($"/people/{ben.Id}/case-notes", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restricted_child_the_worker_is_not_named_on_is_not_listed()
    {
        var (worker, _, team) = await TeamWithWorkersAsync();
        var fay = await app.RegisterAsync(worker, "Fay", "Restrell", D("2013-03-03"));
        await app.AllocateAsync(fay.Id, worker.Id, team, "2026-09-01");
        await app.EpisodeAsync(fay.Id, "2026-09-01", worker.Id);
        await app.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == fay.Id)).IsRestricted = true;
            await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync(worker);

        var hidden = await client.GetDocumentAsync("/work-tray");
        Assert.DoesNotContain("Restrell", hidden.Body!.TextContent, StringComparison.Ordinal);
        Assert.Empty(WorkRows(hidden));
        Assert.Contains("1 restricted record allocated to you is not shown", Html.MainText(hidden), StringComparison.Ordinal);
        Assert.Empty((await (await client.GetAsync("/work-tray?format=csv")).Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1));

        await app.AddAsync(new RestrictedAccessGrant { Id = Guid.NewGuid(), PersonId = fay.Id, UserId = worker.Id, GrantedAtUtc = DateTime.UtcNow, GrantedByUserId = "m" });
        var named = WorkRows(await client.GetDocumentAsync("/work-tray"));
        Assert.Equal([("Fay Restrell", "Management oversight due", "Overdue")], named.Select(r => (r.Child, r.Work, r.Status)));
    }

    [Fact]
    public async Task A_manager_sees_each_worker_in_their_team_with_overdue_and_due_soon_counts()
    {
        var (worker, other, team) = await TeamWithWorkersAsync();
        var manager = await app.WithDbAsync(db => db.Teams.Where(t => t.Id == team).Select(t => t.ManagerUserId).SingleAsync());
        var managerUser = await app.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == manager));
        var xavi = await app.RegisterAsync(worker, "Xavi", "Pellow", D("2011-05-05"));
        var yara = await app.RegisterAsync(other, "Yara", "Sallis", D("2019-12-12"));
        await app.AllocateAsync(xavi.Id, worker.Id, team, "2026-09-01");
        await app.AllocateAsync(yara.Id, other.Id, team, "2026-11-20");
        // Oversight due 1 October: overdue. Yara's is due 24 December: not yet.
        await app.EpisodeAsync(xavi.Id, "2026-09-01", worker.Id);
        await app.EpisodeAsync(yara.Id, "2026-11-24", other.Id);

        var elsewhereManager = await app.CreateUserAsync("Elsewhere Manager", Role.TeamManager);
        var elsewhere = await app.TeamAsync("Elsewhere team", elsewhereManager.Id);
        var zed = await app.RegisterAsync(elsewhereManager, "Zed", "Outwood", D("2010-10-10"));
        var elsewhereWorker = await app.CreateUserAsync("Elsewhere Worker", Role.SocialWorker, elsewhere.Id);
        await app.AllocateAsync(zed.Id, elsewhereWorker.Id, elsewhere.Id, "2026-09-01");
        await app.EpisodeAsync(zed.Id, "2026-09-01", elsewhereWorker.Id);

        var client = await app.SignInAsync(managerUser);
        var doc = await client.GetDocumentAsync("/work-tray/team");
        var workers = doc.QuerySelectorAll("table").First(t => t.QuerySelector("caption")!.TextContent.Contains("Workers", StringComparison.Ordinal))
            .QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td, th").Select(c => c.TextContent.Trim()).ToList()).ToList();
        // One team, so no team column: worker, children, overdue, due soon; the most overdue first.
        Assert.Equal([["Tray Worker", "1", "1", "0"], ["Other Worker", "1", "0", "0"]], workers);
        Assert.DoesNotContain("Outwood", Html.MainText(doc), StringComparison.Ordinal);
        Assert.Equal(["Xavi Pellow", "Yara Sallis"], WorkRows(doc).Select(r => r.Child));

        var one = await client.GetDocumentAsync($"/work-tray/team?worker={other.Id}");
        Assert.Equal(["Yara Sallis"], WorkRows(one).Select(r => r.Child));
        Assert.Contains("Work tray: Other Worker", one.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        // A team the manager does not manage cannot be reached through the address.
        Assert.DoesNotContain("Outwood", Html.MainText(await client.GetDocumentAsync($"/work-tray/team?team={elsewhere.Id}")), StringComparison.Ordinal);

        var teamCsv = await (await client.GetAsync("/work-tray/team?format=csv")).Content.ReadAsStringAsync();
        Assert.StartsWith("Child,Haven ID,Worker,Team,Work,Due,Status,Days overdue,Link", teamCsv, StringComparison.Ordinal);

        var service = await app.CreateUserAsync("Tray Service Manager", Role.ServiceManager);
        var serviceView = Html.MainText(await (await app.SignInAsync(service)).GetDocumentAsync("/work-tray/team"));
        Assert.Contains("Zed Outwood", serviceView, StringComparison.Ordinal);
        Assert.Contains("Xavi Pellow", serviceView, StringComparison.Ordinal);

        var refused = await (await app.SignInAsync(worker)).GetAsync("/work-tray/team");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class WorkTrayTestsOnSqlite(SqliteAppFactory app) : WorkTrayTests<SqliteAppFactory>(app);

public sealed class WorkTrayTestsOnPostgres(PostgresAppFactory app) : WorkTrayTests<PostgresAppFactory>(app);
