using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.ChildProtection;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Home;

/// <summary>
/// "/" is the signed-in person's home, for business support, the auditor and the performance analyst: lists with
/// counts, sorted on the server, downloaded as audited CSV, and never naming a child the viewer could not open.
/// </summary>
public abstract class RoleHomeTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    /// <summary>A child whose section 47 enquiry asked for an initial conference that nobody has booked yet.</summary>
    private async Task<(Haven.Domain.People.Person Child, Referral Episode)> ConferenceToBookAsync(ApplicationUser worker, string first, string last)
    {
        var child = await app.RegisterAsync(worker, first, last, new DateOnly(2015, 5, 5));
        var episode = await app.EpisodeAsync(child.Id, "2026-11-02", worker.Id);
        await app.AddAsync(new Section47Enquiry
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode.Id, StartDate = new DateOnly(2026, 11, 3),
            CompletedOn = new DateOnly(2026, 11, 16), Outcome = Section47Outcome.ConferenceRequired,
        });
        return (child, episode);
    }

    [Fact]
    public async Task Business_support_land_on_conferences_to_book_sorted_on_the_server_and_downloaded_as_an_audited_csv()
    {
        var worker = await app.CreateUserAsync("Home Worker", Role.SocialWorker);
        var (ava, avaEpisode) = await ConferenceToBookAsync(worker, "Ava", "Aardvark");
        var (zed, _) = await ConferenceToBookAsync(worker, "Zed", "Zebra");
        var (hidden, _) = await ConferenceToBookAsync(worker, "Hana", "Hidden");
        await app.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == hidden.Id)).IsRestricted = true;
            await db.SaveChangesAsync();
        });
        var support = await app.CreateUserAsync("Home Support", Role.BusinessSupport);
        var client = await app.SignInAsync(support);

        var home = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        var doc = await home.ReadDocumentAsync();
        var rows = doc.QuerySelectorAll("[data-list=to-book] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("Ava Aardvark", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("Zed Zebra", StringComparison.Ordinal));
        // A restricted record the viewer is not named on is counted, never named.
        Assert.DoesNotContain(rows, r => r.Contains("Hidden", StringComparison.Ordinal));
        Assert.Contains("not shown", doc.QuerySelector("#to-book")!.ParentElement!.TextContent, StringComparison.Ordinal);
        Assert.Matches(@"Conferences to book \(\d+\)", doc.QuerySelector("#to-book")!.TextContent);
        // The most urgent item leads to where the work is done: booking that conference.
        var link = doc.QuerySelectorAll("[data-list=to-book] a").Select(a => a.GetAttribute("href")).First(h => h!.Contains(ava.Id.ToString(), StringComparison.Ordinal));
        Assert.Equal($"/people/{ava.Id}/social-care/{avaEpisode.Id}/conferences/new?type=Initial", link);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(link)).StatusCode);

        // Sorted by child, Z to A, on the server.
        var sorted = await client.GetDocumentAsync("/?to-book-sort=child&to-book-dir=desc");
        var names = sorted.QuerySelectorAll("[data-list=to-book] tbody tr").Select(r => r.TextContent).ToList();
        Assert.True(names.FindIndex(r => r.Contains("Zed Zebra", StringComparison.Ordinal)) < names.FindIndex(r => r.Contains("Ava Aardvark", StringComparison.Ordinal)));
        Assert.Equal("descending", sorted.QuerySelector("[data-list=to-book] th[aria-sort=descending]") is null ? null : "descending");

        var csv = await client.GetAsync("/?download=to-book");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = await csv.Content.ReadAsStringAsync();
        Assert.StartsWith("Child,Conference,Due by", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Ava Aardvark", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hidden", text, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == support.Id && e.TargetName == "home: conferences to book")));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/?download=no-such-list")).StatusCode);
    }

    [Fact]
    public async Task The_administrator_lands_on_the_accounts_waiting_for_them_and_the_download_is_audited()
    {
        var asker = await app.CreateUserAsync("Ada Asker", Role.SystemAdministrator);
        var admin = await app.CreateUserAsync("Abe Approver", Role.SystemAdministrator);
        var resetting = await app.CreateUserAsync("Rita Reset", Role.SocialWorker);
        var askedByMe = await app.CreateUserAsync("Sam Selfasked", Role.SocialWorker);
        var locked = await app.CreateUserAsync("Lou Locked", Role.SocialWorker);
        await app.WithDbAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Id == resetting.Id)).TwoFactorResetRequestedById = asker.Id;
            // A reset this administrator asked for needs someone else's approval, so it is not on their list.
            (await db.Users.SingleAsync(u => u.Id == askedByMe.Id)).TwoFactorResetRequestedById = admin.Id;
            (await db.Users.SingleAsync(u => u.Id == locked.Id)).LockoutEnd = new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero);
            await db.SaveChangesAsync();
        });

        var client = await app.SignInAsync(admin);
        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Accounts and teams", home.QuerySelector("h1")!.TextContent.Trim());
        var approvals = home.QuerySelector("[data-list=approvals]")!.TextContent;
        Assert.Contains("Rita Reset", approvals, StringComparison.Ordinal);
        Assert.Contains("Asked for by Ada Asker", approvals, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam Selfasked", approvals, StringComparison.Ordinal);
        Assert.Contains("Lou Locked", home.QuerySelector("[data-list=locked]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector($"[data-list=locked] a[href='/admin/users/{locked.Id}']"));

        var csv = await client.GetStringAsync("/?download=locked");
        Assert.Contains("Lou Locked", csv, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == admin.Id)));
    }

    [Fact]
    public async Task The_auditor_searches_the_audit_by_person_user_event_and_date_in_the_database_and_the_download_is_audited()
    {
        var worker = await app.CreateUserAsync("Audit Searcher Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Olive", "Openshaw", new DateOnly(2014, 4, 4));
        var other = await app.RegisterAsync(worker, "Peter", "Passby", new DateOnly(2014, 4, 4));
        var workerClient = await app.SignInAsync(worker);
        Assert.Equal(HttpStatusCode.OK, (await workerClient.GetAsync($"/people/{child.Id}")).StatusCode);
        var auditor = await app.CreateUserAsync("Audit Searcher", Role.Auditor);
        var client = await app.SignInAsync(auditor);

        var home = await client.GetDocumentAsync("/");
        Assert.NotNull(home.QuerySelector("form[action='/audit']"));

        var byPerson = await client.GetDocumentAsync($"/audit?person={child.LaPersonId}");
        var rows = byPerson.QuerySelectorAll("[data-audit] tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains("PersonRegistered", StringComparison.Ordinal) && r.Contains("Audit Searcher Worker", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Contains("RecordViewed", StringComparison.Ordinal));
        Assert.DoesNotContain(rows, r => r.Contains("Passby", StringComparison.Ordinal));
        Assert.Matches(@"^\d+ events? found$", byPerson.QuerySelector("#results")!.TextContent.Trim());

        var byName = await client.GetDocumentAsync("/audit?person=olive+openshaw&type=RecordViewed&user=searcher+worker");
        var viewed = byName.QuerySelectorAll("[data-audit] tbody tr").Select(r => r.TextContent).ToList();
        Assert.NotEmpty(viewed);
        Assert.All(viewed, r => Assert.Contains("RecordViewed", r, StringComparison.Ordinal));

        // Dates are UK dates, inclusive: the test clock's day finds them, the day before finds nothing of this child.
        Assert.NotEmpty((await client.GetDocumentAsync($"/audit?person={child.LaPersonId}&From.Day=25&From.Month=11&From.Year=2026&To.Day=25&To.Month=11&To.Year=2026")).QuerySelectorAll("[data-audit] tbody tr"));
        Assert.Empty((await client.GetDocumentAsync($"/audit?person={child.LaPersonId}&To.Day=24&To.Month=11&To.Year=2026")).QuerySelectorAll("[data-audit] tbody tr"));
        var bad = await client.GetAsync("/audit?From.Day=31&From.Month=2&From.Year=2026");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotEmpty(Html.ErrorSummary(await bad.ReadDocumentAsync()));

        // Sorted by user, A to Z.
        var sorted = (await client.GetDocumentAsync($"/audit?person={child.LaPersonId}&sort=user&dir=asc")).QuerySelectorAll("[data-audit] tbody tr td:nth-child(3)").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(sorted.Order(StringComparer.Ordinal).ToList(), sorted);

        var csv = await client.GetStringAsync($"/audit?person={child.LaPersonId}&format=csv");
        Assert.StartsWith("When,Source,Event,User,Person,What", csv.TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Contains("Olive Openshaw", csv, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == auditor.Id && e.TargetName.Contains(child.LaPersonId))));

        // Only the auditor searches the whole audit.
        var refused = await workerClient.GetAsync("/audit");
        Assert.Contains("access-denied", refused.Headers.Location?.ToString() ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_analyst_lands_on_returns_and_data_quality_and_sees_when_the_census_was_last_checked()
    {
        var worker = await app.CreateUserAsync("Quality Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Quinn", "Quality", new DateOnly(2016, 1, 1));
        await app.WithDbAsync(async db =>
        {
            (await db.People.SingleAsync(p => p.Id == child.Id)).EthnicityCode = null;
            await db.SaveChangesAsync();
        });
        await app.EpisodeAsync(child.Id, "2026-10-01", worker.Id);
        var analyst = await app.CreateUserAsync("Home Analyst", Role.PerformanceAnalyst);
        var client = await app.SignInAsync(analyst);

        var home = await client.GetDocumentAsync("/");
        Assert.Equal("Returns and data quality", home.QuerySelector("h1")!.TextContent.Trim());
        var census = home.QuerySelectorAll("[data-list=returns] tbody tr").Single();
        Assert.Contains("Not checked this year", census.TextContent, StringComparison.Ordinal);
        var ethnicity = home.QuerySelectorAll("[data-list=data-quality] tbody tr").Single(r => r.TextContent.Contains("No ethnicity", StringComparison.Ordinal));
        Assert.NotEqual("0", ethnicity.QuerySelectorAll("td")[1].TextContent.Trim());
        // Aggregates only: no child is named on the analyst's home.
        Assert.DoesNotContain("Quinn", home.Body!.TextContent, StringComparison.Ordinal);

        var check = census.QuerySelector("a")!.GetAttribute("href")!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(check)).StatusCode);
        var after = await client.GetDocumentAsync("/");
        var checkedRow = after.QuerySelectorAll("[data-list=returns] tbody tr").Single().TextContent;
        Assert.Contains("by Home Analyst", checkedRow, StringComparison.Ordinal);
        Assert.Matches(@"\d+ errors?, \d+ quer(y|ies), \d+ not finished yet", checkedRow);
    }

    [Fact]
    public async Task The_iro_lands_on_conferences_to_chair_and_plans_for_review_and_raises_an_escalation_that_keeps_each_stage_and_its_date()
    {
        var worker = await app.CreateUserAsync("Chair Case Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Iris", "Reviewed", new DateOnly(2016, 2, 2));
        var episode = await app.EpisodeAsync(child.Id, "2026-08-03", worker.Id);
        var plan = new ChildProtectionPlan { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode.Id, StartDate = new DateOnly(2026, 9, 1), InitialCategory = "NEG", LatestCategory = "NEG" };
        var review = new ChildProtectionConference { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode.Id, Type = ConferenceType.Review, ChildProtectionPlanId = plan.Id, ScheduledFor = new DateOnly(2026, 11, 30) };
        await app.AddAsync(plan);
        await app.AddAsync(review);
        var iro = await app.CreateUserAsync("Ines Chair", Role.IndependentReviewingOfficer);
        var client = await app.SignInAsync(iro);

        var home = await client.GetDocumentAsync("/");
        var toChair = home.QuerySelectorAll("[data-list=to-chair] tbody tr").Single(r => r.TextContent.Contains("Iris Reviewed", StringComparison.Ordinal));
        Assert.Equal($"/people/{child.Id}/social-care/{episode.Id}/conferences/{review.Id}/held", toChair.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(toChair.QuerySelector("a")!.GetAttribute("href"))).StatusCode);
        // The first review is due 3 months after the plan started (1 December 2026), booked for 30 November.
        var forReview = home.QuerySelectorAll("[data-list=reviews] tbody tr").Single(r => r.TextContent.Contains("Iris Reviewed", StringComparison.Ordinal));
        Assert.Contains("1 December 2026", forReview.TextContent, StringComparison.Ordinal);
        Assert.Contains("30 November 2026", forReview.TextContent, StringComparison.Ordinal);

        // The plan page offers the chair the escalation and the quality note.
        var planPage = await client.GetDocumentAsync($"/people/{child.Id}/social-care/{episode.Id}/child-protection-plans/{plan.Id}");
        var raiseUrl = planPage.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).Single(h => h?.Contains("/escalations/new", StringComparison.Ordinal) == true)!;
        var form = await client.GetFormAsync(raiseUrl);
        var empty = await client.PostFormAsync(raiseUrl, form, new Dictionary<string, string> { ["RaisedOn.Day"] = "", ["RaisedOn.Month"] = "", ["RaisedOn.Year"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var errors = Html.ErrorSummary(await empty.ReadDocumentAsync());
        Assert.Contains("Select the stage the escalation is raised at", errors);
        Assert.Contains("Enter who the escalation was raised with", errors);
        var early = await client.PostFormAsync(raiseUrl, form, new Dictionary<string, string>
        {
            ["Stage"] = "Informal", ["RaisedOn.Day"] = "1", ["RaisedOn.Month"] = "8", ["RaisedOn.Year"] = "2026",
            ["RaisedWith"] = "Sam Manager, team manager", ["Concern"] = "No core group for six weeks.",
        });
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var earlyDoc = await early.ReadDocumentAsync();
        Assert.Contains(Html.ErrorSummary(earlyDoc), m => m.Contains("after the plan started", StringComparison.Ordinal));
        Assert.Equal("Sam Manager, team manager", Html.Value(earlyDoc, "RaisedWith"));
        Assert.False(await app.WithDbAsync(db => db.Escalations.AnyAsync(e => e.PersonId == child.Id)));

        var raised = await client.PostFormAsync(raiseUrl, form, new Dictionary<string, string>
        {
            ["Stage"] = "Informal", ["RaisedOn.Day"] = "10", ["RaisedOn.Month"] = "11", ["RaisedOn.Year"] = "2026",
            ["RaisedWith"] = "Sam Manager, team manager", ["Concern"] = "No core group for six weeks.",
        });
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var escalation = await app.WithDbAsync(db => db.Escalations.SingleAsync(e => e.PersonId == child.Id));
        Assert.Equal((Haven.Domain.Escalations.PlanKind.ChildProtectionPlan, plan.Id), (escalation.ConcernsKind, escalation.ConcernsId));

        var stageUrl = $"/people/{child.Id}/escalations/{escalation.Id}/stage";
        var stageForm = await client.GetFormAsync(stageUrl);
        var backwards = await client.PostFormAsync(stageUrl, stageForm, new Dictionary<string, string>
        {
            ["Stage"] = "Stage1", ["On.Day"] = "9", ["On.Month"] = "11", ["On.Year"] = "2026", ["RaisedWith"] = "Pat Lead, service manager",
        });
        Assert.Contains(Html.ErrorSummary(await backwards.ReadDocumentAsync()), m => m.Contains("after the last stage", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(stageUrl, stageForm, new Dictionary<string, string>
        {
            ["Stage"] = "Stage1", ["On.Day"] = "17", ["On.Month"] = "11", ["On.Year"] = "2026", ["RaisedWith"] = "Pat Lead, service manager", ["Note"] = "No reply in a week.",
        })).StatusCode);
        var unresolved = await client.PostFormAsync(stageUrl, await client.GetFormAsync(stageUrl), new Dictionary<string, string>
        {
            ["Stage"] = "Resolved", ["On.Day"] = "24", ["On.Month"] = "11", ["On.Year"] = "2026",
        });
        Assert.Contains("Enter the outcome: what was agreed", Html.ErrorSummary(await unresolved.ReadDocumentAsync()));

        home = await client.GetDocumentAsync("/");
        var open = home.QuerySelectorAll("[data-list=escalations] tbody tr").Single(r => r.TextContent.Contains("Iris Reviewed", StringComparison.Ordinal));
        Assert.Contains("Stage 1", open.TextContent, StringComparison.Ordinal);
        Assert.Contains("17 November 2026", open.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(stageUrl, await client.GetFormAsync(stageUrl), new Dictionary<string, string>
        {
            ["Stage"] = "Resolved", ["On.Day"] = "24", ["On.Month"] = "11", ["On.Year"] = "2026", ["Note"] = "Core group booked for 1 December; manager to attend.",
        })).StatusCode);
        var steps = await app.WithDbAsync(db => db.EscalationSteps.Where(s => s.EscalationId == escalation.Id).OrderBy(s => s.On).Select(s => new { s.Stage, s.On }).ToListAsync());
        Assert.Equal(
            [(Haven.Domain.Escalations.EscalationStage.Informal, new DateOnly(2026, 11, 10)), (Haven.Domain.Escalations.EscalationStage.Stage1, new DateOnly(2026, 11, 17)), (Haven.Domain.Escalations.EscalationStage.Resolved, new DateOnly(2026, 11, 24))],
            steps.Select(s => (s.Stage, s.On)));
        var events = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id && e.ActorUserId == iro.Id).Select(e => e.Type).ToListAsync());
        Assert.Equal([CaseEventTypes.EscalationRaised, CaseEventTypes.EscalationStageChanged, CaseEventTypes.EscalationResolved], events.Where(t => t.StartsWith("Escalation", StringComparison.Ordinal)));
        Assert.Equal("Escalation: resolved", (await client.GetDocumentAsync($"/people/{child.Id}/escalations/{escalation.Id}")).QuerySelector("h1")!.TextContent.Trim());
        // Each stage is in the chronology on its own date.
        var chronology = Html.MainText(await client.GetDocumentAsync($"/people/{child.Id}/chronology"));
        Assert.Contains("Escalation about the child protection plan: informal", chronology, StringComparison.Ordinal);
        Assert.Contains("Escalation about the child protection plan: stage 1", chronology, StringComparison.Ordinal);
        Assert.Contains("Escalation about the child protection plan resolved", chronology, StringComparison.Ordinal);

        var noteUrl = $"/people/{child.Id}/quality-notes/new?kind=ChildProtectionPlan&plan={plan.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(noteUrl, await client.GetFormAsync(noteUrl), new Dictionary<string, string>
        {
            ["Quality"] = "RequiresImprovement", ["WrittenOn.Day"] = "25", ["WrittenOn.Month"] = "11", ["WrittenOn.Year"] = "2026",
            ["Note"] = "Actions have no dates; the child's views are missing.",
        })).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.CaseEvents.AnyAsync(e => e.PersonId == child.Id && e.Type == CaseEventTypes.ChairQualityNoteAdded)));
        Assert.Contains("Requires improvement", (await client.GetDocumentAsync($"/people/{child.Id}/social-care/{episode.Id}/child-protection-plans/{plan.Id}")).Body!.TextContent, StringComparison.Ordinal);
        // Another child's plan id is not found on this child's record.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/people/{child.Id}/quality-notes/new?kind=ChildProtectionPlan&plan={Guid.NewGuid()}")).StatusCode);
    }
}

public sealed class RoleHomeTestsOnSqlite(SqliteAppFactory app) : RoleHomeTests<SqliteAppFactory>(app);

[Trait("Database", "PostgreSQL")]
public sealed class RoleHomeTestsOnPostgres(PostgresAppFactory app) : RoleHomeTests<PostgresAppFactory>(app);
