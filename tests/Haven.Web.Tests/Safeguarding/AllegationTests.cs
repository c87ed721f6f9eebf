using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.Safeguarding;
using Haven.Web.Features.Admin;
using Haven.Web.Tests.Authorisation;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Safeguarding;

/// <summary>
/// Allegations against adults who work with children (the LADO's work) on both databases: only an account an
/// administrator has given the designated officer duty may open them, whatever its role (an administrator without the
/// duty included), and only they see the menu item; an allegation goes from referral to outcome with each bad input
/// refused by its field and nothing saved, each change audited; the children linked never see it on their record or
/// chronology; the list filters, sorts and downloads (audited).
/// </summary>
public abstract class AllegationTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
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

    private static async Task<char> OutcomeAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        return RolePageMatrix.Outcome(response.StatusCode, response.Headers.Location);
    }

    private static async Task<IReadOnlyList<string>> MenuAsync(HttpClient client) =>
        [.. (await client.GetDocumentAsync("/account")).QuerySelectorAll("#navigation a").Select(a => a.TextContent.Trim())];

    /// <summary>An account given the duty by an administrator through the user page, as it is done for real.</summary>
    private async Task<ApplicationUser> DesignatedOfficerAsync(string name, Role role)
    {
        var officer = await app.CreateUserAsync(name, role);
        var admin = await app.SignInAsync(await app.CreateUserAsync($"Admin for {name}", Role.SystemAdministrator));
        var page = $"/admin/users/{officer.Id}";
        var response = await admin.PostFormAsync($"{page}?handler=DesignatedOfficer", await admin.GetFormAsync(page, "form[action*='DesignatedOfficer']"),
            new() { ["DesignatedOfficer"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return officer;
    }

    [Fact]
    public async Task Only_an_account_with_the_designated_officer_duty_opens_the_allegations_whatever_its_role()
    {
        var pages = new[] { "/lado", "/lado/new" };
        // Nobody without the duty, an administrator included, may open them or is offered them.
        foreach (var role in Enum.GetValues<Role>())
        {
            var client = await app.SignInAsync(await app.CreateUserAsync($"No duty {role}", role));
            foreach (var page in pages)
            {
                Assert.True(await OutcomeAsync(client, page) == RolePageMatrix.Refused, $"{role} without the duty opened {page}");
            }
            Assert.DoesNotContain("Allegations (LADO)", await MenuAsync(client));
        }

        // A social worker and a performance analyst given the duty may, and are offered the list in the menu.
        foreach (var role in new[] { Role.SocialWorker, Role.PerformanceAnalyst })
        {
            var officer = await DesignatedOfficerAsync($"Officer {role}", role);
            var client = await app.SignInAsync(officer);
            foreach (var page in pages)
            {
                Assert.True(await OutcomeAsync(client, page) == RolePageMatrix.Opens, $"{role} with the duty could not open {page}");
            }
            Assert.Contains("Allegations (LADO)", await MenuAsync(client));
            var change = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking()
                .SingleAsync(e => e.Type == AdminAudit.UserDesignatedOfficerChanged && e.TargetId == officer.Id));
            Assert.Equal(("not a designated officer", "designated officer (LADO)"), (change.Changes[0].OldValue, change.Changes[0].NewValue));
        }
    }

    [Fact]
    public async Task A_designated_officer_records_an_allegation_to_its_outcome_and_the_child_never_sees_it()
    {
        var officer = await DesignatedOfficerAsync("Lado Officer", Role.TeamManager);
        var client = await app.SignInAsync(officer);
        var worker = await app.CreateUserAsync("Childs Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Poppy", "Wren", new DateOnly(2015, 3, 3));
        var today = DateOnly.FromDateTime(HavenAppFactory.Now.UtcDateTime);
        var adult = $"Mark Hollis {Guid.NewGuid():N}"[..20];

        // The referral: no employer is refused by its field, what was typed kept, nothing saved.
        var referral = With(Date("ReceivedOn", today.AddDays(-20)), ("AdultName", adult), ("AdultRole", "Teaching assistant"),
            ("Details", "A pupil said he grabbed her arm in the playground"), ("ReportedBy", "Head teacher"));
        var bad = await client.PostFormAsync("/lado/new", await client.GetFormAsync("/lado/new"), referral);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var doc = await bad.ReadDocumentAsync();
        Assert.Equal("Enter who employs them, or the organisation they volunteer for", Html.InlineError(doc, "Employer"));
        Assert.Equal(adult, Html.Value(doc, "AdultName"));
        Assert.False(await app.WithDbAsync(db => db.Allegations.AnyAsync(a => a.AdultName == adult)));

        referral["Employer"] = "Hillside Primary School";
        var created = await client.PostFormAsync("/lado/new", await client.GetFormAsync("/lado/new"), referral);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var allegation = await app.WithDbAsync(db => db.Allegations.AsNoTracking().SingleAsync(a => a.AdultName == adult));
        var url = $"/lado/{allegation.Id}";
        Assert.Equal(url, created.Headers.Location?.OriginalString);

        // Not yet considered 20 days on: both clocks have run out.
        var page = Html.MainText(await client.GetDocumentAsync(url));
        Assert.Contains("The initial consideration was due by", page, StringComparison.Ordinal);

        // The child is linked by their Haven number; a number that is nobody's is refused by the field.
        var wrong = await client.PostFormAsync($"{url}?handler=Child", await client.GetFormAsync(url, "form[action*='Child']"), new() { ["Child"] = "H9999999" });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("Enter the Haven number of a child on Haven, for example H0001234", Html.InlineError(await wrong.ReadDocumentAsync(), "Child"));
        var linked = await client.PostFormAsync($"{url}?handler=Child", await client.GetFormAsync(url, "form[action*='Child']"), new() { ["Child"] = child.LaPersonId.ToLowerInvariant() });
        Assert.Equal(HttpStatusCode.Redirect, linked.StatusCode);
        // Named only when the officer may open the child's record, as in any list of children; the number always shows.
        Assert.Contains(child.LaPersonId, Html.MainText(await client.GetDocumentAsync(url)), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AllegationChildren.AnyAsync(c => c.AllegationId == allegation.Id && c.PersonId == child.Id)));

        // An outcome without its date is refused by the date, and nothing of the form is saved.
        var progressUrl = $"{url}/progress";
        var progress = With(Date("InitialConsiderationOn", today.AddDays(-19)), ("InitialConsiderationDecision", "Harm test met: strategy meeting"), ("Outcome", nameof(AllegationOutcome.Substantiated)));
        var refused = await client.PostFormAsync(progressUrl, await client.GetFormAsync(progressUrl), progress);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        doc = await refused.ReadDocumentAsync();
        Assert.Equal("Enter the date the outcome was reached", Html.InlineError(doc, "OutcomeOn"));
        Assert.Null(await app.WithDbAsync(db => db.Allegations.Where(a => a.Id == allegation.Id).Select(a => a.InitialConsiderationOn).SingleAsync()));

        foreach (var (k, v) in Date("StrategyMeetingOn", today.AddDays(-15)).Concat(Date("EvaluationMeetingOn", today.AddDays(-3))).Concat(Date("OutcomeOn", today.AddDays(-3))).Concat(Date("ClosedOn", today)))
        {
            progress[k] = v;
        }
        progress["EmployerAction"] = "Dismissed; referred to the DBS";
        var saved = await client.PostFormAsync(progressUrl, await client.GetFormAsync(progressUrl), progress);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        allegation = await app.WithDbAsync(db => db.Allegations.AsNoTracking().SingleAsync(a => a.Id == allegation.Id));
        Assert.Equal((today.AddDays(-19), AllegationOutcome.Substantiated, today.AddDays(-3), today), (allegation.InitialConsiderationOn, allegation.Outcome, allegation.OutcomeOn, allegation.ClosedOn));
        page = Html.MainText(await client.GetDocumentAsync(url));
        Assert.Contains($"Closed on {Haven.Domain.Formatting.DateText.Date(today)}", page, StringComparison.Ordinal);
        Assert.Contains("Substantiated on", page, StringComparison.Ordinal);

        // Every change is an audit event with before and after, never a case event on the child's record.
        var audits = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.TargetId == allegation.Id.ToString()).ToListAsync());
        Assert.Equal([AuditEventTypes.AllegationRecorded, AuditEventTypes.AllegationChildLinked, AuditEventTypes.AllegationChanged],
            audits.OrderBy(e => e.Id).Select(e => e.Type));
        Assert.Contains(audits.Single(e => e.Type == AuditEventTypes.AllegationChanged).Changes, c => c.Field == "Outcome" && c.OldValue == null && c.NewValue == "Substantiated");
        Assert.False(await app.WithDbAsync(db => db.CaseEvents.AnyAsync(e => e.PersonId == child.Id && e.Summary.Contains(adult))));

        // The child's worker sees nothing of it on the record or the chronology.
        var workerClient = await app.SignInAsync(worker);
        foreach (var childPage in new[] { $"/people/{child.Id}", $"/people/{child.Id}/chronology" })
        {
            var text = Html.MainText(await workerClient.GetDocumentAsync(childPage));
            Assert.Contains("Poppy", text, StringComparison.Ordinal);
            Assert.DoesNotContain(adult, text, StringComparison.Ordinal);
            Assert.DoesNotContain("allegation", text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task The_list_filters_by_open_overdue_and_outcome_sorts_and_downloads_an_audited_csv()
    {
        var officer = await DesignatedOfficerAsync("List Officer", Role.ServiceManager);
        var today = DateOnly.FromDateTime(HavenAppFactory.Now.UtcDateTime);
        var tag = Guid.NewGuid().ToString("N")[..6];
        Allegation Make(string name, int daysAgo) => new()
        {
            Id = Guid.NewGuid(), AdultName = $"{name} {tag}", Employer = "Northbridge FC", AdultRole = "Coach", Details = "Shouted at a child",
            ReportedBy = "Parent", ReceivedOn = today.AddDays(-daysAgo), RecordedByUserId = officer.Id, RecordedByName = "List Officer",
        };
        var overdue = Make("Aaron Overdue", 60);
        var recent = Make("Beth Recent", 0);
        var closed = Make("Carl Closed", 90);
        closed.InitialConsiderationOn = closed.ReceivedOn;
        closed.Outcome = AllegationOutcome.Unfounded;
        closed.OutcomeOn = closed.ReceivedOn.AddDays(20);
        closed.ClosedOn = closed.OutcomeOn;
        await app.WithDbAsync(async db => { db.Allegations.AddRange(overdue, recent, closed); await db.SaveChangesAsync(); });
        var client = await app.SignInAsync(officer);

        var open = Html.MainText(await client.GetDocumentAsync("/lado?status=open"));
        Assert.Contains(overdue.AdultName, open, StringComparison.Ordinal);
        Assert.DoesNotContain(closed.AdultName, open, StringComparison.Ordinal);
        var late = Html.MainText(await client.GetDocumentAsync("/lado?overdue=yes"));
        Assert.Contains(overdue.AdultName, late, StringComparison.Ordinal);
        Assert.DoesNotContain(recent.AdultName, late, StringComparison.Ordinal);
        Assert.DoesNotContain(closed.AdultName, late, StringComparison.Ordinal);
        var unfounded = Html.MainText(await client.GetDocumentAsync("/lado?outcome=Unfounded"));
        Assert.Contains(closed.AdultName, unfounded, StringComparison.Ordinal);
        Assert.DoesNotContain(overdue.AdultName, unfounded, StringComparison.Ordinal);

        var byAdult = (await client.GetDocumentAsync("/lado?sort=adult&dir=desc")).QuerySelectorAll("tbody a").Select(a => a.TextContent.Trim()).Where(n => n.EndsWith(tag, StringComparison.Ordinal)).ToList();
        Assert.Equal([closed.AdultName, recent.AdultName, overdue.AdultName], byAdult);

        var csv = await client.GetAsync("/lado?status=open&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var body = await csv.Content.ReadAsStringAsync();
        Assert.Contains(overdue.AdultName, body, StringComparison.Ordinal);
        Assert.DoesNotContain(closed.AdultName, body, StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Type == AuditEventTypes.Exported && e.ActorUserId == officer.Id && e.TargetName == "allegations against adults who work with children")));
    }
}

public sealed class AllegationTestsOnSqlite(SqliteAppFactory app) : AllegationTests<SqliteAppFactory>(app);

public sealed class AllegationTestsOnPostgres(PostgresAppFactory app) : AllegationTests<PostgresAppFactory>(app);
