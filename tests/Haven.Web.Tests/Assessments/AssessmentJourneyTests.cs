using System.Net;
using Haven.Domain.Assessments;
using Haven.Domain.Events;
using Haven.Web.Features.Assessments;
using Haven.Web.Tests.Casework;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Haven.Web.Tests.Casework.SocialCareTestData;

namespace Haven.Web.Tests.Assessments;

/// <summary>An assessment from start to a manager's authorisation through the real pages, on both databases.</summary>
public abstract class AssessmentJourneyTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static string Page(SocialCareCase c, Guid assessmentId, string path = "") => $"{c.Episode}/assessments/{assessmentId}{path}";

    private Task<Assessment> LoadAsync(Guid id) => app.WithDbAsync(db => db.Assessments.AsNoTracking().SingleAsync(a => a.Id == id));

    private static Task<HttpResponseMessage> PostPairsAsync(HttpClient client, string url, Dictionary<string, string> hidden, params (string Key, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(hidden.Concat(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)))));

    [Fact]
    public async Task A_worker_starts_records_each_section_and_submits_and_a_manager_authorises()
    {
        var c = await app.ReferredChildAsync();
        var worker = await app.SignInAsync(c.Worker);

        var startUrl = $"{c.Episode}/assessments/new";
        var startDoc = await worker.GetDocumentAsync(startUrl);
        Assert.Equal("45", Html.Value(startDoc, "TimescaleWorkingDays"));
        // Legacy types are for managers entering history; a social worker is not offered them.
        Assert.Null(startDoc.QuerySelector("input[name=Type][type=radio]"));
        var started = await worker.PostFormAsync(startUrl, await worker.GetFormAsync(startUrl), Date("StartDate", new DateOnly(2026, 11, 3)).With(new() { ["TimescaleWorkingDays"] = "45" }));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var assessment = await app.WithDbAsync(db => db.Assessments.SingleAsync(a => a.ReferralId == c.ReferralId));
        Assert.Equal((AssessmentType.Single, new DateOnly(2026, 11, 3), 45), (assessment.Type, assessment.StartDate, assessment.TimescaleWorkingDays));
        Assert.EndsWith(Page(c, assessment.Id), started.Headers.Location!.OriginalString, StringComparison.Ordinal);

        // 45 working days from Monday 2 November 2026, skipping Christmas, Boxing Day and New Year: Thursday 7 January 2027.
        var details = Html.MainText(await worker.GetDocumentAsync(Page(c, assessment.Id)));
        Assert.Contains("7 January 2027", details, StringComparison.Ordinal);
        Assert.Contains("In progress", details, StringComparison.Ordinal);

        async Task Save(string section, params (string, string)[] fields)
        {
            var url = Page(c, assessment.Id, $"/sections/{section}");
            var response = await PostPairsAsync(worker, url, await worker.GetFormAsync(url), fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{section}: {(int)response.StatusCode} {SocialCareTestData.ErrorSummaryText(await response.ReadDocumentAsync())}");
        }
        await Save("seen", ("ChildSeenOn.Day", "4"), ("ChildSeenOn.Month", "11"), ("ChildSeenOn.Year", "2026"), ("SeenAlone", "false"), ("NotSeenAloneReason", "Ellie asked for her nan to stay."));
        await Save("voice", ("ChildsWishesAndFeelings", "\"I want the shouting to stop and to stay with mum.\""), ("ChildVoiceSource", "OwnWords"));
        await Save("views", ("ParentsViews", "Mum agrees the arguments frighten Ellie."), ("OthersViews", "Dad (lives apart) wants more contact; took part by phone."));
        await Save("history", ("HistoryConsidered", "Two police call-outs in 2025; no earlier referrals."));
        await Save("factors", ("Factors", "3A"), ("Factors", "3B"));
        await Save("analysis", ("Analysis", "The adults' conflict is the main risk; mum protects Ellie when she can."), ("Outcome", "ChildInNeedPlan"));
        await Save("equality", ("EqualityAndDiversity", "White British family; mum has dyslexia, so letters are read with her."));

        var form = await worker.GetFormAsync(Page(c, assessment.Id));
        Assert.Equal(HttpStatusCode.Redirect, (await worker.PostFormAsync(Page(c, assessment.Id) + "?handler=Submit", form, new())).StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 25), (await LoadAsync(assessment.Id)).SubmittedOn);
        // Only managers authorise: a social worker is turned away from the page.
        var refused = await worker.GetAsync(Page(c, assessment.Id, "/authorise"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var manager = await app.SignInAsync(c.Manager);
        var authoriseUrl = Page(c, assessment.Id, "/authorise");
        var authoriseDoc = await manager.GetDocumentAsync(authoriseUrl);
        // The child was seen and heard, so the manager is not asked for reasons.
        Assert.Null(authoriseDoc.QuerySelector("#NotSeenReason"));
        Assert.Null(authoriseDoc.QuerySelector("#NoVoiceReason"));
        var authorised = await manager.PostFormAsync(authoriseUrl, await manager.GetFormAsync(authoriseUrl), new() { ["Decision"] = "authorise", ["Note"] = "Good analysis; agree CIN plan." });
        Assert.Equal(HttpStatusCode.Redirect, authorised.StatusCode);

        var saved = await LoadAsync(assessment.Id);
        Assert.Equal(new DateOnly(2026, 11, 25), saved.AuthorisedOn);
        Assert.Equal(c.Manager.Id, saved.AuthorisedByUserId);
        Assert.Equal(["3A", "3B"], saved.Factors);
        Assert.Equal((false, "Ellie asked for her nan to stay."), (saved.SeenAlone, saved.NotSeenAloneReason));
        Assert.Equal(ChildVoiceSource.OwnWords, saved.ChildVoiceSource);

        var events = await app.EventsAsync(c.Child, CaseEventTypes.AssessmentStarted, CaseEventTypes.AssessmentUpdated, CaseEventTypes.AssessmentSubmitted, CaseEventTypes.AssessmentAuthorised);
        Assert.Equal(
            [CaseEventTypes.AssessmentStarted, .. Enumerable.Repeat(CaseEventTypes.AssessmentUpdated, 7), CaseEventTypes.AssessmentSubmitted, CaseEventTypes.AssessmentAuthorised],
            events.Select(e => e.Type));
        Assert.Contains(new FieldChange("Due", null, "7 January 2027"), events[0].Changes);
        Assert.Equal([new FieldChange("Child seen on", null, "4 November 2026"), new FieldChange("Seen alone", null, "No"), new FieldChange("Why not seen alone", null, "Ellie asked for her nan to stay.")], events[1].Changes);
        Assert.Contains(new FieldChange("Factors identified", null, "3A, 3B"), events[5].Changes);
        Assert.Contains(new FieldChange("Status", "In progress", "Awaiting authorisation"), events[8].Changes);
        Assert.Contains(new FieldChange("Status", "Awaiting authorisation", "Authorised"), events[9].Changes);
        Assert.Equal(c.Manager.Id, events[9].ActorUserId);
        Assert.All(events[..9], e => Assert.Equal(c.Worker.Id, e.ActorUserId));

        var page = Html.MainText(await worker.GetDocumentAsync(Page(c, assessment.Id)));
        Assert.Contains("Completed in time", page, StringComparison.Ordinal);
        Assert.Contains("Good analysis; agree CIN plan.", page, StringComparison.Ordinal);
        Assert.Contains($"25 November 2026 by {c.Manager.DisplayName}", page, StringComparison.Ordinal);
        var episode = Html.MainText(await worker.GetDocumentAsync(c.Episode));
        Assert.Contains("Authorised", episode, StringComparison.Ordinal);
        Assert.Contains("Completed in time", episode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manager_cannot_authorise_an_assessment_they_submitted()
    {
        var c = await app.ReferredChildAsync("Remy", "Castell");
        var id = await app.AssessmentAsync(c);
        await app.AsUserAsync(c.Manager, async s =>
        {
            await s.GetRequiredService<AssessmentService>().SubmitAsync(id, CancellationToken.None);
            return true;
        });
        var manager = await app.SignInAsync(c.Manager);
        var url = Page(c, id, "/authorise");
        var refused = await manager.PostFormAsync(url, await manager.GetFormAsync(url), new() { ["Decision"] = "authorise", ["Note"] = "Looks fine." });
        Assert.Contains("You submitted this assessment, so another manager must authorise it", (await refused.ReadDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Assessments.Where(a => a.Id == id).Select(a => a.AuthorisedOn).SingleAsync()));
    }

    [Fact]
    public async Task Authorising_is_refused_until_the_manager_says_why_the_child_was_not_seen_or_heard()
    {
        var c = await app.ReferredChildAsync("Kai", "Ostrowski");
        var id = await app.AssessmentAsync(c, seen: false, submit: true);
        var manager = await app.SignInAsync(c.Manager);
        var url = Page(c, id, "/authorise");
        var form = await manager.GetFormAsync(url);

        var refused = await manager.PostFormAsync(url, form, new() { ["Decision"] = "authorise", ["NotSeenReason"] = " ", ["NoVoiceReason"] = "" });
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(
            ["The child has not been seen. Record why before authorising", "The child's wishes and feelings are not recorded. Record why before authorising"],
            Html.ErrorSummary(doc));
        Assert.Equal("The child has not been seen. Record why before authorising", Html.InlineError(doc, "NotSeenReason"));
        Assert.NotNull(Html.InlineError(doc, "NoVoiceReason"));
        Assert.Equal("authorise", (doc.QuerySelector("input[name=Decision]:checked") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);
        var unchanged = await LoadAsync(id);
        Assert.Null(unchanged.AuthorisedOn);
        Assert.Null(unchanged.NotSeenReason);
        Assert.Empty(await app.EventsAsync(c.Child, CaseEventTypes.AssessmentAuthorised));

        // One reason is not enough; the text typed is kept.
        var half = await manager.PostFormAsync(url, form, new() { ["Decision"] = "authorise", ["NotSeenReason"] = "Kai was in hospital; seen by video call." });
        var halfDoc = await half.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, half.StatusCode);
        Assert.Equal(["The child's wishes and feelings are not recorded. Record why before authorising"], Html.ErrorSummary(halfDoc));
        Assert.Equal("Kai was in hospital; seen by video call.", halfDoc.QuerySelector("#NotSeenReason")!.TextContent.Trim());
        Assert.Null((await LoadAsync(id)).AuthorisedOn);

        var allowed = await manager.PostFormAsync(url, form, new()
        {
            ["Decision"] = "authorise", ["NotSeenReason"] = "Kai was in hospital; seen by video call.", ["NoVoiceReason"] = "Too unwell to talk about home; to be seen in the plan's first visit.",
        });
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        var saved = await LoadAsync(id);
        Assert.Equal(new DateOnly(2026, 11, 25), saved.AuthorisedOn);
        Assert.Equal("Kai was in hospital; seen by video call.", saved.NotSeenReason);
        var e = Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.AssessmentAuthorised));
        Assert.Contains(new FieldChange("Why the child was not seen", null, "Kai was in hospital; seen by video call."), e.Changes);
        Assert.Contains(new FieldChange("Authorised on", null, "25 November 2026"), e.Changes);
    }

    [Fact]
    public async Task A_manager_returns_an_assessment_with_a_note_and_the_worker_can_change_it_again()
    {
        var c = await app.ReferredChildAsync("Rosa", "Lindqvist");
        var id = await app.AssessmentAsync(c, submit: true);
        var manager = await app.SignInAsync(c.Manager);
        var url = Page(c, id, "/authorise");
        var form = await manager.GetFormAsync(url);

        var noNote = await manager.PostFormAsync(url, form, new() { ["Decision"] = "return" });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.NotNull(Html.InlineError(await noNote.ReadDocumentAsync(), "Note"));
        Assert.NotNull((await LoadAsync(id)).SubmittedOn);

        Assert.Equal(HttpStatusCode.Redirect, (await manager.PostFormAsync(url, form, new() { ["Decision"] = "return", ["Note"] = "Speak to dad before I sign this off." })).StatusCode);
        var returned = await LoadAsync(id);
        Assert.Null(returned.SubmittedOn);
        Assert.Equal("Speak to dad before I sign this off.", returned.AuthorisationNote);
        var e = Assert.Single(await app.EventsAsync(c.Child, CaseEventTypes.AssessmentReturned));
        Assert.Equal("Speak to dad before I sign this off.", e.Reason);

        var worker = await app.SignInAsync(c.Worker);
        var page = Html.MainText(await worker.GetDocumentAsync(Page(c, id)));
        // Who returned it, and when, as well as what they asked for.
        Assert.Contains($"Returned by {c.Manager.DisplayName} on 25 November 2026: Speak to dad before I sign this off.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await worker.GetAsync(Page(c, id, "/sections/views"))).StatusCode);
    }

    [Fact]
    public async Task No_factors_identified_with_another_factor_is_refused_and_nothing_is_saved()
    {
        var c = await app.ReferredChildAsync("Theo", "Brannigan");
        var id = await app.AssessmentAsync(c, complete: false);
        var worker = await app.SignInAsync(c.Worker);
        var url = Page(c, id, "/sections/factors");

        var refused = await PostPairsAsync(worker, url, await worker.GetFormAsync(url), ("Factors", "21"), ("Factors", "16A"));
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["'No factors identified' cannot be selected with other factors"], Html.ErrorSummary(doc));
        Assert.Equal("'No factors identified' cannot be selected with other factors", Html.InlineError(doc, "Factors"));
        // What was ticked is still ticked.
        Assert.True((doc.QuerySelector("input[name=Factors][value='16A']") as AngleSharp.Html.Dom.IHtmlInputElement)!.IsChecked);
        Assert.True((doc.QuerySelector("input[name=Factors][value='21']") as AngleSharp.Html.Dom.IHtmlInputElement)!.IsChecked);
        Assert.Empty((await LoadAsync(id)).Factors);
        Assert.Empty(await app.EventsAsync(c.Child, CaseEventTypes.AssessmentUpdated));

        Assert.Equal(HttpStatusCode.Redirect, (await PostPairsAsync(worker, url, await worker.GetFormAsync(url), ("Factors", "21"))).StatusCode);
        Assert.Equal(["21"], (await LoadAsync(id)).Factors);
    }

    [Fact]
    public async Task An_assessment_cannot_start_before_the_referral_or_with_a_timescale_over_45_working_days()
    {
        var c = await app.ReferredChildAsync("Nia", "Castellano");
        var worker = await app.SignInAsync(c.Worker);
        var url = $"{c.Episode}/assessments/new";
        var form = await worker.GetFormAsync(url);

        var early = await worker.PostFormAsync(url, form, Date("StartDate", new DateOnly(2026, 11, 1)).With(new() { ["TimescaleWorkingDays"] = "46" }));
        var doc = await early.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(
            ["The assessment cannot start before the referral on 2 November 2026", "The timescale must be between 1 and 45 working days from the referral"],
            Html.ErrorSummary(doc));
        Assert.NotNull(Html.InlineError(doc, "StartDate"));
        Assert.Equal("46", Html.Value(doc, "TimescaleWorkingDays"));
        Assert.Equal("1", Html.Value(doc, "StartDate-day"));
        // A social worker cannot slip a legacy type in by hand either.
        Assert.Equal("Single", form["Type"]);
        var legacy = await worker.PostFormAsync(url, form.With(new() { ["Type"] = "Core" }), Date("StartDate", new DateOnly(2026, 11, 3)).With(new() { ["TimescaleWorkingDays"] = "45" }));
        Assert.Equal(HttpStatusCode.BadRequest, legacy.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Assessments.CountAsync(a => a.ReferralId == c.ReferralId)));
        Assert.Empty(await app.EventsAsync(c.Child, CaseEventTypes.AssessmentStarted));
    }

    [Fact]
    public async Task A_manager_entering_history_records_a_legacy_core_assessment_due_35_working_days_from_its_start()
    {
        var c = await app.ReferredChildAsync("Orla", "Minshull");
        var manager = await app.SignInAsync(c.Manager);
        var url = $"{c.Episode}/assessments/new";
        var doc = await manager.GetDocumentAsync(url);
        Assert.NotNull(doc.QuerySelector("input[name=Type][value=Core]"));
        var started = await manager.PostFormAsync(url, await manager.GetFormAsync(url), Date("StartDate", new DateOnly(2026, 11, 9)).With(new() { ["Type"] = "Core", ["TimescaleWorkingDays"] = "45" }));
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var core = await app.WithDbAsync(db => db.Assessments.SingleAsync(a => a.ReferralId == c.ReferralId));
        Assert.Equal((AssessmentType.Core, 35), (core.Type, core.TimescaleWorkingDays));
        // 35 working days from Monday 9 November 2026, not from the referral: Christmas and Boxing Day skipped, Wednesday 30 December.
        var page = Html.MainText(await manager.GetDocumentAsync(Page(c, core.Id)));
        Assert.Contains("Core assessment (legacy)", page, StringComparison.Ordinal);
        Assert.Contains("30 December 2026", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_assessment_cannot_be_submitted()
    {
        var c = await app.ReferredChildAsync("Ada", "Fenwick");
        var id = await app.AssessmentAsync(c, complete: false);
        var worker = await app.SignInAsync(c.Worker);
        var response = await worker.PostFormAsync(Page(c, id) + "?handler=Submit", await worker.GetFormAsync(Page(c, id)), new());
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var summary = SocialCareTestData.ErrorSummaryText(await response.ReadDocumentAsync());
        Assert.Contains("An assessment without analysis cannot be authorised", summary, StringComparison.Ordinal);
        Assert.Contains("Select the factors identified at assessment", summary, StringComparison.Ordinal);
        Assert.Null((await LoadAsync(id)).SubmittedOn);
        Assert.Empty(await app.EventsAsync(c.Child, CaseEventTypes.AssessmentSubmitted));
    }

    [Fact]
    public async Task An_assessment_of_another_child_is_not_found()
    {
        var c = await app.ReferredChildAsync("Ivo", "Hartley");
        var other = await app.ReferredChildAsync("Zara", "Hartley");
        var id = await app.AssessmentAsync(c);
        var worker = await app.SignInAsync(c.Worker);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"{other.Episode}/assessments/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await worker.GetAsync($"/people/{other.Child.Id}/social-care/{c.ReferralId}")).StatusCode);
    }
}

public sealed class AssessmentJourneyTestsOnSqlite(SqliteAppFactory app) : AssessmentJourneyTests<SqliteAppFactory>(app);

public sealed class AssessmentJourneyTestsOnPostgres(PostgresAppFactory app) : AssessmentJourneyTests<PostgresAppFactory>(app);
