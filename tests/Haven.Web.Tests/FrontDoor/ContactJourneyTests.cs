using System.Net;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Web.Features.People;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.FrontDoor;

/// <summary>A contact from arrival to decision, referral, allocation and feedback, through the real pages.</summary>
public abstract class ContactJourneyTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static Dictionary<string, string> ContactForm(string day = "24", string month = "11", string year = "2026", string time = "09:15", string source = "2A", string concern = "Child arrived at school with a bruise on her cheek and said her dad was angry.") => new()
    {
        ["ReceivedDate.Day"] = day, ["ReceivedDate.Month"] = month, ["ReceivedDate.Year"] = year, ["ReceivedTime"] = time,
        ["Route"] = "Phone", ["Kind"] = "Referral", ["SourceCode"] = source,
        ["ReferrerName"] = "Ms Ada Lovegood", ["ReferrerOrganisation"] = "Northbridge Primary School", ["ReferrerEmail"] = "dsl@northbridge.example.com",
        ["Concern"] = concern, ["ChildsViews"] = "She said she did not want to go home.", ["Consent"] = "Given", ["ParentsAware"] = "No",
    };

    private static Dictionary<string, string> Decision(string outcome = "ReferralForAssessment", string threshold = "ChildInNeed", string rationale = "Injury with a worrying explanation and an earlier similar contact: assessment needed.", string need = "N1") => new()
    {
        ["Outcome"] = outcome, ["Threshold"] = threshold, ["Rationale"] = rationale, ["PrimaryNeed"] = need,
    };

    private async Task<(Haven.Data.ApplicationUser Worker, Haven.Data.ApplicationUser Manager, Person Child, Person Sibling)> SetUpAsync()
    {
        var worker = await app.CreateUserAsync("Front Door Worker", Role.SocialWorker, teamId: null);
        var manager = await app.CreateUserAsync("Front Door Manager", Role.TeamManager);
        var child = await app.RegisterAsync(worker, "Imogen", "Starling", new DateOnly(2017, 4, 4));
        var sibling = await app.RegisterAsync(worker, "Rafe", "Starling", new DateOnly(2019, 9, 9));
        await app.AsUserAsync(worker, async s =>
        {
            await s.GetRequiredService<PeopleService>().AddRelationshipAsync(new Relationship { PersonId = child.Id, RelatedPersonId = sibling.Id, Type = RelationshipType.Sibling }, CancellationToken.None);
            return 0;
        });
        return (worker, manager, child, sibling);
    }

    [Fact]
    public async Task Bad_contact_details_get_clear_errors_and_nothing_is_saved()
    {
        var (worker, _, child, _) = await SetUpAsync();
        var client = await app.SignInAsync(worker);
        var url = $"/people/{child.Id}/contacts/new";
        var form = await client.GetFormAsync(url);

        var response = await client.PostFormAsync(url, form, ContactForm(day: "26", source: "99", concern: ""));
        var doc = await response.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["The date the contact was received must be today or in the past", "Select who the contact came from", "Enter the concern, in the referrer's words"], Html.ErrorSummary(doc));
        Assert.Equal("Ms Ada Lovegood", Html.Value(doc, "ReferrerName"));
        Assert.Equal(0, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.PersonId == child.Id)));
    }

    [Fact]
    public async Task A_contact_about_two_children_gives_each_their_own_and_the_manager_decides_after_reading_the_history()
    {
        var (worker, manager, child, sibling) = await SetUpAsync();
        var client = await app.SignInAsync(worker);
        var url = $"/people/{child.Id}/contacts/new";
        var form = await client.GetFormAsync(url);
        var fields = ContactForm();
        fields["AlsoAbout"] = sibling.Id.ToString();

        var created = await client.PostFormAsync(url, form, fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var contacts = await app.WithDbAsync(db => db.Contacts.Where(c => c.PersonId == child.Id || c.PersonId == sibling.Id).ToListAsync());
        Assert.Equal(2, contacts.Count);
        Assert.Single(contacts.Select(c => c.ContactGroupId).Distinct());
        var contact = contacts.Single(c => c.PersonId == child.Id);
        var page = $"/people/{child.Id}/contacts/{contact.Id}";

        // The sibling's contact shows in this child's history.
        var view = Html.MainText(await client.GetDocumentAsync(page));
        Assert.Contains("Rafe Starling", view, StringComparison.Ordinal);

        // A social worker cannot make the decision.
        var workerForm = await client.GetFormAsync(page, "form[action*='HistoryRead']");
        var refused = await client.PostFormAsync(page + "?handler=Decide", workerForm, Decision());
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("access-denied", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var managerClient = await app.SignInAsync(manager);
        var decisionForm = await managerClient.GetFormAsync(page, "form[action*='Decide']");
        var tooEarly = await managerClient.PostFormAsync(page + "?handler=Decide", decisionForm, Decision(rationale: ""));
        Assert.Equal(["Read the history and confirm you have read it before making the decision", "Enter the reasons for the decision"], Html.ErrorSummary(await tooEarly.ReadDocumentAsync()));

        var readForm = await managerClient.GetFormAsync(page, "form[action*='HistoryRead']");
        await managerClient.PostFormAsync(page + "?handler=HistoryRead", readForm, new() { ["HistoryNote"] = "No earlier involvement" });
        var decided = await managerClient.PostFormAsync(page + "?handler=Decide", decisionForm, Decision());
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        var emailed = await managerClient.PostFormAsync(page + "?handler=SendEmail", await managerClient.GetFormAsync(page, "form[action*='SendEmail']"), []);
        Assert.Equal(HttpStatusCode.Redirect, emailed.StatusCode);

        var saved = await app.WithDbAsync(db => db.Contacts.Include(c => c.Decision).Include(c => c.Feedback).SingleAsync(c => c.Id == contact.Id));
        Assert.Equal(FeedbackStatus.Sent, saved.Feedback!.Status);
        Assert.Equal(ScreeningOutcome.ReferralForAssessment, saved.Decision!.Outcome);
        Assert.Equal(manager.Id, saved.Decision.DecidedByUserId);
        Assert.Equal(FeedbackMethod.Email, saved.Feedback!.Method);
        // Decided Wednesday 25 November 2026 10:30 UTC (10:30 GMT): feedback due Friday 27th 10:30.
        Assert.Equal(new DateTime(2026, 11, 27, 10, 30, 0, DateTimeKind.Utc), saved.Feedback.DueAtUtc);
        var referral = await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.ContactId == contact.Id));
        Assert.Equal(new DateOnly(2026, 11, 24), referral.ReferralDate);
        Assert.Equal("2A", referral.SourceCode);
        Assert.Equal("N1", referral.PrimaryNeedCode);
        Assert.False(referral.IsReReferral);
        var events = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id).Select(e => e.Type).ToListAsync());
        Assert.Contains(CaseEventTypes.ContactRecorded, events);
        Assert.Contains(CaseEventTypes.HistoryRead, events);
        Assert.Contains(CaseEventTypes.ScreeningDecided, events);
        Assert.Contains(CaseEventTypes.ReferralCreated, events);
    }

    [Fact]
    public async Task A_decision_is_changed_only_with_a_reason_and_the_change_is_kept()
    {
        var (_, manager, child, _) = await SetUpAsync();
        var contactId = await app.AsUserAsync(manager, async s =>
        {
            var fd = s.GetRequiredService<Haven.Web.Features.FrontDoor.FrontDoorService>();
            var c = (await fd.RecordAsync([child.Id], new Haven.Web.Features.FrontDoor.ContactDetails(new DateTime(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc), ContactRoute.Phone, ContactKind.Contact, "6",
                "PC Dunn", "Havenshire Police", null, null, null, null, "Domestic abuse incident at the home; children present.", null, ConsentToShare.NotRequired, "Police notification", YesNoNotKnown.Yes), CancellationToken.None))[0];
            await fd.MarkHistoryReadAsync(c.Id, null, CancellationToken.None);
            await fd.DecideAsync(c.Id, new Haven.Web.Features.FrontDoor.DecisionDetails(ScreeningOutcome.InformationAndAdvice, ThresholdLevel.EarlyHelp, "Single incident, parents engaging with support.", null, null, null), CancellationToken.None);
            return c.Id;
        });
        var client = await app.SignInAsync(manager);
        var page = $"/people/{child.Id}/contacts/{contactId}";
        var form = await client.GetFormAsync(page + "?amend=true", "form[action*='Amend']");

        var noReason = await client.PostFormAsync(page + "?handler=Amend", form, Decision(outcome: "StrategyDiscussion", threshold: "Safeguarding"));
        Assert.Equal(["Enter why the decision is being changed"], Html.ErrorSummary(await noReason.ReadDocumentAsync()));

        var fields = Decision(outcome: "StrategyDiscussion", threshold: "Safeguarding");
        fields["AmendReason"] = "Second police notification received the same evening";
        var changed = await client.PostFormAsync(page + "?handler=Amend", form, fields);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        var amendment = await app.WithDbAsync(db => db.CaseEvents.SingleAsync(e => e.PersonId == child.Id && e.Type == CaseEventTypes.ScreeningDecisionAmended));
        Assert.Equal("Second police notification received the same evening", amendment.Reason);
        Assert.Contains(new FieldChange("Decision", "Information and advice", "Strategy discussion"), amendment.Changes);
        Assert.True(await app.WithDbAsync(db => db.Referrals.AnyAsync(r => r.ContactId == contactId)));

        // Stepped back down: the referral stays counted, and is counted as ending in no further action.
        var again = await client.GetFormAsync(page + "?amend=true", "form[action*='Amend']");
        var down = Decision(outcome: "NoFurtherAction", threshold: "Universal");
        down["AmendReason"] = "Strategy discussion found no safeguarding concern";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(page + "?handler=Amend", again, down)).StatusCode);
        Assert.True(await app.WithDbAsync(db => db.Referrals.Where(r => r.ContactId == contactId).Select(r => r.NoFurtherAction).SingleAsync()));
        var list = Html.MainText(await client.GetDocumentAsync("/front-door/contacts?view=nfa-referrals-12-months"));
        Assert.Contains(child.LaPersonId, list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_referral_within_12_months_is_a_re_referral_and_allocation_gives_the_worker_the_child()
    {
        var (worker, manager, child, _) = await SetUpAsync();
        var team = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            db.Teams.Add(new Haven.Domain.Workforce.Team { Id = team, Name = "Assessment team 9", ManagerUserId = manager.Id });
            var w = await db.Users.SingleAsync(u => u.Id == worker.Id);
            w.TeamId = team;
            await db.SaveChangesAsync();
        });
        async Task<Guid> ReferAsync(DateTime received) => await app.AsUserAsync(manager, async s =>
        {
            var fd = s.GetRequiredService<Haven.Web.Features.FrontDoor.FrontDoorService>();
            var c = (await fd.RecordAsync([child.Id], new Haven.Web.Features.FrontDoor.ContactDetails(received, ContactRoute.Email, ContactKind.Referral, "3A",
                "Dr Reyes", "Riverside Surgery", null, null, null, "Riverside Surgery, Northbridge HV1 2AB", "Weight loss and missed appointments.", null, ConsentToShare.Given, null, YesNoNotKnown.Yes), CancellationToken.None))[0];
            await fd.DecideAsync(c.Id, new Haven.Web.Features.FrontDoor.DecisionDetails(ScreeningOutcome.ReferralForAssessment, ThresholdLevel.ChildInNeed, "Health neglect indicators need an assessment.", null, null, "N1"), CancellationToken.None);
            return c.Id;
        });
        await ReferAsync(new DateTime(2026, 3, 2, 10, 0, 0, DateTimeKind.Utc));
        var second = await ReferAsync(new DateTime(2026, 11, 20, 10, 0, 0, DateTimeKind.Utc));

        var referral = await app.WithDbAsync(db => db.Referrals.SingleAsync(r => r.ContactId == second));
        Assert.True(referral.IsReReferral);
        Assert.Equal(FeedbackMethod.Letter, (await app.WithDbAsync(db => db.ReferrerFeedback.SingleAsync(f => f.ContactId == second))).Method);

        var client = await app.SignInAsync(manager);
        var page = $"/people/{child.Id}/contacts/{second}";
        var form = await client.GetFormAsync(page, "form[action*='Allocate']");
        var allocated = await client.PostFormAsync(page + "?handler=Allocate", form, new() { ["WorkerId"] = worker.Id });
        Assert.Equal(HttpStatusCode.Redirect, allocated.StatusCode);
        var allocation = await app.WithDbAsync(db => db.Allocations.SingleAsync(a => a.PersonId == child.Id && a.EndDate == null));
        Assert.Equal(worker.Id, allocation.WorkerUserId);
        Assert.Equal(team, allocation.TeamId);

        var letter = await client.GetAsync(page + "?handler=Letter");
        Assert.Equal("application/pdf", letter.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await letter.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);

        var posted = await client.PostFormAsync(page + "?handler=LetterPosted", await client.GetFormAsync(page, "form[action*='LetterPosted']"), []);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(FeedbackStatus.Sent, (await app.WithDbAsync(db => db.ReferrerFeedback.SingleAsync(f => f.ContactId == second))).Status);
    }
}

public sealed class ContactJourneyTestsOnSqlite(SqliteAppFactory app) : ContactJourneyTests<SqliteAppFactory>(app);

public sealed class ContactJourneyTestsOnPostgres(PostgresAppFactory app) : ContactJourneyTests<PostgresAppFactory>(app);
