using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.FrontDoor;
using Haven.Web.Features.FrontDoor;
using Haven.Web.Features.People;
using Haven.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.FrontDoor;

/// <summary>
/// The front-door dashboard: every figure is the length of the list it links to, the clocks are right against
/// working days, only managers (and auditors) see it, and restricted children stay anonymous.
/// </summary>
public abstract partial class DashboardTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory, IHasHistory
{
    // The app's "now" is Wednesday 25 November 2026, 10:30 UTC (GMT, so also 10:30 in the UK).
    private static readonly DateTime Friday20th = new(2026, 11, 20, 14, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Tuesday24th = new(2026, 11, 24, 9, 15, 0, DateTimeKind.Utc);
    private static readonly DateTime Today25th = new(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Every_figure_on_the_dashboard_is_the_number_of_rows_on_the_list_it_links_to()
    {
        var manager = await app.CreateUserAsync("Figures Manager", Role.TeamManager);
        var worker = await app.CreateUserAsync("Figures Worker", Role.SocialWorker);

        // Enough waiting since last Friday to run the overdue list onto a second page.
        var waiting = new List<Guid>();
        for (var i = 0; i < 27; i++)
        {
            waiting.Add((await app.RegisterAsync(worker, "Waiting", $"Child{i:D2}", new DateOnly(2015, 1, 1))).Id);
        }
        await RecordAsync(worker, waiting.Take(20).ToList(), Friday20th, "2A");
        await RecordAsync(worker, waiting.Skip(20).Take(4).ToList(), Tuesday24th, "6");
        await RecordAsync(worker, waiting.Skip(24).ToList(), Today25th, "9", email: null);

        // Decided this week, with different outcomes; the referrer has an email address, so feedback is owed.
        var decided = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            decided.Add((await app.RegisterAsync(worker, "Decided", $"Child{i:D2}", new DateOnly(2014, 2, 2))).Id);
        }
        var decidedContacts = await RecordAsync(worker, decided, Tuesday24th, "3A");
        await DecideAsync(manager, decidedContacts[0].Id, ScreeningOutcome.NoFurtherAction);
        await DecideAsync(manager, decidedContacts[1].Id, ScreeningOutcome.InformationAndAdvice);
        await DecideAsync(manager, decidedContacts[2].Id, ScreeningOutcome.InformationAndAdvice);
        await DecideAsync(manager, decidedContacts[3].Id, ScreeningOutcome.EarlyHelp);

        // Decided last Friday and nobody told the referrer: feedback overdue, and not "this week".
        var lastWeek = await app.RegisterAsync(worker, "Last", "Week", new DateOnly(2013, 3, 3));
        var lastWeekContact = (await RecordAsync(worker, [lastWeek.Id], Friday20th.AddHours(-28), "2A"))[0];
        await app.History.AtAsync(Friday20th, () => DecideAsync(manager, lastWeekContact.Id, ScreeningOutcome.Signpost));

        // Referred in June and again now: one re-referral out of two referrals.
        var twice = await app.RegisterAsync(worker, "Twice", "Referred", new DateOnly(2012, 4, 4));
        var june = (await RecordAsync(worker, [twice.Id], new DateTime(2026, 6, 1, 11, 0, 0, DateTimeKind.Utc), "3B"))[0];
        await DecideAsync(manager, june.Id, ScreeningOutcome.ReferralForAssessment);
        var again = (await RecordAsync(worker, [twice.Id], Tuesday24th, "6"))[0];
        await DecideAsync(manager, again.Id, ScreeningOutcome.ReferralForAssessment);

        // More than 12 months ago: in no 12-month figure.
        var old = await app.RegisterAsync(worker, "Long", "Ago", new DateOnly(2010, 5, 5));
        await RecordAsync(worker, [old.Id], new DateTime(2025, 10, 1, 10, 0, 0, DateTimeKind.Utc), "1A");

        var client = await app.SignInAsync(manager);
        var dashboard = await client.GetDocumentAsync("/front-door");
        var figures = dashboard.QuerySelectorAll("main a[data-figure]").Cast<IHtmlAnchorElement>().ToList();

        var checkedViews = new HashSet<string>();
        foreach (var link in figures)
        {
            var figure = Number(link.TextContent);
            var href = link.GetAttribute("href")!;
            var (heading, rows) = await ListAsync(client, href);
            Assert.True(figure == heading, $"{link.GetAttribute("data-figure")}: the dashboard says {figure}, the list's heading says {heading}");
            Assert.True(figure == rows.Count, $"{link.GetAttribute("data-figure")}: the dashboard says {figure}, the list has {rows.Count} rows");
            checkedViews.Add(link.GetAttribute("data-figure")!);
        }

        // Every kind of figure was there to check, and the ones this test made are not zero.
        foreach (var view in FrontDoorViews.All)
        {
            Assert.Contains(view, checkedViews);
        }
        Assert.Contains("decided-this-week:information-and-advice", checkedViews);
        Assert.Contains("by-source:2A", checkedViews);
        Assert.True(Figure(dashboard, "decision-overdue") >= 20);
        Assert.True(Figure(dashboard, "awaiting") >= 27);
        Assert.True(Figure(dashboard, "decided-this-week") >= 6);
        Assert.True(Figure(dashboard, "feedback-overdue") >= 1);
        Assert.True(Figure(dashboard, "feedback-due") >= 4);
        Assert.True(Figure(dashboard, "re-referrals-12-months") >= 1);
        var referrals = Figure(dashboard, "referrals-12-months");
        var reReferrals = Figure(dashboard, "re-referrals-12-months");
        var rate = dashboard.QuerySelector("#re-referral-rate")!.TextContent.Trim();
        Assert.Equal($"{Math.Round(100m * reReferrals / referrals, 1, MidpointRounding.AwayFromZero):0.#}%", rate);

        // The 12-month lists stop a year ago.
        var (_, bySource) = await ListAsync(client, "/front-door/contacts?view=by-source");
        Assert.DoesNotContain(bySource, r => r.Contains("Long Ago", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_contact_from_last_Friday_with_no_decision_is_overdue_and_one_from_today_is_waiting_but_in_time()
    {
        var worker = await app.CreateUserAsync("Clock Worker", Role.SocialWorker);
        var manager = await app.CreateUserAsync("Clock Manager", Role.ServiceManager);
        var friday = await app.RegisterAsync(worker, "Friday", "Fenwick", new DateOnly(2016, 1, 1));
        var tuesday = await app.RegisterAsync(worker, "Tuesday", "Tremlett", new DateOnly(2016, 1, 1));
        var today = await app.RegisterAsync(worker, "Today", "Tindall", new DateOnly(2016, 1, 1));
        await RecordAsync(worker, [friday.Id], Friday20th, "2A");
        await RecordAsync(worker, [tuesday.Id], Tuesday24th, "2A");
        await RecordAsync(worker, [today.Id], Today25th, "2A");
        var client = await app.SignInAsync(manager);

        var (_, overdue) = await ListAsync(client, FrontDoorViews.Link(FrontDoorViews.DecisionOverdue));
        var (_, awaiting) = await ListAsync(client, FrontDoorViews.Link(FrontDoorViews.Awaiting));

        Assert.Contains(overdue, r => r.Contains("Friday Fenwick", StringComparison.Ordinal));
        Assert.DoesNotContain(overdue, r => r.Contains("Tuesday Tremlett", StringComparison.Ordinal));
        Assert.DoesNotContain(overdue, r => r.Contains("Today Tindall", StringComparison.Ordinal));
        Assert.Contains(awaiting, r => r.Contains("Today Tindall", StringComparison.Ordinal));

        // On the dashboard: Friday 20th was due Monday 23rd, three working days ago; Tuesday's is due today.
        var dashboard = await client.GetDocumentAsync("/front-door");
        var fridayRow = Row(dashboard, "Friday Fenwick");
        Assert.Equal("3", Cell(fridayRow, "Working days waiting").TextContent.Trim());
        Assert.Contains("23 November 2026", Cell(fridayRow, "Decision due").TextContent, StringComparison.Ordinal);
        Assert.Equal("Overdue", Cell(fridayRow, "Decision due").QuerySelector(".govuk-tag--red")?.TextContent.Trim());
        var tuesdayRow = Row(dashboard, "Tuesday Tremlett");
        Assert.Equal("1", Cell(tuesdayRow, "Working days waiting").TextContent.Trim());
        Assert.Equal("Due today", Cell(tuesdayRow, "Decision due").QuerySelector(".govuk-tag--yellow")?.TextContent.Trim());
        var todayRow = Row(dashboard, "Today Tindall");
        Assert.Equal("0", Cell(todayRow, "Working days waiting").TextContent.Trim());
        Assert.Contains("26 November 2026", Cell(todayRow, "Decision due").TextContent, StringComparison.Ordinal);
        Assert.Null(Cell(todayRow, "Decision due").QuerySelector(".govuk-tag"));
    }

    [Fact]
    public async Task Feedback_is_overdue_when_a_decision_made_last_Friday_for_an_email_referrer_was_never_sent()
    {
        var worker = await app.CreateUserAsync("Feedback Worker", Role.SocialWorker);
        var manager = await app.CreateUserAsync("Feedback Manager", Role.TeamManager);
        var unsent = await app.RegisterAsync(worker, "Unsent", "Umber", new DateOnly(2015, 1, 1));
        var sent = await app.RegisterAsync(worker, "Sent", "Saffron", new DateOnly(2015, 1, 1));
        var recent = await app.RegisterAsync(worker, "Recent", "Russet", new DateOnly(2015, 1, 1));
        var unsentContact = (await RecordAsync(worker, [unsent.Id], Friday20th.AddHours(-4), "2A"))[0];
        var sentContact = (await RecordAsync(worker, [sent.Id], Friday20th.AddHours(-4), "2A"))[0];
        var recentContact = (await RecordAsync(worker, [recent.Id], Tuesday24th, "2A"))[0];
        var decidedAt = new DateTimeOffset(2026, 11, 20, 11, 0, 0, TimeSpan.Zero);
        await app.History.AtAsync(decidedAt, () => DecideAsync(manager, unsentContact.Id, ScreeningOutcome.InformationAndAdvice));
        await app.History.AtAsync(decidedAt, () => DecideAsync(manager, sentContact.Id, ScreeningOutcome.InformationAndAdvice));
        await app.History.AtAsync(decidedAt.AddMinutes(5), () => app.AsUserAsync(manager, async s =>
        {
            await s.GetRequiredService<FrontDoorService>().RecordFeedbackAsync(sentContact.Id, FeedbackMethod.Email, sent: true, null, "notify-1", CancellationToken.None);
            return 0;
        }));
        await DecideAsync(manager, recentContact.Id, ScreeningOutcome.InformationAndAdvice);
        var client = await app.SignInAsync(manager);

        var (_, overdue) = await ListAsync(client, FrontDoorViews.Link(FrontDoorViews.FeedbackOverdue));
        var (_, due) = await ListAsync(client, FrontDoorViews.Link(FrontDoorViews.FeedbackDue));

        // Decided Friday 11am: two working days is Tuesday 24th 11am, before now.
        var row = Assert.Single(overdue, r => r.Contains("Unsent Umber", StringComparison.Ordinal));
        Assert.Contains("due 24 November 2026 at 11am", row, StringComparison.Ordinal);
        Assert.DoesNotContain(due, r => r.Contains("Unsent Umber", StringComparison.Ordinal));
        Assert.DoesNotContain(overdue, r => r.Contains("Sent Saffron", StringComparison.Ordinal));
        Assert.DoesNotContain(due, r => r.Contains("Sent Saffron", StringComparison.Ordinal));
        Assert.Contains(due, r => r.Contains("Recent Russet", StringComparison.Ordinal));
        Assert.DoesNotContain(overdue, r => r.Contains("Recent Russet", StringComparison.Ordinal));
        var (_, thisWeek) = await ListAsync(client, FrontDoorViews.Link(FrontDoorViews.DecidedThisWeek));
        Assert.DoesNotContain(thisWeek, r => r.Contains("Unsent Umber", StringComparison.Ordinal));
        Assert.Contains(thisWeek, r => r.Contains("Recent Russet", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Role.TeamManager, true)]
    [InlineData(Role.ServiceManager, true)]
    [InlineData(Role.Auditor, true)]
    [InlineData(Role.SocialWorker, false)]
    [InlineData(Role.BusinessSupport, false)]
    [InlineData(Role.IndependentReviewingOfficer, false)]
    [InlineData(Role.PerformanceAnalyst, false)]
    [InlineData(Role.SystemAdministrator, false)]
    public async Task Only_managers_and_auditors_may_open_the_dashboard_and_its_lists(Role role, bool allowed)
    {
        var client = await app.SignInAsync(await app.CreateUserAsync($"A {role}", role));

        foreach (var url in new[] { "/front-door", "/front-door/contacts?view=awaiting", "/front-door/contacts?view=by-source&format=csv" })
        {
            var response = await client.GetAsync(url);
            if (allowed)
            {
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            else
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.StartsWith("/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task A_restricted_child_shows_as_a_restricted_record_with_only_the_Haven_ID_unless_you_are_named()
    {
        var worker = await app.CreateUserAsync("Restrict Worker", Role.SocialWorker);
        var named = await app.CreateUserAsync("Named Manager", Role.TeamManager);
        var other = await app.CreateUserAsync("Other Manager", Role.TeamManager);
        var child = await app.RegisterAsync(worker, "Hidden", "Hawthorne", new DateOnly(2014, 7, 7));
        var contact = (await RecordAsync(worker, [child.Id], Tuesday24th, "6"))[0];
        await app.AsUserAsync(named, async s =>
        {
            var people = s.GetRequiredService<PeopleService>();
            await people.SetRestrictedAsync(child.Id, true, "Child of a member of staff", CancellationToken.None);
            await people.GrantNamedAccessAsync(child.Id, named, named.Id, CancellationToken.None);
            return 0;
        });

        var otherClient = await app.SignInAsync(other);
        var dashboard = await otherClient.GetStringAsync("/front-door");
        var (_, list) = await ListAsync(otherClient, FrontDoorViews.Link(FrontDoorViews.Awaiting));
        var csv = await otherClient.GetStringAsync(FrontDoorViews.Link(FrontDoorViews.Awaiting) + "&format=csv");

        foreach (var text in new[] { dashboard, string.Join("\n", list), csv })
        {
            Assert.DoesNotContain("Hawthorne", text, StringComparison.Ordinal);
            Assert.DoesNotContain(contact.Reference, text, StringComparison.Ordinal);
        }
        var row = Assert.Single(list, r => r.Contains(child.LaPersonId, StringComparison.Ordinal));
        Assert.Contains("Restricted record", row, StringComparison.Ordinal);
        Assert.DoesNotContain("Police", row, StringComparison.Ordinal);
        Assert.Contains(csv.Split("\r\n"), l => l.StartsWith($"Restricted record,{child.LaPersonId},,", StringComparison.Ordinal));

        var namedClient = await app.SignInAsync(named);
        var (_, namedList) = await ListAsync(namedClient, FrontDoorViews.Link(FrontDoorViews.Awaiting));
        Assert.Contains(namedList, r => r.Contains("Hidden Hawthorne", StringComparison.Ordinal) && r.Contains(contact.Reference, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_figure_names_its_source_for_screen_readers_with_acronyms_kept()
    {
        var worker = await app.CreateUserAsync("Acronym Worker", Role.SocialWorker);
        var manager = await app.CreateUserAsync("Acronym Manager", Role.TeamManager);
        var child = await app.RegisterAsync(worker, "Acronym", "Child", new DateOnly(2015, 1, 1));
        await RecordAsync(worker, [child.Id], Tuesday24th, "3E");

        var dashboard = await (await app.SignInAsync(manager)).GetDocumentAsync("/front-door");

        var hidden = dashboard.QuerySelector($"main a[data-figure='{FrontDoorViews.BySource}:3E'] .govuk-visually-hidden")!.TextContent;
        Assert.Equal(" from health services: A&E", hidden);
    }

    [Fact]
    public async Task The_csv_has_a_header_and_one_line_per_contact_on_the_list()
    {
        var worker = await app.CreateUserAsync("Csv Worker", Role.SocialWorker);
        var auditor = await app.CreateUserAsync("Csv Auditor", Role.Auditor);
        var children = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            children.Add((await app.RegisterAsync(worker, "Csv", $"Child{i}", new DateOnly(2015, 1, 1))).Id);
        }
        var contacts = await RecordAsync(worker, children, Tuesday24th, "3E");
        var client = await app.SignInAsync(auditor);
        var listUrl = FrontDoorViews.Link(FrontDoorViews.BySource, source: "3E");
        var (count, rows) = await ListAsync(client, listUrl);

        var response = await client.GetAsync(listUrl + "&format=csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Child,Haven ID,Contact reference,Received,", lines[0], StringComparison.Ordinal);
        Assert.Equal(count + 1, lines.Length);
        Assert.Equal(rows.Count + 1, lines.Length);
        foreach (var contact in contacts)
        {
            var line = Assert.Single(lines, l => l.Contains(contact.Reference, StringComparison.Ordinal));
            Assert.Contains(",24 November 2026 at 9:15am,", line, StringComparison.Ordinal);
            Assert.Contains("Health services: A&E", line, StringComparison.Ordinal);
            Assert.Contains("Awaiting decision", line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_list_sorts_by_received_with_links_that_say_how_it_is_sorted()
    {
        var worker = await app.CreateUserAsync("Sort Worker", Role.SocialWorker);
        var manager = await app.CreateUserAsync("Sort Manager", Role.TeamManager);
        var early = await app.RegisterAsync(worker, "Early", "Sorter", new DateOnly(2015, 1, 1));
        var late = await app.RegisterAsync(worker, "Late", "Sorter", new DateOnly(2015, 1, 1));
        await RecordAsync(worker, [early.Id], Tuesday24th.AddHours(-1), "5D");
        await RecordAsync(worker, [late.Id], Tuesday24th.AddHours(1), "5D");
        var client = await app.SignInAsync(manager);
        var url = FrontDoorViews.Link(FrontDoorViews.BySource, source: "5D");

        var newestFirst = await client.GetDocumentAsync(url);
        var received = newestFirst.QuerySelector("th[aria-sort] a[href*='sort=received']")!.ParentElement!;
        Assert.Equal("descending", received.GetAttribute("aria-sort"));
        Assert.Equal(["Late Sorter", "Early Sorter"], ChildNames(newestFirst));

        var oldestFirst = await client.GetDocumentAsync(received.QuerySelector("a")!.GetAttribute("href")!);
        Assert.Equal("ascending", oldestFirst.QuerySelector("th a[href*='sort=received']")!.ParentElement!.GetAttribute("aria-sort"));
        Assert.Equal(["Early Sorter", "Late Sorter"], ChildNames(oldestFirst));
    }

    [Fact]
    public async Task An_unknown_view_is_not_found()
    {
        var client = await app.SignInAsync(await app.CreateUserAsync("Lost Manager", Role.TeamManager));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/front-door/contacts?view=everything")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/front-door/contacts")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/front-door/contacts?view=decided-this-week&outcome=maybe")).StatusCode);
    }

    private Task<IReadOnlyList<Contact>> RecordAsync(ApplicationUser worker, IReadOnlyList<Guid> children, DateTime receivedAtUtc, string source, string? email = "dsl@school.example") =>
        app.AsUserAsync(worker, s => s.GetRequiredService<FrontDoorService>().RecordAsync(children, new ContactDetails(
            receivedAtUtc, ContactRoute.Phone, ContactKind.Contact, source,
            source is "9" ? null : "Pat Referrer", "Northbridge Primary", "Designated safeguarding lead", email, "01632 960000", null,
            "Came to school with bruising to the arm and would not say how it happened.", null, ConsentToShare.Given, null, YesNoNotKnown.Yes),
            CancellationToken.None));

    private Task<ScreeningDecision> DecideAsync(ApplicationUser manager, Guid contactId, ScreeningOutcome outcome) =>
        app.AsUserAsync(manager, s => s.GetRequiredService<FrontDoorService>().DecideAsync(contactId, new DecisionDetails(
            outcome,
            outcome switch
            {
                ScreeningOutcome.ReferralForAssessment => ThresholdLevel.ChildInNeed,
                ScreeningOutcome.EarlyHelp => ThresholdLevel.EarlyHelp,
                _ => ThresholdLevel.Universal,
            },
            "The school's concern is recorded and the family has been spoken to.",
            outcome == ScreeningOutcome.EarlyHelp ? "Sam Lead" : null,
            outcome == ScreeningOutcome.EarlyHelp ? "Northbridge Primary" : null,
            FrontDoorRules.IsReferralToSocialCare(outcome) ? "N1" : null), CancellationToken.None));

    /// <summary>The count in the list's "N contacts" heading, and the text of every row on every page.</summary>
    private static async Task<(int Heading, List<string> Rows)> ListAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        var heading = Number(doc.QuerySelector("#count")!.TextContent);
        var rows = new List<string>();
        for (var pages = 0; ; pages++)
        {
            Assert.True(pages < 100, "pagination never ended");
            rows.AddRange(doc.QuerySelectorAll("main table.govuk-table tbody tr").Select(r => Regex.Replace(r.TextContent, @"\s+", " ").Trim()));
            var next = doc.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href");
            if (next is null)
            {
                return (heading, rows);
            }
            doc = await client.GetDocumentAsync(next);
        }
    }

    private static int Figure(IHtmlDocument dashboard, string figure) =>
        Number(dashboard.QuerySelector($"main a[data-figure='{figure}']")!.TextContent);

    private static int Number(string text) => int.Parse(LeadingNumber().Match(text).Value, System.Globalization.CultureInfo.InvariantCulture);

    private static IHtmlTableRowElement Row(IHtmlDocument doc, string childName) =>
        doc.QuerySelectorAll("main table tbody tr").Cast<IHtmlTableRowElement>().Single(r => r.Cells[0].TextContent.Contains(childName, StringComparison.Ordinal));

    /// <summary>The row's cell under the column headed <paramref name="header"/>.</summary>
    private static IElement Cell(IHtmlTableRowElement row, string header)
    {
        var table = (IHtmlTableElement)row.Closest("table")!;
        var headers = table.Head!.Rows[0].Cells.Select(c => c.TextContent.Trim()).ToList();
        return row.Cells[headers.IndexOf(header)];
    }

    private static List<string> ChildNames(IHtmlDocument doc) =>
        doc.QuerySelectorAll("main table tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

    [GeneratedRegex(@"\d+")]
    private static partial Regex LeadingNumber();
}

public sealed class DashboardTestsOnSqlite(DashboardSqliteFactory app) : DashboardTests<DashboardSqliteFactory>(app);

public sealed class DashboardTestsOnPostgres(DashboardPostgresFactory app) : DashboardTests<DashboardPostgresFactory>(app);
