using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.EarlyHelp;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Web.Features.EarlyHelp;
using Haven.Web.Infrastructure;
using Haven.Web.Features.FrontDoor;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.EarlyHelp;

/// <summary>An early help episode from the front door's decision to step-up, through the real pages, on both databases.</summary>
public abstract class EarlyHelpJourneyTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private async Task<(ApplicationUser Worker, ApplicationUser Manager, Person Child)> SetUpAsync()
    {
        var worker = await app.CreateUserAsync("Early Help Worker", Role.SocialWorker);
        var manager = await app.CreateUserAsync("Early Help Manager", Role.TeamManager);
        var child = await app.RegisterAsync(worker, "Mia", "Fairweather", new DateOnly(2016, 6, 12));
        return (worker, manager, child);
    }

    /// <summary>A contact decided as early help at the front door on Monday 23 November 2026, as ContactJourneyTests does it.</summary>
    private Task<Guid> EarlyHelpContactAsync(ApplicationUser manager, Person child, ScreeningOutcome outcome = ScreeningOutcome.EarlyHelp) =>
        app.AsUserAsync(manager, async s =>
        {
            var fd = s.GetRequiredService<FrontDoorService>();
            var c = (await fd.RecordAsync([child.Id], new ContactDetails(new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), ContactRoute.Phone, ContactKind.Contact, "2A",
                "Ms Ada Lovegood", "Northbridge Primary School", null, "dsl@northbridge.example.com", null, null,
                "Mia is often late and tired; mum says she is struggling since dad left.", "Mia said mornings are hard.", ConsentToShare.Given, null, YesNoNotKnown.Yes), CancellationToken.None))[0];
            await fd.MarkHistoryReadAsync(c.Id, null, CancellationToken.None);
            await fd.DecideAsync(c.Id, new DecisionDetails(outcome, ThresholdLevel.EarlyHelp, "Needs are emerging and mum asks for support; early help.",
                outcome == ScreeningOutcome.EarlyHelp ? "Ms Priya Shah" : null, outcome == ScreeningOutcome.EarlyHelp ? "Northbridge Primary School" : null, null), CancellationToken.None);
            return c.Id;
        });

    /// <summary>An episode started on 1 September 2026 by an agency request, through the service.</summary>
    private Task<Guid> EpisodeAsync(ApplicationUser worker, Person child, string start = "2026-09-01") =>
        app.AsUserAsync(worker, async s => (await s.GetRequiredService<EarlyHelpService>().StartAsync(child.Id,
            new EarlyHelpStartDetails(EarlyHelpStart.AgencyRequest, DateOnly.Parse(start), "Ms Priya Shah", "Northbridge Primary School", null), CancellationToken.None)).Id);

    private static string Page(Person child, Guid episode, string path = "") => $"/people/{child.Id}/early-help/{episode}{path}";

    private Task<List<CaseEvent>> EventsAsync(Person child, string type) =>
        app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id && e.Type == type).OrderBy(e => e.Id).ToListAsync());

    private static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Month"] = date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{field}.Year"] = date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The fields of <paramref name="a"/> with those of <paramref name="b"/> added or replacing them.</summary>
    private static Dictionary<string, string> With(Dictionary<string, string> a, Dictionary<string, string> b)
    {
        var all = new Dictionary<string, string>(a);
        foreach (var (key, value) in b)
        {
            all[key] = value;
        }
        return all;
    }

    [Fact]
    public async Task Starting_from_an_early_help_decision_prefills_the_lead_and_links_the_contact()
    {
        var (worker, manager, child) = await SetUpAsync();
        var contactId = await EarlyHelpContactAsync(manager, child);
        var client = await app.SignInAsync(worker);
        var url = $"/people/{child.Id}/early-help/start?contactId={contactId}";

        var doc = await client.GetDocumentAsync(url);
        Assert.Equal("Ms Priya Shah", Html.Value(doc, "LeadProfessional"));
        Assert.Equal("Northbridge Primary School", Html.Value(doc, "LeadAgency"));
        Assert.True((doc.QuerySelector("#StartedBy") as AngleSharp.Html.Dom.IHtmlInputElement)!.IsChecked);
        Assert.Equal("FrontDoorDecision", (doc.QuerySelector("#StartedBy") as AngleSharp.Html.Dom.IHtmlInputElement)!.Value);
        // The decision was made on the fake clock's day, Wednesday 25 November 2026.
        Assert.Equal("25", Html.Value(doc, "StartDate-day"));
        Assert.Contains("C-2026-", Html.MainText(doc), StringComparison.Ordinal);

        var form = await client.GetFormAsync(url);
        Assert.Equal(contactId.ToString(), form["ContactId"]);
        var posted = await client.PostFormAsync(url, form, With(Date("StartDate", new DateOnly(2026, 11, 25)), new()
        {
            ["StartedBy"] = "FrontDoorDecision", ["LeadProfessional"] = "Ms Priya Shah", ["LeadAgency"] = "Northbridge Primary School",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var episode = await app.WithDbAsync(db => db.EarlyHelpEpisodes.SingleAsync(e => e.PersonId == child.Id));
        Assert.Equal(contactId, episode.ContactId);
        Assert.Equal(EarlyHelpStart.FrontDoorDecision, episode.StartedBy);
        Assert.Equal(new DateOnly(2026, 11, 25), episode.StartDate);
        Assert.Equal(("Ms Priya Shah", "Northbridge Primary School"), (episode.LeadProfessional, episode.LeadAgency));
        Assert.EndsWith($"/early-help/{episode.Id}", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var started = Assert.Single(await EventsAsync(child, CaseEventTypes.EarlyHelpStarted));
        Assert.Equal(worker.Id, started.ActorUserId);
        Assert.Contains(new FieldChange("Lead professional", null, "Ms Priya Shah"), started.Changes);
        Assert.Contains(new FieldChange("How it started", null, "Front door decision"), started.Changes);

        var page = Html.MainText(await client.GetDocumentAsync(Page(child, episode.Id)));
        Assert.Contains("Ms Priya Shah (Northbridge Primary School)", page, StringComparison.Ordinal);
        var record = Html.MainText(await client.GetDocumentAsync($"/people/{child.Id}"));
        Assert.Contains("open, lead professional Ms Priya Shah (Northbridge Primary School)", record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_contact_decided_otherwise_does_not_prefill_and_cannot_be_linked()
    {
        var (worker, manager, child) = await SetUpAsync();
        var contactId = await EarlyHelpContactAsync(manager, child, ScreeningOutcome.InformationAndAdvice);
        var client = await app.SignInAsync(worker);
        var url = $"/people/{child.Id}/early-help/start?contactId={contactId}";
        var doc = await client.GetDocumentAsync(url);
        Assert.Equal("", Html.Value(doc, "LeadProfessional") ?? "");

        var posted = await client.PostFormAsync(url, await client.GetFormAsync(url), With(Date("StartDate", new DateOnly(2026, 11, 25)), new()
        {
            ["StartedBy"] = "FrontDoorDecision", ["ContactId"] = contactId.ToString(), ["LeadProfessional"] = "X", ["LeadAgency"] = "Y",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.EarlyHelpEpisodes.CountAsync(e => e.PersonId == child.Id)));
    }

    [Fact]
    public async Task A_lead_change_needs_a_reason_and_changes_are_kept_and_counted()
    {
        var (worker, _, child) = await SetUpAsync();
        var episodeId = await EpisodeAsync(worker, child);
        var client = await app.SignInAsync(worker);
        var url = Page(child, episodeId, "/lead");
        // The lead change is dated; today, the fake clock's 25 November 2026.
        var form = With(await client.GetFormAsync(url), Date("ChangedOn", new DateOnly(2026, 11, 25)));

        var refused = await client.PostFormAsync(url, form, new() { ["LeadProfessional"] = "Tom Ellis", ["LeadAgency"] = "Havenshire Family Hub", ["Reason"] = "  " });
        var refusedDoc = await refused.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter why the lead professional is changing"], Html.ErrorSummary(refusedDoc));
        Assert.Equal("Enter why the lead professional is changing", Html.InlineError(refusedDoc, "Reason"));
        Assert.Equal("Tom Ellis", Html.Value(refusedDoc, "LeadProfessional"));
        Assert.Equal(0, await app.WithDbAsync(db => db.EarlyHelpLeadChanges.CountAsync(c => c.EpisodeId == episodeId)));
        Assert.Empty(await EventsAsync(child, CaseEventTypes.EarlyHelpLeadChanged));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form,
            new() { ["LeadProfessional"] = "Tom Ellis", ["LeadAgency"] = "Havenshire Family Hub", ["Reason"] = "School DSL on long-term leave" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form,
            new() { ["LeadProfessional"] = "Jo Marsh", ["LeadAgency"] = "Havenshire Family Hub", ["Reason"] = "Family asked for a different worker" })).StatusCode);

        var episode = await app.WithDbAsync(db => db.EarlyHelpEpisodes.Include(e => e.LeadChanges).SingleAsync(e => e.Id == episodeId));
        Assert.Equal(2, EarlyHelpRules.LeadChangeCount(episode));
        Assert.Equal("Jo Marsh", episode.LeadProfessional);
        var first = episode.LeadChanges.Single(c => c.Reason == "School DSL on long-term leave");
        Assert.Equal(("Ms Priya Shah (Northbridge Primary School)", "Tom Ellis (Havenshire Family Hub)"), (first.FromLead, first.ToLead));
        Assert.Equal(new DateOnly(2026, 11, 25), first.ChangedOn);

        var events = await EventsAsync(child, CaseEventTypes.EarlyHelpLeadChanged);
        Assert.Equal(2, events.Count);
        Assert.Equal("School DSL on long-term leave", events[0].Reason);
        Assert.Equal([new FieldChange("Lead professional", "Ms Priya Shah", "Tom Ellis"), new FieldChange("Lead agency", "Northbridge Primary School", "Havenshire Family Hub")], events[0].Changes);
        // The agency did not change the second time, so only the person is recorded as changed.
        Assert.Equal([new FieldChange("Lead professional", "Tom Ellis", "Jo Marsh")], events[1].Changes);

        var page = await client.GetDocumentAsync(Page(child, episodeId));
        Assert.Contains("Changed 2 times", Html.MainText(page), StringComparison.Ordinal);
        Assert.Contains("Lead professional changed 2 times", page.QuerySelector("#lead-changes + table caption, table caption")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_assessment_without_the_childs_voice_is_refused()
    {
        var (worker, _, child) = await SetUpAsync();
        var episodeId = await EpisodeAsync(worker, child);
        var client = await app.SignInAsync(worker);
        var url = Page(child, episodeId, "/assessment");
        var form = await client.GetFormAsync(url);
        var fields = With(Date("CompletedOn", new DateOnly(2026, 11, 20)), new()
        {
            ["ChildsVoice"] = "   ", ["ParentsViews"] = "Mum wants help with morning routines.", ["Strengths"] = "Close to her gran; loves swimming.", ["Needs"] = "Sleep, school attendance.",
        });

        var refused = await client.PostFormAsync(url, form, fields);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter the child's voice: what they said, or how their wishes and feelings were found out"], Html.ErrorSummary(doc));
        Assert.NotNull(Html.InlineError(doc, "ChildsVoice"));
        Assert.Equal(0, await app.WithDbAsync(db => db.EarlyHelpAssessments.CountAsync(a => a.EpisodeId == episodeId)));

        fields["ChildsVoice"] = "\"Mornings are shouty. I want to get to school on time.\"";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form, fields)).StatusCode);
        var saved = await app.WithDbAsync(db => db.EarlyHelpAssessments.SingleAsync(a => a.EpisodeId == episodeId));
        Assert.Equal(new DateOnly(2026, 11, 20), saved.CompletedOn);
        var e = Assert.Single(await EventsAsync(child, CaseEventTypes.EarlyHelpAssessmentCompleted));
        Assert.Contains(new FieldChange("Child's voice", null, saved.ChildsVoice), e.Changes);
    }

    [Fact]
    public async Task Plan_actions_must_be_due_after_the_start_and_show_as_overdue_until_done()
    {
        var (worker, _, child) = await SetUpAsync();
        var episodeId = await EpisodeAsync(worker, child);
        var client = await app.SignInAsync(worker);
        var url = Page(child, episodeId, "/actions/new");
        var form = await client.GetFormAsync(url);
        Dictionary<string, string> Fields(DateOnly due) => With(Date("DueDate", due), new() { ["Action"] = "Book Mia's hearing test", ["Owner"] = "Sam Okoro, health visitor" });

        var refused = await client.PostFormAsync(url, form, Fields(new DateOnly(2026, 8, 20)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["The due date must be after early help started on 1 September 2026"], Html.ErrorSummary(await refused.ReadDocumentAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.EarlyHelpActions.CountAsync(a => a.EpisodeId == episodeId)));

        // Due 20 November; the fake clock's today is 25 November, so it is overdue.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form, Fields(new DateOnly(2026, 11, 20)))).StatusCode);
        var action = await app.WithDbAsync(db => db.EarlyHelpActions.SingleAsync(a => a.EpisodeId == episodeId));
        var page = await client.GetDocumentAsync(Page(child, episodeId));
        Assert.Contains("Overdue", page.QuerySelector("#plan + table tbody")!.TextContent, StringComparison.Ordinal);

        var doneUrl = Page(child, episodeId, $"/actions/{action.Id}/done");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(doneUrl, await client.GetFormAsync(doneUrl), Date("CompletedOn", new DateOnly(2026, 11, 24)))).StatusCode);
        page = await client.GetDocumentAsync(Page(child, episodeId));
        Assert.DoesNotContain("Overdue", page.QuerySelector("#plan + table tbody")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 11, 24), (await app.WithDbAsync(db => db.EarlyHelpActions.SingleAsync(a => a.Id == action.Id))).CompletedOn);

        var added = Assert.Single(await EventsAsync(child, CaseEventTypes.EarlyHelpPlanActionAdded));
        Assert.Contains(new FieldChange("Due", null, "20 November 2026"), added.Changes);
        var completed = Assert.Single(await EventsAsync(child, CaseEventTypes.EarlyHelpPlanActionCompleted));
        Assert.Contains(new FieldChange("Status", "Not done", "Done"), completed.Changes);
    }

    [Fact]
    public async Task The_rule_runs_once_in_the_service_so_an_unreadable_date_keeps_its_own_message_beside_the_rules_and_nothing_is_saved()
    {
        var (worker, _, child) = await SetUpAsync();
        var episodeId = await EpisodeAsync(worker, child);
        var client = await app.SignInAsync(worker);
        var url = Page(child, episodeId, "/reviews/new");
        var form = await client.GetFormAsync(url);

        var refused = await client.PostFormAsync(url, form, With(Date("NextReviewDate", new DateOnly(2026, 12, 20)), new()
        {
            ["ReviewDate.Day"] = "31", ["ReviewDate.Month"] = "2", ["ReviewDate.Year"] = "2026",
            ["Progress"] = "", ["ChildsViews"] = "Mia says mornings are calmer.",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var summary = Html.ErrorSummary(await refused.ReadDocumentAsync());
        Assert.Equal(["The review date must be a real date", "Enter the progress against the plan"], summary);
        Assert.Equal(0, await app.WithDbAsync(db => db.EarlyHelpReviews.CountAsync(r => r.EpisodeId == episodeId)));
    }

    [Fact]
    public async Task A_review_sets_the_next_review_date_and_it_is_overdue_once_passed()
    {
        var (worker, _, child) = await SetUpAsync();
        var episodeId = await EpisodeAsync(worker, child);
        var client = await app.SignInAsync(worker);
        var url = Page(child, episodeId, "/reviews/new");
        var form = await client.GetFormAsync(url);
        Dictionary<string, string> Fields(DateOnly held, DateOnly next) => With(With(Date("ReviewDate", held), Date("NextReviewDate", next)),
            new() { ["Progress"] = "Attendance up from 82% to 91%.", ["ChildsViews"] = "Mia says mornings are calmer." });

        var refused = await client.PostFormAsync(url, form, With(Fields(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 20)), new() { ["ChildsViews"] = "" }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.EarlyHelpReviews.CountAsync(r => r.EpisodeId == episodeId)));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form, Fields(new DateOnly(2026, 10, 1), new DateOnly(2026, 11, 20)))).StatusCode);
        var episode = await app.WithDbAsync(db => db.EarlyHelpEpisodes.Include(e => e.Reviews).SingleAsync(e => e.Id == episodeId));
        Assert.Equal(new DateOnly(2026, 11, 20), EarlyHelpRules.NextReviewDue(episode));
        var today = Haven.Domain.Calendar.UkClock.Today(app.Clock);
        Assert.Equal(new DateOnly(2026, 11, 25), today);
        Assert.True(EarlyHelpRules.IsReviewOverdue(episode, today));
        var page = await client.GetDocumentAsync(Page(child, episodeId));
        Assert.Contains("20 November 2026 Overdue", System.Text.RegularExpressions.Regex.Replace(Html.MainText(page), @"\s+", " "), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form, Fields(new DateOnly(2026, 11, 25), new DateOnly(2027, 1, 6)))).StatusCode);
        episode = await app.WithDbAsync(db => db.EarlyHelpEpisodes.Include(e => e.Reviews).SingleAsync(e => e.Id == episodeId));
        Assert.False(EarlyHelpRules.IsReviewOverdue(episode, today));
        page = await client.GetDocumentAsync(Page(child, episodeId));
        Assert.DoesNotContain("Overdue", Html.MainText(page), StringComparison.Ordinal);

        var reviewed = await EventsAsync(child, CaseEventTypes.EarlyHelpReviewed);
        Assert.Equal(2, reviewed.Count);
        Assert.Contains(new FieldChange("Next review", null, "20 November 2026"), reviewed[0].Changes);
        Assert.Contains(new FieldChange("Next review", "20 November 2026", "6 January 2027"), reviewed[1].Changes);
    }

    [Fact]
    public async Task Stepping_up_closes_the_episode_and_creates_a_5D_contact_on_the_childs_record()
    {
        var (worker, _, child) = await SetUpAsync();
        var episodeId = await EpisodeAsync(worker, child);
        var client = await app.SignInAsync(worker);
        var url = Page(child, episodeId, "/close");
        var form = await client.GetFormAsync(url);

        var noConcern = await client.PostFormAsync(url, form, With(Date("EndDate", new DateOnly(2026, 11, 25)), new() { ["Outcome"] = "SteppedUpToSocialCare", ["Note"] = "" }));
        Assert.Equal(HttpStatusCode.BadRequest, noConcern.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.PersonId == child.Id)));

        const string concern = "Mia disclosed that mum's new partner hits her when she is late. Early help cannot keep her safe.";
        var closed = await client.PostFormAsync(url, form, With(Date("EndDate", new DateOnly(2026, 11, 25)), new() { ["Outcome"] = "SteppedUpToSocialCare", ["Note"] = concern }));
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);

        var episode = await app.WithDbAsync(db => db.EarlyHelpEpisodes.SingleAsync(e => e.Id == episodeId));
        Assert.False(episode.IsOpen);
        Assert.Equal(new DateOnly(2026, 11, 25), episode.EndDate);
        Assert.Equal(EarlyHelpClosure.SteppedUpToSocialCare, episode.ClosureOutcome);
        var contact = await app.WithDbAsync(db => db.Contacts.SingleAsync(c => c.PersonId == child.Id));
        Assert.Equal(contact.Id, episode.SteppedUpToContactId);
        Assert.Equal("5D", contact.SourceCode);
        Assert.Equal(ContactKind.Referral, contact.Kind);
        Assert.Equal(concern, contact.Concern);
        Assert.Equal("Ms Priya Shah", contact.ReferrerName);

        var record = Html.MainText(await client.GetDocumentAsync($"/people/{child.Id}"));
        Assert.Contains(contact.Reference, record, StringComparison.Ordinal);
        Assert.Contains("stepped up to children's social care", record, StringComparison.Ordinal);
        var page = Html.MainText(await client.GetDocumentAsync(Page(child, episodeId)));
        Assert.Contains(contact.Reference, page, StringComparison.Ordinal);

        var closing = Assert.Single(await EventsAsync(child, CaseEventTypes.EarlyHelpClosed));
        Assert.Contains(new FieldChange("Status", "Open", "Closed"), closing.Changes);
        Assert.Contains(new FieldChange("Step-up contact", null, contact.Reference), closing.Changes);
        Assert.Single(await EventsAsync(child, CaseEventTypes.ContactRecorded));

        // Closed means closed: the forms send the worker back to the episode.
        var again = await client.GetAsync(Page(child, episodeId, "/lead"));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
    }

    [Fact]
    public async Task Every_change_is_a_named_event_and_read_only_roles_cannot_change_anything()
    {
        var (worker, _, child) = await SetUpAsync();
        var episodeId = await EpisodeAsync(worker, child);
        await app.AsUserAsync(worker, async s =>
        {
            var eh = s.GetRequiredService<EarlyHelpService>();
            var ct = CancellationToken.None;
            await eh.ChangeLeadAsync(episodeId, "Tom Ellis", "Havenshire Family Hub", "School DSL on leave", new DateOnly(2026, 9, 10), ct);
            await eh.AddTeamMemberAsync(episodeId, "Sam Okoro", "Havenshire Community Health", "Health visitor", ct);
            await eh.RecordAssessmentAsync(episodeId, new DateOnly(2026, 9, 20), "I want mornings to be calmer.", "Mum wants routines.", "Gran nearby.", "Sleep.", ct);
            var action = await eh.AddActionAsync(episodeId, "Sleep routine plan", "Tom Ellis", new DateOnly(2026, 10, 15), ct);
            await eh.CompleteActionAsync(episodeId, action.Id, new DateOnly(2026, 10, 14), ct);
            await eh.RecordReviewAsync(episodeId, new DateOnly(2026, 10, 20), "Better sleep.", "Calmer.", new DateOnly(2026, 12, 1), ct);
            await eh.CloseAsync(episodeId, EarlyHelpClosure.NeedsMet, "Routines in place.", new DateOnly(2026, 11, 25), null, ct);
            await Assert.ThrowsAsync<CaseRuleException>(() => eh.AddTeamMemberAsync(episodeId, "Late", "Agency", null, ct));
            return 0;
        });
        var events = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id && e.Type.StartsWith("EarlyHelp")).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            [CaseEventTypes.EarlyHelpStarted, CaseEventTypes.EarlyHelpLeadChanged, CaseEventTypes.EarlyHelpTeamMemberAdded, CaseEventTypes.EarlyHelpAssessmentCompleted,
             CaseEventTypes.EarlyHelpPlanActionAdded, CaseEventTypes.EarlyHelpPlanActionCompleted, CaseEventTypes.EarlyHelpReviewed, CaseEventTypes.EarlyHelpClosed],
            events.Select(e => e.Type));
        Assert.All(events, e => Assert.NotEmpty(e.Changes));
        Assert.All(events, e => Assert.Equal(worker.Id, e.ActorUserId));
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.PersonId == child.Id)));

        var history = Html.MainText(await (await app.SignInAsync(worker)).GetDocumentAsync($"/people/{child.Id}/history"));
        Assert.Contains("Early help closed: needs met", history, StringComparison.Ordinal);

        var auditor = await app.CreateUserAsync("Early Help Auditor", Role.Auditor);
        var auditorClient = await app.SignInAsync(auditor);
        Assert.Equal(HttpStatusCode.OK, (await auditorClient.GetAsync(Page(child, episodeId))).StatusCode);
        var form = await auditorClient.GetAsync($"/people/{child.Id}/early-help/start");
        Assert.Equal(HttpStatusCode.Redirect, form.StatusCode);
        Assert.Contains("access-denied", form.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_episode_of_another_child_is_not_found()
    {
        var (worker, _, child) = await SetUpAsync();
        var other = await app.RegisterAsync(worker, "Noah", "Pennant", new DateOnly(2015, 1, 1));
        var episodeId = await EpisodeAsync(worker, child);
        var client = await app.SignInAsync(worker);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Page(other, episodeId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(Page(other, episodeId, "/lead"))).StatusCode);
    }
}

public sealed class EarlyHelpJourneyTestsOnSqlite(SqliteAppFactory app) : EarlyHelpJourneyTests<SqliteAppFactory>(app);

public sealed class EarlyHelpJourneyTestsOnPostgres(PostgresAppFactory app) : EarlyHelpJourneyTests<PostgresAppFactory>(app);
