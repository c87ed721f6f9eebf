using System.Diagnostics;
using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.CaseRecording;
using Haven.Domain.ChildProtection;
using Haven.Domain.Events;
using Haven.Domain.People;
using Haven.Web.Tests.Infrastructure;
using Haven.Web.Tests.WorkTray;
using Microsoft.EntityFrameworkCore;
using static Haven.Web.Tests.WorkTray.CaseworkSeed;

namespace Haven.Web.Tests.Sharing;

/// <summary>Sharing plans, assessments and conference papers with families, on both databases, on 25 November 2026.</summary>
public abstract class SharingTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private async Task<(ApplicationUser Worker, Person Child, ChildProtectionPlan Plan, ChildProtectionConference Conference)> PlanAsync()
    {
        var worker = await app.CreateUserAsync("Sharing Worker", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Nell", "Gwinnett", D("2017-08-19"));
        var episode = await app.EpisodeAsync(child.Id, "2026-10-05", worker.Id);
        var conference = new ChildProtectionConference
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode.Id, Type = ConferenceType.Initial, ScheduledFor = D("2026-11-02"), HeldOn = D("2026-11-02"),
            Chair = "Ms Ruth Okafor", Decision = ConferenceDecision.ChildProtectionPlan, Category = "NEG", DecisionRationale = "Home conditions and missed health appointments.",
        };
        var plan = new ChildProtectionPlan
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode.Id, StartDate = D("2026-11-02"), InitialCategory = "NEG", LatestCategory = "NEG",
            Contingency = "If the house is not safe and warm by January, we will ask the court to decide where Nell lives.",
        };
        await app.AddAsync(conference, plan,
            new PlanAction { Id = Guid.NewGuid(), ChildProtectionPlanId = plan.Id, Need = "Nell often has no clean clothes or food at home", Action = "Weekly food shop with the family support worker", Owner = "Mum and family support", DueDate = D("2026-12-18"), MeasureOfSuccess = "There is food in the cupboards at every visit" },
            new PlanAction { Id = Guid.NewGuid(), ChildProtectionPlanId = plan.Id, Need = "Missed dental and health appointments", Action = "Book and attend the dentist", Owner = "Health visitor", DueDate = D("2027-01-15") });
        return (worker, child, plan, conference);
    }

    private static string ItemUrl(Person child, string kind, Guid id) => $"/people/{child.Id}/sharing/{kind}/{id}";

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"haven-share-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return string.Join(' ', text.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_plan_is_shared_as_a_plain_english_pdf_and_the_sharing_is_recorded()
    {
        var (worker, child, plan, _) = await PlanAsync();
        var client = await app.SignInAsync(worker);

        var list = await client.GetDocumentAsync($"/people/{child.Id}/sharing");
        var planRow = list.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("Child protection plan from 2 November 2026", StringComparison.Ordinal));
        // Five working days from 2 November: due 9 November, so overdue on the 25th.
        Assert.Contains("Not yet shared", planRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("due by 9 November 2026", planRow.TextContent, StringComparison.Ordinal);
        Assert.Contains("Share overdue", planRow.TextContent, StringComparison.Ordinal);

        var url = ItemUrl(child, "child-protection-plan", plan.Id);
        var pdf = await client.GetAsync($"{url}?handler=Pdf&version=plain");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var bytes = await pdf.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        var text = await PdfTextAsync(bytes);
        Assert.Contains("What we are worried about", text, StringComparison.Ordinal);
        Assert.Contains("We are worried that Nell is at risk of neglect.", text, StringComparison.Ordinal);
        Assert.Contains("Nell often has no clean clothes or food at home", text, StringComparison.Ordinal);
        Assert.Contains("There is food in the cupboards at every visit", text, StringComparison.Ordinal);
        Assert.Contains("Who will do what by when", text, StringComparison.Ordinal);
        Assert.Contains("Weekly food shop with the family support worker", text, StringComparison.Ordinal);
        Assert.Contains("What will happen if things do not change", text, StringComparison.Ordinal);
        Assert.Contains("we will ask the court to decide where Nell lives", text, StringComparison.Ordinal);

        var screen = await client.GetAsync($"{url}?handler=Document");
        var html = await screen.Content.ReadAsStringAsync();
        Assert.Equal("text/html", screen.Content.Headers.ContentType!.MediaType);
        Assert.Contains("style-src 'sha256-", screen.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<h1>Child protection plan<span class=\"for\">for Nell Gwinnett</span></h1>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">How we will know</th>", html, StringComparison.Ordinal);

        var form = await client.GetFormAsync(url);
        var refused = await client.PostFormAsync(url, form, new() { ["SharedOn.Day"] = "1", ["SharedOn.Month"] = "11", ["SharedOn.Year"] = "2026", ["SharedWith"] = "Ms Kerry Gwinnett (mother)" });
        var refusedDoc = await refused.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["The date it was shared cannot be before 2 November 2026, when it was written", "Select how it was shared"], Html.ErrorSummary(refusedDoc));
        Assert.Equal("Ms Kerry Gwinnett (mother)", Html.Value(refusedDoc, "SharedWith"));
        Assert.Equal(0, await app.WithDbAsync(db => db.SharingRecords.CountAsync(s => s.PersonId == child.Id)));

        var saved = await client.PostFormAsync(url, form, new()
        {
            ["SharedOn.Day"] = "24", ["SharedOn.Month"] = "11", ["SharedOn.Year"] = "2026", ["SharedWith"] = "Ms Kerry Gwinnett (mother)", ["Method"] = "InPerson",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var record = await app.WithDbAsync(db => db.SharingRecords.SingleAsync(s => s.PersonId == child.Id));
        Assert.Equal((SharedItemKind.ChildProtectionPlan, plan.Id, D("2026-11-24"), SharingMethod.InPerson, worker.Id),
            (record.ItemKind, record.ItemId, record.SharedOn, record.Method, record.RecordedByUserId));
        var e = await app.WithDbAsync(db => db.CaseEvents.SingleAsync(x => x.PersonId == child.Id && x.Type == CaseEventTypes.SharedWithFamily));
        Assert.Contains(new FieldChange("Shared with", null, "Ms Kerry Gwinnett (mother)"), e.Changes);
        Assert.Contains(new FieldChange("How", null, "In person"), e.Changes);

        var after = Html.MainText(await client.GetDocumentAsync(url));
        Assert.Contains("Shared on 24 November 2026 with Ms Kerry Gwinnett (mother) (in person)", after, StringComparison.Ordinal);
        Assert.DoesNotContain("Share overdue", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_and_minutes_the_conference_recorded_as_shared_are_not_shown_as_not_yet_shared()
    {
        var (worker, child, _, conference) = await PlanAsync();
        await app.WithDbAsync(async db =>
        {
            var held = await db.ChildProtectionConferences.SingleAsync(c => c.Id == conference.Id);
            (held.ReportSharedWithParentsOn, held.MinutesSentOn) = (D("2026-10-30"), D("2026-11-06"));
            await db.SaveChangesAsync();
        });
        var client = await app.SignInAsync(worker);
        var rows = (await client.GetDocumentAsync($"/people/{child.Id}/sharing")).QuerySelectorAll("main tbody tr").Select(r => r.TextContent).ToList();
        var report = Assert.Single(rows, r => r.Contains("Report for the initial conference", StringComparison.Ordinal));
        var minutes = Assert.Single(rows, r => r.Contains("Minutes of the initial conference", StringComparison.Ordinal));
        Assert.DoesNotContain("Not yet shared", report, StringComparison.Ordinal);
        Assert.Contains("Shared on 30 October 2026", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Not yet shared", minutes, StringComparison.Ordinal);
        Assert.Contains("Sent on 6 November 2026", minutes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sharing_conference_minutes_records_when_the_minutes_were_sent()
    {
        var (worker, child, _, conference) = await PlanAsync();
        var client = await app.SignInAsync(worker);
        var url = ItemUrl(child, "conference-minutes", conference.Id);
        var text = await PdfTextAsync(await client.GetByteArrayAsync($"{url}?handler=Pdf"));
        Assert.Contains("Initial child protection conference minutes", text, StringComparison.Ordinal);
        Assert.Contains("Ms Ruth Okafor", text, StringComparison.Ordinal);
        Assert.Contains("Home conditions and missed health appointments.", text, StringComparison.Ordinal);

        var form = await client.GetFormAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form, new()
        {
            ["SharedOn.Day"] = "25", ["SharedOn.Month"] = "11", ["SharedOn.Year"] = "2026", ["SharedWith"] = "Both parents", ["Method"] = "Post",
        })).StatusCode);
        var saved = await app.WithDbAsync(db => db.ChildProtectionConferences.SingleAsync(c => c.Id == conference.Id));
        Assert.Equal(D("2026-11-25"), saved.MinutesSentOn);
        Assert.Null(saved.ReportSharedWithParentsOn);
    }

    [Fact]
    public async Task An_authorised_assessment_is_shared_in_the_childs_words_and_an_unauthorised_one_is_not_offered()
    {
        var (worker, child, _, _) = await PlanAsync();
        var episode = await app.WithDbAsync(db => db.Referrals.Where(r => r.PersonId == child.Id).Select(r => r.Id).SingleAsync());
        var authorised = new Haven.Domain.Assessments.Assessment
        {
            Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode, StartDate = D("2026-10-06"), TimescaleWorkingDays = 30, ChildSeenOn = D("2026-10-08"), SeenAlone = true,
            ChildsWishesAndFeelings = "\"I want my own bed and for mum to stop being sad.\"", Analysis = "Neglect is long-standing; mum engages when supported.",
            Factors = ["2B"], Outcome = Haven.Domain.Assessments.AssessmentOutcome.StrategyDiscussion, AuthorisedOn = D("2026-10-28"),
        };
        var draft = new Haven.Domain.Assessments.Assessment { Id = Guid.NewGuid(), PersonId = child.Id, ReferralId = episode, StartDate = D("2026-11-20"), TimescaleWorkingDays = 20 };
        await app.AddAsync(authorised, draft);
        var client = await app.SignInAsync(worker);

        var list = Html.MainText(await client.GetDocumentAsync($"/people/{child.Id}/sharing"));
        Assert.Contains("Assessment authorised on 28 October 2026", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ItemUrl(child, "assessment", draft.Id))).StatusCode);

        var text = await PdfTextAsync(await client.GetByteArrayAsync($"{ItemUrl(child, "assessment", authorised.Id)}?handler=Pdf"));
        Assert.Contains("What the child told us", text, StringComparison.Ordinal);
        Assert.Contains("I want my own bed and for mum to stop being sad.", text, StringComparison.Ordinal);
        Assert.Contains("Seen on 8 October 2026, and seen alone", text, StringComparison.Ordinal);
        Assert.Contains("Neglect is long-standing", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_childs_paper_or_an_unknown_kind_is_not_found()
    {
        var (worker, child, plan, _) = await PlanAsync();
        var other = await app.RegisterAsync(worker, "Olly", "Pargeter", D("2016-01-01"));
        var client = await app.SignInAsync(worker);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ItemUrl(other, "child-protection-plan", plan.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{ItemUrl(other, "child-protection-plan", plan.Id)}?handler=Pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ItemUrl(child, "care-plan", plan.Id))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(ItemUrl(child, "child-in-need-plan", plan.Id))).StatusCode);
    }
}

public sealed class SharingTestsOnSqlite(SqliteAppFactory app) : SharingTests<SqliteAppFactory>(app);

public sealed class SharingTestsOnPostgres(PostgresAppFactory app) : SharingTests<PostgresAppFactory>(app);
