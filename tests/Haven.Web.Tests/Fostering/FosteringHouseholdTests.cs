using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.Fostering;
using Haven.Domain.LookedAfter;
using Haven.Domain.Workforce;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.LookedAfter.Reviews;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Fostering;

/// <summary>
/// A fostering household from enquiry to approval on both databases: each step refused out of order or with bad input
/// (kept, nothing saved), then saved with an audit event; the register's approval follows; a child placed takes a
/// vacancy; the annual review goes to panel; the list filters, sorts and exports (audited); the clocks reach the tray.
/// </summary>
public abstract class FosteringHouseholdTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static string Step(Guid carer, string step) => $"/fostering/{carer}/steps/{step}";

    private static Dictionary<string, string> Date(string field, DateOnly d) =>
        new() { [$"{field}.Day"] = d.Day.ToString(), [$"{field}.Month"] = d.Month.ToString(), [$"{field}.Year"] = d.Year.ToString() };

    private static Dictionary<string, string> With(Dictionary<string, string> a, params (string Key, string Value)[] more)
    {
        foreach (var (k, v) in more)
        {
            a[k] = v;
        }
        return a;
    }

    private async Task<ApplicationUser> WorkerInTeamAsync(string name)
    {
        var team = new Team { Id = Guid.NewGuid(), Name = $"Fostering {Guid.NewGuid():N}"[..20], Service = "Fostering" };
        await app.WithDbAsync(async db => { db.Teams.Add(team); await db.SaveChangesAsync(); });
        return await app.CreateUserAsync(name, Role.SocialWorker, team.Id);
    }

    [Fact]
    public async Task A_household_goes_from_enquiry_to_approval_takes_a_child_and_has_its_first_review_at_panel()
    {
        var worker = await WorkerInTeamAsync("Fostering Worker");
        var client = await app.SignInAsync(worker);
        var today = DateOnly.FromDateTime(HavenAppFactory.Now.UtcDateTime);
        var name = $"Sarah and Tom {Guid.NewGuid():N}"[..22];

        // The enquiry: a missing route is refused by its field, with the name kept and nothing saved.
        var bad = await client.PostFormAsync("/fostering/new", await client.GetFormAsync("/fostering/new"),
            With(Date("EnquiryOn", today.AddDays(-200)), ("Name", name)));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var doc = await bad.ReadDocumentAsync();
        Assert.Equal("Select whether they want to foster, are connected persons, or want to adopt", Html.InlineError(doc, "Route"));
        Assert.Equal(name, Html.Value(doc, "Name"));
        Assert.False(await app.WithDbAsync(db => db.Carers.AnyAsync(c => c.Name == name)));

        var created = await client.PostFormAsync("/fostering/new", await client.GetFormAsync("/fostering/new"),
            With(Date("EnquiryOn", today.AddDays(-200)), ("Name", name), ("Route", nameof(HouseholdRoute.Fostering)), ("Postcode", "hv1 2ab")));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var carer = await app.WithDbAsync(db => db.Carers.SingleAsync(c => c.Name == name));
        Assert.Equal((CarerKind.FosteringHousehold, CarerApproval.BeingAssessed), (carer.Kind, carer.Approval));

        // The panel before the assessment is refused as a whole.
        var early = await client.PostFormAsync(Step(carer.Id, "panel"), await client.GetFormAsync(Step(carer.Id, "panel")),
            With(Date("On", today.AddDays(-10)), ("Yes", "true")));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Contains("Record the assessment before the panel", Html.MainText(await early.ReadDocumentAsync()), StringComparison.Ordinal);

        async Task Record(string step, Dictionary<string, string> fields)
        {
            var response = await client.PostFormAsync(Step(carer.Id, step), await client.GetFormAsync(Step(carer.Id, step)), fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{step}: {Html.MainText(await response.ReadDocumentAsync())}");
        }
        await Record("initial-visit", Date("On", today.AddDays(-190)));
        await Record("assessment", With(Date("On", today.AddDays(-180)), ("WorkerUserId", worker.Id)));
        await Record("panel", With(Date("On", today.AddDays(-40)), ("Yes", "true")));

        // Approval needs its terms: the oldest age below the youngest is refused by its field, the typed places kept.
        var terms = With(Date("On", today.AddDays(-30)), ("Yes", "true"), ("Places", "2"), ("AgeFrom", "12"), ("AgeTo", "5"), ("CareTypes", "ShortTerm"));
        var refused = await client.PostFormAsync(Step(carer.Id, "decision"), await client.GetFormAsync(Step(carer.Id, "decision")), terms);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        doc = await refused.ReadDocumentAsync();
        Assert.Equal("The oldest age must be the same as or more than the youngest", Html.InlineError(doc, "AgeTo"));
        Assert.Equal("2", Html.Value(doc, "Places"));
        Assert.Null(await app.WithDbAsync(db => db.HouseholdJourneys.Where(j => j.CarerId == carer.Id).Select(j => j.DecisionOn).SingleAsync()));

        terms["AgeFrom"] = "0";
        terms["AgeTo"] = "10";
        await Record("decision", terms);
        await Record("supervising-worker", With(Date("On", today.AddDays(-30)), ("WorkerUserId", worker.Id)));
        carer = await app.WithDbAsync(db => db.Carers.SingleAsync(c => c.Id == carer.Id));
        Assert.Equal((CarerApproval.Approved, today.AddDays(-30), 2), (carer.Approval, carer.ApprovedOn, carer.Places));
        Assert.Equal(5, await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Type == AuditEventTypes.HouseholdStepRecorded && e.TargetId == carer.Id.ToString())));

        // A child placed with them takes one of the two places.
        var child = await app.ChildInCareAsync("Fostered", "Child", since: today.AddDays(-20).ToString("yyyy-MM-dd"));
        await app.WithDbAsync(async db =>
        {
            var placement = await db.Placements.SingleAsync(p => p.PersonId == child.Child.Id && p.EndDate == null);
            placement.CarerId = carer.Id;
            await db.SaveChangesAsync();
        });
        var page = Html.MainText(await client.GetDocumentAsync($"/fostering/{carer.Id}"));
        Assert.Contains("1 child placed, 1 vacancy", page, StringComparison.Ordinal);
        Assert.Contains("Approved", page, StringComparison.Ordinal);

        // The first annual review goes back to panel.
        var review = $"/fostering/{carer.Id}/record/annual-review";
        var noPanel = await client.PostFormAsync(review, await client.GetFormAsync(review), With(Date("On", today), ("Summary", "Settled well")));
        Assert.Equal(HttpStatusCode.BadRequest, noPanel.StatusCode);
        Assert.Equal("The first annual review goes back to the fostering panel: enter the panel date", Html.InlineError(await noPanel.ReadDocumentAsync(), "PanelOn"));
        Assert.Equal(HttpStatusCode.Redirect,
            (await client.PostFormAsync(review, await client.GetFormAsync(review), With(Date("On", today), ("Summary", "Settled well"), ("PanelOn.Day", today.Day.ToString()),
                ("PanelOn.Month", today.Month.ToString()), ("PanelOn.Year", today.Year.ToString())))).StatusCode);
        Assert.Equal(today, await app.WithDbAsync(db => db.HouseholdEntries.Where(e => e.Kind == HouseholdEntryKind.AnnualReview)
            .Join(db.HouseholdJourneys.Where(j => j.CarerId == carer.Id), e => e.JourneyId, j => j.Id, (e, j) => e.On).SingleAsync()));
        Assert.Contains("Annual review", Html.MainText(await client.GetDocumentAsync($"/fostering/{carer.Id}")), StringComparison.Ordinal);

        // The list: approved households, sorted, exported with an audit event.
        Assert.Contains(name, Html.MainText(await client.GetDocumentAsync("/fostering?stage=Approved&sort=review")), StringComparison.Ordinal);
        Assert.DoesNotContain(name, Html.MainText(await client.GetDocumentAsync("/fostering?stage=Enquiry")), StringComparison.Ordinal);
        var csv = await client.GetAsync("/fostering?stage=Approved&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Contains(name, await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.TargetName == "fostering households")));

        // The supervising social worker's tray has the unannounced visit and the training standards, linked to the household.
        var tray = Html.MainText(await client.GetDocumentAsync("/work-tray?kind=unannounced-visit"));
        Assert.Contains(name, tray, StringComparison.Ordinal);
        Assert.Contains("Unannounced visit to foster carers due", tray, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_household_audit_names_the_assessing_and_supervising_social_workers_not_their_user_ids()
    {
        var worker = await WorkerInTeamAsync($"Named Worker {Guid.NewGuid():N}"[..20]);
        var client = await app.SignInAsync(worker);
        var today = DateOnly.FromDateTime(HavenAppFactory.Now.UtcDateTime);
        var name = $"Audit names {Guid.NewGuid():N}"[..22];
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/fostering/new", await client.GetFormAsync("/fostering/new"),
            With(Date("EnquiryOn", today.AddDays(-20)), ("Name", name), ("Route", nameof(HouseholdRoute.Fostering))))).StatusCode);
        var carer = await app.WithDbAsync(db => db.Carers.SingleAsync(c => c.Name == name));
        foreach (var (step, fields) in new[]
        {
            ("assessment", With(Date("On", today.AddDays(-15)), ("WorkerUserId", worker.Id))),
            ("panel", With(Date("On", today.AddDays(-5)), ("Yes", "true"))),
            ("decision", With(Date("On", today.AddDays(-2)), ("Yes", "true"), ("Places", "1"), ("AgeFrom", "0"), ("AgeTo", "17"), ("CareTypes", "ShortTerm"))),
            ("supervising-worker", With(Date("On", today), ("WorkerUserId", worker.Id))),
        })
        {
            var response = await client.PostFormAsync(Step(carer.Id, step), await client.GetFormAsync(Step(carer.Id, step)), fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{step}: {Html.MainText(await response.ReadDocumentAsync())}");
        }

        var changes = (await app.WithDbAsync(db => db.AuditEvents.AsNoTracking()
            .Where(e => e.Type == AuditEventTypes.HouseholdStepRecorded && e.TargetId == carer.Id.ToString()).ToListAsync()))
            .SelectMany(e => e.Changes).ToList();
        Assert.Equal(worker.DisplayName, changes.Single(c => c.Field == "Assessing social worker").NewValue);
        Assert.Equal(worker.DisplayName, changes.Single(c => c.Field == "Supervising social worker").NewValue);
        Assert.DoesNotContain(changes, c => c.NewValue == worker.Id || c.OldValue == worker.Id);
    }

    [Fact]
    public async Task A_households_overdue_review_shows_on_the_supervising_workers_home_and_their_team_managers_home()
    {
        var manager = await app.CreateUserAsync("Household Manager", Role.TeamManager);
        var team = await app.TeamAsync($"Households {Guid.NewGuid():N}"[..24], manager.Id);
        var worker = await app.CreateUserAsync("Household Supervisor", Role.SocialWorker, team.Id);
        var today = DateOnly.FromDateTime(HavenAppFactory.Now.UtcDateTime);
        var household = new Carer { Id = Guid.NewGuid(), Name = $"Home clocks {Guid.NewGuid():N}"[..22], ProviderCode = "PR1", Kind = CarerKind.FosteringHousehold, Approval = CarerApproval.Approved, Places = 1 };
        await app.WithDbAsync(async db =>
        {
            db.Carers.Add(household);
            db.HouseholdJourneys.Add(new HouseholdJourney
            {
                Id = Guid.NewGuid(), CarerId = household.Id, Route = HouseholdRoute.Fostering, EnquiryOn = today.AddYears(-3), AssessmentStartedOn = today.AddYears(-3).AddDays(30),
                PanelOn = today.AddYears(-2).AddDays(-10), PanelRecommendedApproval = true, DecisionOn = today.AddYears(-2), Approved = true,
                AgeFrom = 0, AgeTo = 17, CareTypes = FosteringCareTypes.ShortTerm, SupervisingWorkerUserId = worker.Id,
            });
            await db.SaveChangesAsync();
        });

        // The worker's "overdue and due this week" list has the household's review, its name leading to the household.
        var home = await (await app.SignInAsync(worker)).GetDocumentAsync("/");
        var rows = home.QuerySelectorAll("tbody tr").Where(r => r.TextContent.Contains(household.Name, StringComparison.Ordinal)).ToList();
        Assert.Contains(rows, r => r.TextContent.Contains("Foster carers' annual review due", StringComparison.Ordinal) && r.TextContent.Contains("Overdue", StringComparison.Ordinal));
        Assert.All(rows.SelectMany(r => r.QuerySelectorAll("a")).Where(a => a.TextContent.Trim() == household.Name),
            a => Assert.Equal($"/fostering/{household.Id}", a.GetAttribute("href")));

        // The team manager's home lists it under the households' work, with the supervising social worker.
        var managers = await (await app.SignInAsync(manager)).GetDocumentAsync("/");
        Assert.NotNull(managers.GetElementById("households"));
        Assert.Contains(managers.QuerySelectorAll("tbody tr"), r => r.TextContent.Contains(household.Name, StringComparison.Ordinal)
            && r.TextContent.Contains("Foster carers' annual review due", StringComparison.Ordinal) && r.TextContent.Contains(worker.DisplayName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_overdue_review_shows_on_the_list_and_the_tray_and_connected_persons_near_16_weeks_are_due()
    {
        var worker = await WorkerInTeamAsync("Supervising Worker");
        var today = DateOnly.FromDateTime(HavenAppFactory.Now.UtcDateTime);
        var overdue = new Carer { Id = Guid.NewGuid(), Name = $"Overdue {Guid.NewGuid():N}"[..20], ProviderCode = "PR1", Kind = CarerKind.FosteringHousehold, Approval = CarerApproval.Approved, Places = 1 };
        var connected = new Carer { Id = Guid.NewGuid(), Name = $"Gran {Guid.NewGuid():N}"[..17], ProviderCode = "PR1", Kind = CarerKind.ConnectedPersons, Approval = CarerApproval.TemporarilyApproved, Places = 1 };
        await app.WithDbAsync(async db =>
        {
            db.Carers.AddRange(overdue, connected);
            db.HouseholdJourneys.Add(new HouseholdJourney
            {
                Id = Guid.NewGuid(), CarerId = overdue.Id, Route = HouseholdRoute.Fostering, EnquiryOn = today.AddYears(-3), AssessmentStartedOn = today.AddYears(-3).AddDays(30),
                PanelOn = today.AddYears(-2).AddDays(-10), PanelRecommendedApproval = true, DecisionOn = today.AddYears(-2), Approved = true,
                AgeFrom = 0, AgeTo = 17, CareTypes = FosteringCareTypes.ShortTerm, SupervisingWorkerUserId = worker.Id,
            });
            db.HouseholdJourneys.Add(new HouseholdJourney
            {
                Id = Guid.NewGuid(), CarerId = connected.Id, Route = HouseholdRoute.ConnectedPersons, EnquiryOn = today.AddDays(-110),
                TemporaryApprovalOn = today.AddDays(-110), TemporaryApprovalChild = "Amy", AssessmentStartedOn = today.AddDays(-100), AssessingWorkerUserId = worker.Id,
            });
            await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync(worker);
        var list = Html.MainText(await client.GetDocumentAsync("/fostering?overdue=reviews"));
        Assert.Contains(overdue.Name, list, StringComparison.Ordinal);
        Assert.DoesNotContain(connected.Name, list, StringComparison.Ordinal);

        var tray = Html.MainText(await client.GetDocumentAsync("/work-tray"));
        Assert.Contains("Foster carers' annual review due", tray, StringComparison.Ordinal);
        Assert.Contains("Connected persons decision due (temporary approval ends)", tray, StringComparison.Ordinal);
        // 112 days from temporary approval is the first day without it; the decision is due the day before.
        Assert.Contains(Haven.Domain.Formatting.DateText.Short(today.AddDays(1)), tray, StringComparison.Ordinal);
    }
}

public sealed class FosteringHouseholdTestsOnSqlite(SqliteAppFactory app) : FosteringHouseholdTests<SqliteAppFactory>(app);

public sealed class FosteringHouseholdTestsOnPostgres(PostgresAppFactory app) : FosteringHouseholdTests<PostgresAppFactory>(app);
