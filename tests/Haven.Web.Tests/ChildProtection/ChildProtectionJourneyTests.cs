using System.Globalization;
using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.CaseRecording;
using Haven.Domain.ChildProtection;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Domain.People;
using Haven.Web.Features.ChildProtection.Conferences;
using Haven.Web.Features.ChildProtection.Section47Enquiries;
using Haven.Web.Features.ChildProtection.StrategyDiscussions;
using Haven.Web.Features.FrontDoor;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.ChildProtection;

/// <summary>
/// Strategy discussion to review conference through the real pages, on both databases. The fake clock says
/// Wednesday 25 November 2026; the referral came in on Monday 5 October, so the initial conference (15 working
/// days after the strategy discussion that day) was due on Monday 26 October.
/// </summary>
public abstract class ChildProtectionJourneyTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static readonly DateOnly ReferralDay = new(2026, 10, 5);

    private sealed record Case(ApplicationUser Worker, ApplicationUser Manager, Person Child, Guid ReferralId)
    {
        public string Url(string path) => $"/people/{Child.Id}/social-care/{ReferralId}{path}";
    }

    private async Task<Case> SetUpAsync()
    {
        var worker = await app.CreateUserAsync("CP Social Worker", Role.SocialWorker);
        var manager = await app.CreateUserAsync("CP Team Manager", Role.TeamManager);
        var child = await app.RegisterAsync(worker, "Ruby", "Ashdown", new DateOnly(2019, 3, 2));
        var referralId = await app.AsUserAsync(manager, async s =>
        {
            var fd = s.GetRequiredService<FrontDoorService>();
            var c = (await fd.RecordAsync([child.Id], new ContactDetails(new DateTime(2026, 10, 5, 8, 0, 0, DateTimeKind.Utc), ContactRoute.Phone, ContactKind.Referral, "6",
                "PC Dana Rowe", "Havenshire Police", null, null, null, null,
                "Ruby has a bruise on her cheek; she said her mum's partner hit her.", "Ruby said she does not want to go home.", ConsentToShare.NotSought, "Child at risk of significant harm", YesNoNotKnown.No), CancellationToken.None))[0];
            await fd.MarkHistoryReadAsync(c.Id, null, CancellationToken.None);
            await fd.DecideAsync(c.Id, new DecisionDetails(ScreeningOutcome.StrategyDiscussion, ThresholdLevel.Safeguarding,
                "A disclosure of physical harm by a carer: strategy discussion today.", null, null, "N1"), CancellationToken.None);
            return await s.GetRequiredService<HavenDbContext>().Referrals.Where(r => r.ContactId == c.Id).Select(r => r.Id).SingleAsync();
        });
        return new Case(worker, manager, child, referralId);
    }

    /// <summary>Strategy discussion on 5 October, enquiry from the 6th, initial conference booked for 22 October, through the service.</summary>
    private Task<(Guid EnquiryId, Guid ConferenceId)> EnquiryWithConferenceAsync(Case c, string enquiryStart = "2026-10-06") =>
        app.AsUserAsync(c.Worker, async s =>
        {
            var discussion = await s.GetRequiredService<StrategyDiscussionService>().RecordStrategyDiscussionAsync(c.Child.Id, c.ReferralId, new StrategyDiscussionDetails(ReferralDay, "Sam Okafor, team manager",
                [new("DS Rowe", Agencies.Police), new("Sam Okafor", Agencies.SocialCare), new("Dr Lena Marsh", Agencies.Health)],
                StrategyDecision.StartSection47, "Disclosure and injury: joint enquiry."), CancellationToken.None);
            var enquiry = await s.GetRequiredService<Section47Service>().StartSection47Async(c.Child.Id, c.ReferralId, discussion.Id, DateOnly.Parse(enquiryStart, CultureInfo.InvariantCulture), true, c.Worker.Id, CancellationToken.None);
            var conference = await s.GetRequiredService<ConferenceService>().ScheduleConferenceAsync(c.Child.Id, c.ReferralId, ConferenceType.Initial, new DateOnly(2026, 10, 22), CancellationToken.None);
            return (enquiry.Id, conference.Id);
        });

    /// <summary>As above, with the initial conference held on 22 October making a plan under neglect.</summary>
    private async Task<Guid> PlanAsync(Case c)
    {
        var (_, conferenceId) = await EnquiryWithConferenceAsync(c);
        return await app.AsUserAsync(c.Worker, async s => (await s.GetRequiredService<ConferenceService>().RecordConferenceHeldAsync(conferenceId, new ConferenceHeldDetails(
            new DateOnly(2026, 10, 22), "Jo Barnes, IRO", [new("DS Rowe", Agencies.Police, true, true)], false, null,
            ConferenceDecision.ChildProtectionPlan, "NEG", "Neglect and physical harm", null, 0, null, null), CancellationToken.None))!.Id);
    }

    private Task<List<CaseEvent>> EventsAsync(Person child, string type) =>
        app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id && e.Type == type).OrderBy(e => e.Id).ToListAsync());

    private static Dictionary<string, string> Date(string field, DateOnly date) => new()
    {
        [$"{field}.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        [$"{field}.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    private static Dictionary<string, string> With(params Dictionary<string, string>[] parts)
    {
        var all = new Dictionary<string, string>();
        foreach (var part in parts)
        {
            foreach (var (key, value) in part)
            {
                all[key] = value;
            }
        }
        return all;
    }

    private static Dictionary<string, string> Held(DateOnly heldOn, string decision = "ChildProtectionPlan", string? category = "NEG") => With(Date("HeldOn", heldOn), new()
    {
        ["Chair"] = "Jo Barnes, IRO",
        ["Attendees[0].Name"] = "DS Rowe", ["Attendees[0].Agency"] = Agencies.Police, ["Attendees[0].Attended"] = "true", ["Attendees[0].ReportSubmitted"] = "true",
        ["Attendees[1].Name"] = "Dr Lena Marsh", ["Attendees[1].Agency"] = Agencies.Health, ["Attendees[1].ReportSubmitted"] = "true",
        ["Attendees[2].Name"] = "Ms Orla Whitcombe", ["Attendees[2].Agency"] = Agencies.Education, ["Attendees[2].Attended"] = "true",
        ["ChildAttended"] = "false", ["ChildsViews"] = "Ruby told her worker she wants mum to be safe and to stay at her school.",
        ["Decision"] = decision, ["Category"] = category ?? "", ["PreviousPlans"] = "0",
        ["Rationale"] = "Repeated injuries with no safe explanation; mum cannot yet protect Ruby from her partner.",
    });

    [Fact]
    public async Task Strategy_discussion_to_section_47_to_initial_conference_starts_a_plan_with_the_right_category_and_dates()
    {
        var c = await SetUpAsync();
        var client = await app.SignInAsync(c.Worker);

        var strategyUrl = c.Url("/strategy-discussions/new");
        var posted = await client.PostFormAsync(strategyUrl, await client.GetFormAsync(strategyUrl), With(Date("HeldOn", ReferralDay), new()
        {
            ["Chair"] = "Sam Okafor, team manager",
            ["Participants[0].Name"] = "DS Rowe", ["Participants[0].Agency"] = Agencies.Police,
            ["Participants[1].Name"] = "Sam Okafor", ["Participants[1].Agency"] = Agencies.SocialCare,
            ["Participants[2].Name"] = "Dr Lena Marsh", ["Participants[2].Agency"] = Agencies.Health,
            ["Decision"] = "StartSection47", ["Rationale"] = "Disclosure of being hit and a fresh bruise: joint section 47.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var discussion = await app.WithDbAsync(db => db.StrategyDiscussions.Include(d => d.Participants).SingleAsync(d => d.PersonId == c.Child.Id));
        Assert.Equal(3, discussion.Participants.Count);
        Assert.False(discussion.OnlyPoliceAndSocialCare);
        // Deciding on an enquiry goes straight to starting it.
        var startUrl = posted.Headers.Location!.OriginalString;
        Assert.Contains($"/section-47/new?strategyDiscussionId={discussion.Id}", startUrl, StringComparison.OrdinalIgnoreCase);
        var recorded = Assert.Single(await EventsAsync(c.Child, CaseEventTypes.StrategyDiscussionRecorded));
        Assert.Contains(new FieldChange("Who took part", null, "DS Rowe (Police); Sam Okafor (Children's social care); Dr Lena Marsh (Health)"), recorded.Changes);

        // The initial conference due date is shown before the enquiry starts.
        Assert.Contains("26 October 2026", Html.MainText(await client.GetDocumentAsync(startUrl)), StringComparison.Ordinal);
        posted = await client.PostFormAsync(startUrl, await client.GetFormAsync(startUrl), With(Date("StartDate", new DateOnly(2026, 10, 6)), new()
        {
            ["JointWithPolice"] = "true", ["WorkerUserId"] = c.Worker.Id,
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var enquiry = await app.WithDbAsync(db => db.Section47Enquiries.SingleAsync(e => e.PersonId == c.Child.Id));
        Assert.Equal((discussion.Id, new DateOnly(2026, 10, 6), true, c.Worker.Id), (enquiry.StrategyDiscussionId!.Value, enquiry.StartDate, enquiry.JointWithPolice, enquiry.AllocatedWorkerUserId));
        var started = Assert.Single(await EventsAsync(c.Child, CaseEventTypes.Section47Started));
        Assert.Contains(new FieldChange("Initial conference due", null, "26 October 2026"), started.Changes);

        var bookUrl = c.Url("/conferences/new?type=initial");
        posted = await client.PostFormAsync(bookUrl, await client.GetFormAsync(bookUrl), Date("ScheduledFor", new DateOnly(2026, 10, 22)));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var conference = await app.WithDbAsync(db => db.ChildProtectionConferences.SingleAsync(x => x.PersonId == c.Child.Id));
        Assert.Equal((ConferenceType.Initial, enquiry.Id, new DateOnly(2026, 10, 22)), (conference.Type, conference.Section47Id!.Value, conference.ScheduledFor));

        var heldUrl = c.Url($"/conferences/{conference.Id}/held");
        posted = await client.PostFormAsync(heldUrl, await client.GetFormAsync(heldUrl), With(Held(new DateOnly(2026, 10, 22)),
            Date("ReportSharedWithParentsOn", new DateOnly(2026, 10, 20)), Date("MinutesSentOn", new DateOnly(2026, 11, 2))));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);

        var plan = await app.WithDbAsync(db => db.ChildProtectionPlans.SingleAsync(p => p.PersonId == c.Child.Id));
        Assert.Equal((c.ReferralId, new DateOnly(2026, 10, 22), "NEG", "NEG", 0, 10, (DateOnly?)null),
            (plan.ReferralId, plan.StartDate, plan.InitialCategory, plan.LatestCategory, plan.NumberOfPreviousPlans, plan.VisitFrequencyWorkingDays, plan.EndDate));
        Assert.EndsWith($"/child-protection-plans/{plan.Id}", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var held = await app.WithDbAsync(db => db.ChildProtectionConferences.Include(x => x.Attendees).SingleAsync(x => x.Id == conference.Id));
        Assert.Equal((new DateOnly(2026, 10, 22), ConferenceDecision.ChildProtectionPlan, "NEG", plan.Id), (held.HeldOn!.Value, held.Decision!.Value, held.Category, held.ChildProtectionPlanId!.Value));
        Assert.Equal((new DateOnly(2026, 10, 20), new DateOnly(2026, 11, 2), false), (held.ReportSharedWithParentsOn!.Value, held.MinutesSentOn!.Value, held.ChildAttended!.Value));
        Assert.Equal(["Dr Lena Marsh: absent, report", "DS Rowe: attended, report", "Ms Orla Whitcombe: attended, no report"],
            held.Attendees.OrderBy(a => a.Name).Select(a => $"{a.Name}: {(a.Attended ? "attended" : "absent")}, {(a.ReportSubmitted ? "report" : "no report")}"));

        var heldEvent = Assert.Single(await EventsAsync(c.Child, CaseEventTypes.ConferenceHeld));
        Assert.Contains(new FieldChange("Category", null, "Neglect (NEG)"), heldEvent.Changes);
        Assert.Contains(new FieldChange("Reports submitted", null, "Police; Health"), heldEvent.Changes);
        var planEvent = Assert.Single(await EventsAsync(c.Child, CaseEventTypes.ChildProtectionPlanStarted));
        Assert.Contains(new FieldChange("Started", null, "22 October 2026"), planEvent.Changes);

        // On 25 November: first core group was due 10 working days after the conference (5 November), review 3 months on.
        var page = Html.MainText(await client.GetDocumentAsync(c.Url($"/child-protection-plans/{plan.Id}")));
        Assert.Contains("Due by 22 January 2027", page, StringComparison.Ordinal);
        Assert.Contains("Due by 5 November 2026 Overdue", page, StringComparison.Ordinal);
        Assert.Contains("Neglect (NEG)", page, StringComparison.Ordinal);
        var summary = Html.MainText(await client.GetDocumentAsync(c.Url("/child-protection")));
        Assert.Contains("Held in time", summary, StringComparison.Ordinal);
        Assert.Contains("Book the review conference (due by 22 January 2027)", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_strategy_discussion_of_only_police_and_social_care_is_warned_about_then_recorded_if_confirmed()
    {
        var c = await SetUpAsync();
        var client = await app.SignInAsync(c.Worker);
        var url = c.Url("/strategy-discussions/new");
        var form = await client.GetFormAsync(url);
        var fields = With(Date("HeldOn", ReferralDay), new()
        {
            ["Chair"] = "Sam Okafor", ["Participants[0].Name"] = "DS Rowe", ["Participants[0].Agency"] = Agencies.Police,
            ["Participants[1].Name"] = "Sam Okafor", ["Participants[1].Agency"] = Agencies.SocialCare,
            ["Decision"] = "ChildInNeedAssessment", ["Rationale"] = "Injury explained by a fall; family needs support.",
        });

        var warned = await client.PostFormAsync(url, form, fields);
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        var doc = await warned.ReadDocumentAsync();
        Assert.Contains("Only police and children's social care took part", doc.QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("DS Rowe", Html.Value(doc, "Participants_0__Name"));
        Assert.Equal(0, await app.WithDbAsync(db => db.StrategyDiscussions.CountAsync(d => d.PersonId == c.Child.Id)));

        fields["Confirmed"] = "true";
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form, fields)).StatusCode);
        var saved = await app.WithDbAsync(db => db.StrategyDiscussions.Include(d => d.Participants).SingleAsync(d => d.PersonId == c.Child.Id));
        Assert.True(saved.OnlyPoliceAndSocialCare);
        Assert.Contains("Police and social care only", Html.MainText(await client.GetDocumentAsync(c.Url("/child-protection"))), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Add_more_people_keeps_what_was_typed_and_adds_blank_rows_without_javascript()
    {
        var c = await SetUpAsync();
        var client = await app.SignInAsync(c.Worker);
        var url = c.Url("/strategy-discussions/new");
        var response = await client.PostFormAsync(url + "?handler=AddRow", await client.GetFormAsync(url), new()
        {
            ["Chair"] = "Sam Okafor", ["Participants[0].Name"] = "DS Rowe", ["Participants[0].Agency"] = Agencies.Police,
        });
        var doc = await response.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("DS Rowe", Html.Value(doc, "Participants_0__Name"));
        Assert.Equal("Sam Okafor", Html.Value(doc, "Chair"));
        Assert.Equal(3, doc.QuerySelectorAll("input[name^='Participants'][name$='.Name']").Length);
        Assert.Empty(Html.ErrorSummary(doc));
    }

    [Fact]
    public async Task An_initial_conference_before_the_enquiry_started_is_refused_on_the_date_and_nothing_is_saved()
    {
        var c = await SetUpAsync();
        var (_, conferenceId) = await EnquiryWithConferenceAsync(c, enquiryStart: "2026-10-08");
        var client = await app.SignInAsync(c.Worker);
        var url = c.Url($"/conferences/{conferenceId}/held");

        var refused = await client.PostFormAsync(url, await client.GetFormAsync(url), Held(new DateOnly(2026, 10, 7)));
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        const string Message = "The conference cannot be before the section 47 enquiry started on 8 October 2026";
        Assert.Equal([Message], Html.ErrorSummary(doc));
        Assert.Equal(Message, Html.InlineError(doc, "HeldOn"));
        Assert.Equal("Jo Barnes, IRO", Html.Value(doc, "Chair"));
        Assert.Equal("7", Html.Value(doc, "HeldOn-day"));

        var conference = await app.WithDbAsync(db => db.ChildProtectionConferences.Include(x => x.Attendees).SingleAsync(x => x.Id == conferenceId));
        Assert.Null(conference.HeldOn);
        Assert.Empty(conference.Attendees);
        Assert.Equal(0, await app.WithDbAsync(db => db.ChildProtectionPlans.CountAsync(p => p.PersonId == c.Child.Id)));
        Assert.Empty(await EventsAsync(c.Child, CaseEventTypes.ConferenceHeld));
    }

    [Fact]
    public async Task An_initial_conference_held_on_a_weekend_is_refused()
    {
        var c = await SetUpAsync();
        var (_, conferenceId) = await EnquiryWithConferenceAsync(c);
        var client = await app.SignInAsync(c.Worker);
        var url = c.Url($"/conferences/{conferenceId}/held");
        var refused = await client.PostFormAsync(url, await client.GetFormAsync(url), Held(new DateOnly(2026, 10, 24)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Saturday 24 October 2026 is not a working day. Check the date the conference was held", Html.InlineError(await refused.ReadDocumentAsync(), "HeldOn"));
    }

    [Fact]
    public async Task An_initial_conference_without_a_section_47_enquiry_is_refused()
    {
        var c = await SetUpAsync();
        var client = await app.SignInAsync(c.Worker);
        var url = c.Url("/conferences/new?type=initial");
        var doc = await client.GetDocumentAsync(url);
        const string Message = "An initial child protection conference needs a section 47 enquiry. Start the enquiry first";
        Assert.Equal(Message, Html.InlineError(doc, "ScheduledFor"));

        var refused = await client.PostFormAsync(url, await client.GetFormAsync(url), Date("ScheduledFor", new DateOnly(2026, 12, 1)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal([Message], Html.ErrorSummary(await refused.ReadDocumentAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.ChildProtectionConferences.CountAsync(x => x.PersonId == c.Child.Id)));
        Assert.Empty(await EventsAsync(c.Child, CaseEventTypes.ConferenceScheduled));
    }

    [Fact]
    public async Task A_conference_booked_after_its_due_date_is_warned_about_and_re_arranging_keeps_the_due_date_so_it_is_held_late()
    {
        var c = await SetUpAsync();
        var (_, conferenceId) = await EnquiryWithConferenceAsync(c);
        var client = await app.SignInAsync(c.Worker);
        var url = c.Url($"/conferences/{conferenceId}/rearrange");
        var form = await client.GetFormAsync(url);

        var noReason = await client.PostFormAsync(url, form, Date("ScheduledFor", new DateOnly(2026, 10, 29)));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Enter why the conference is being re-arranged", Html.InlineError(await noReason.ReadDocumentAsync(), "Reason"));

        var moved = await client.PostFormAsync(url, form, With(Date("ScheduledFor", new DateOnly(2026, 10, 29)), new() { ["Reason"] = "Police report not ready" }));
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var conference = await app.WithDbAsync(db => db.ChildProtectionConferences.SingleAsync(x => x.Id == conferenceId));
        Assert.Equal((new DateOnly(2026, 10, 29), new DateOnly(2026, 10, 22), "Police report not ready"),
            (conference.ScheduledFor, conference.OriginallyScheduledFor!.Value, conference.RearrangedReason));
        var rearranged = Assert.Single(await EventsAsync(c.Child, CaseEventTypes.ConferenceRearranged));
        Assert.Equal([new FieldChange("Booked for", "22 October 2026", "29 October 2026")], rearranged.Changes);
        Assert.Equal("Police report not ready", rearranged.Reason);

        var heldUrl = c.Url($"/conferences/{conferenceId}/held");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(heldUrl, await client.GetFormAsync(heldUrl), Held(new DateOnly(2026, 10, 29)))).StatusCode);
        var summary = Html.MainText(await client.GetDocumentAsync(c.Url("/child-protection")));
        Assert.Contains("Held late", summary, StringComparison.Ordinal);
        Assert.Contains("re-arranged from 22 October 2026", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Held in time", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_review_booked_after_it_is_due_needs_confirming()
    {
        var c = await SetUpAsync();
        await PlanAsync(c);
        var client = await app.SignInAsync(c.Worker);
        var url = c.Url("/conferences/new?type=review");
        var form = await client.GetFormAsync(url);
        // Due 22 January 2027; 25 January is a Monday after it.
        var warned = await client.PostFormAsync(url, form, Date("ScheduledFor", new DateOnly(2027, 1, 25)));
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("after the conference is due on 22 January 2027", (await warned.ReadDocumentAsync()).QuerySelector(".govuk-warning-text")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.ChildProtectionConferences.CountAsync(x => x.PersonId == c.Child.Id && x.Type == ConferenceType.Review)));

        var booked = await client.PostFormAsync(url, form, With(Date("ScheduledFor", new DateOnly(2027, 1, 25)), new() { ["Confirmed"] = "true" }));
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var review = await app.WithDbAsync(db => db.ChildProtectionConferences.SingleAsync(x => x.PersonId == c.Child.Id && x.Type == ConferenceType.Review));
        Assert.Equal(new DateOnly(2027, 1, 25), review.ScheduledFor);
        Assert.Contains(new FieldChange("Due by", null, "22 January 2027"), Assert.Single(await EventsAsync(c.Child, CaseEventTypes.ConferenceScheduled), e => e.Summary.StartsWith("Review", StringComparison.Ordinal)).Changes);
    }

    [Fact]
    public async Task A_review_booked_for_the_day_of_the_last_conference_is_refused_naming_that_day()
    {
        var c = await SetUpAsync();
        await PlanAsync(c);
        var client = await app.SignInAsync(c.Worker);
        var url = c.Url("/conferences/new?type=review");
        // The initial conference was held on Thursday 22 October: the review must be after it, and the message names
        // the 22nd (it used to name the 23rd, the first day allowed, as if that were the conference).
        var refused = await client.PostFormAsync(url, await client.GetFormAsync(url), Date("ScheduledFor", new DateOnly(2026, 10, 22)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("The conference must be after the last conference on 22 October 2026", Html.InlineError(await refused.ReadDocumentAsync(), "ScheduledFor"));
        Assert.Equal(0, await app.WithDbAsync(db => db.ChildProtectionConferences.CountAsync(x => x.PersonId == c.Child.Id && x.Type == ConferenceType.Review)));

        var booked = await client.PostFormAsync(url, await client.GetFormAsync(url), Date("ScheduledFor", new DateOnly(2026, 10, 23)));
        Assert.Equal(HttpStatusCode.Redirect, booked.StatusCode);
        var review = await app.WithDbAsync(db => db.ChildProtectionConferences.SingleAsync(x => x.PersonId == c.Child.Id && x.Type == ConferenceType.Review));

        // Re-arranging it follows the same rule: not on the day of the last conference either.
        var rearrange = c.Url($"/conferences/{review.Id}/rearrange");
        var moved = await client.PostFormAsync(rearrange, await client.GetFormAsync(rearrange), With(Date("ScheduledFor", new DateOnly(2026, 10, 22)), new() { ["Reason"] = "Chair unavailable" }));
        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Equal("The conference must be after the last conference on 22 October 2026", Html.InlineError(await moved.ReadDocumentAsync(), "ScheduledFor"));
    }

    [Fact]
    public async Task While_the_initial_conference_is_awaited_the_episode_says_so_not_just_open()
    {
        var c = await SetUpAsync();
        var (enquiryId, _) = await EnquiryWithConferenceAsync(c);
        await app.AsUserAsync(c.Worker, s => s.GetRequiredService<Section47Service>().CompleteSection47Async(enquiryId, new DateOnly(2026, 10, 16),
            Section47Outcome.ConferenceRequired, "Harm substantiated: the conference will decide on a plan.", CancellationToken.None));
        var client = await app.SignInAsync(c.Worker);
        // The enquiry is complete and the conference (booked for 22 October) not yet held: the case is waiting for it.
        Assert.Equal("Initial child protection conference awaited", Position(await client.GetDocumentAsync(c.Url(""))));
    }

    private static string? Position(AngleSharp.Dom.IDocument episode) =>
        episode.QuerySelectorAll(".govuk-summary-list__row").FirstOrDefault(r => r.QuerySelector("dt")?.TextContent.Trim() == "Position now")?.QuerySelector("dd")?.TextContent.Trim();

    [Fact]
    public async Task Minutes_sent_before_the_conference_was_held_are_refused_and_nothing_is_saved()
    {
        var c = await SetUpAsync();
        await PlanAsync(c);
        var client = await app.SignInAsync(c.Worker);
        var url = c.Url("/conferences/new?type=review");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, await client.GetFormAsync(url), Date("ScheduledFor", new DateOnly(2026, 11, 19)))).StatusCode);
        var review = await app.WithDbAsync(db => db.ChildProtectionConferences.SingleAsync(x => x.PersonId == c.Child.Id && x.Type == ConferenceType.Review));
        var heldUrl = c.Url($"/conferences/{review.Id}/held");
        var form = await client.GetFormAsync(heldUrl);

        var refused = await client.PostFormAsync(heldUrl, form, With(Held(new DateOnly(2026, 11, 19), "PlanContinues"), Date("MinutesSentOn", new DateOnly(2026, 11, 18))));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("The minutes cannot have been sent before the conference was held on 19 November 2026", Html.InlineError(await refused.ReadDocumentAsync(), "MinutesSentOn"));
        Assert.Null((await app.WithDbAsync(db => db.ChildProtectionConferences.SingleAsync(x => x.Id == review.Id))).HeldOn);

        var held = await client.PostFormAsync(heldUrl, form, With(Held(new DateOnly(2026, 11, 19), "PlanContinues"), Date("MinutesSentOn", new DateOnly(2026, 11, 19))));
        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 19), (await app.WithDbAsync(db => db.ChildProtectionConferences.SingleAsync(x => x.Id == review.Id))).MinutesSentOn);
    }

    [Fact]
    public async Task A_decision_not_to_confer_after_substantiated_harm_does_not_count_until_a_service_manager_agrees()
    {
        var c = await SetUpAsync();
        var (enquiryId, _) = await app.AsUserAsync(c.Worker, async s =>
        {
            var e = await s.GetRequiredService<Section47Service>().StartSection47Async(c.Child.Id, c.ReferralId, null, new DateOnly(2026, 10, 6), false, c.Worker.Id, CancellationToken.None);
            return (e.Id, 0);
        });
        var client = await app.SignInAsync(c.Worker);
        var url = c.Url($"/section-47/{enquiryId}/complete");
        var posted = await client.PostFormAsync(url, await client.GetFormAsync(url), With(Date("CompletedOn", new DateOnly(2026, 11, 20)), new()
        {
            ["Outcome"] = "SubstantiatedNoConference", ["Rationale"] = "Harm happened but mum has left the partner and a safety plan is in place.",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var enquiry = await app.WithDbAsync(db => db.Section47Enquiries.SingleAsync(e => e.Id == enquiryId));
        Assert.Equal(Section47Outcome.SubstantiatedNoConference, enquiry.Outcome);
        Assert.Null(enquiry.CompletedOn);
        Assert.True(ChildProtectionChecks.AwaitsSeniorManager(enquiry));
        Assert.Empty(await EventsAsync(c.Child, CaseEventTypes.Section47Completed));
        Assert.Single(await EventsAsync(c.Child, CaseEventTypes.Section47OutcomeProposed));
        var waiting = Html.MainText(await client.GetDocumentAsync(c.Url("/child-protection")));
        Assert.Contains("Waiting for service manager", waiting, StringComparison.Ordinal);
        Assert.Contains("Ask a service manager to agree the decision not to hold a conference", waiting, StringComparison.Ordinal);

        // The worker, and their team manager, cannot agree it themselves.
        var agreeUrl = c.Url($"/section-47/{enquiryId}/agree");
        var denied = await client.GetAsync(agreeUrl);
        Assert.Contains("access-denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var managerClient = await app.SignInAsync(c.Manager);
        Assert.Contains("access-denied", (await managerClient.GetAsync(agreeUrl)).Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Null(await app.WithDbAsync(db => db.Section47Enquiries.Where(e => e.Id == enquiryId).Select(e => e.CompletedOn).SingleAsync()));

        var serviceManager = await app.CreateUserAsync("CP Service Manager", Role.ServiceManager);
        var smClient = await app.SignInAsync(serviceManager);
        Assert.Contains("Agree the decision not to hold a conference", Html.MainText(await smClient.GetDocumentAsync(c.Url("/child-protection"))), StringComparison.Ordinal);
        var agreed = await smClient.PostFormAsync(agreeUrl, await smClient.GetFormAsync(agreeUrl), new() { ["Note"] = "Safety plan seen; agreed with the police." });
        Assert.Equal(HttpStatusCode.Redirect, agreed.StatusCode);
        enquiry = await app.WithDbAsync(db => db.Section47Enquiries.SingleAsync(e => e.Id == enquiryId));
        Assert.Equal((serviceManager.Id, new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 25)),
            (enquiry.SeniorManagerAgreedByUserId, enquiry.SeniorManagerAgreedOn!.Value, enquiry.CompletedOn!.Value));
        var completed = Assert.Single(await EventsAsync(c.Child, CaseEventTypes.Section47Completed));
        Assert.Equal(serviceManager.Id, completed.ActorUserId);
        Assert.Equal("Safety plan seen; agreed with the police.", completed.Reason);

        // No conference can now be booked for this enquiry.
        var bookUrl = c.Url("/conferences/new?type=initial");
        var refused = await client.PostFormAsync(bookUrl, await client.GetFormAsync(bookUrl), Date("ScheduledFor", new DateOnly(2026, 12, 1)));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task Other_outcomes_complete_the_enquiry_at_once()
    {
        var c = await SetUpAsync();
        var enquiryId = await app.AsUserAsync(c.Worker, async s =>
            (await s.GetRequiredService<Section47Service>().StartSection47Async(c.Child.Id, c.ReferralId, null, new DateOnly(2026, 10, 6), false, c.Worker.Id, CancellationToken.None)).Id);
        var client = await app.SignInAsync(c.Worker);
        var seenUrl = c.Url($"/section-47/{enquiryId}/child-seen");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(seenUrl, await client.GetFormAsync(seenUrl), With(Date("SeenOn", new DateOnly(2026, 10, 7)), new() { ["SeenAlone"] = "true" }))).StatusCode);
        var url = c.Url($"/section-47/{enquiryId}/complete");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, await client.GetFormAsync(url), With(Date("CompletedOn", new DateOnly(2026, 10, 20)), new()
        {
            ["Outcome"] = "NotSubstantiatedChildInNeed", ["Rationale"] = "Injury consistent with the account; family need support with routines.",
        }))).StatusCode);
        var enquiry = await app.WithDbAsync(db => db.Section47Enquiries.SingleAsync(e => e.Id == enquiryId));
        Assert.Equal((new DateOnly(2026, 10, 7), true, new DateOnly(2026, 10, 20)), (enquiry.ChildSeenOn!.Value, enquiry.SeenAlone!.Value, enquiry.CompletedOn!.Value));
        Assert.Contains(new FieldChange("Seen alone", null, "Yes"), Assert.Single(await EventsAsync(c.Child, CaseEventTypes.Section47ChildSeen)).Changes);
        Assert.Contains(new FieldChange("Completed", null, "20 October 2026"), Assert.Single(await EventsAsync(c.Child, CaseEventTypes.Section47Completed)).Changes);
    }

    [Fact]
    public async Task A_review_conference_can_continue_the_plan_with_a_new_category_then_end_it_with_a_step_down()
    {
        var c = await SetUpAsync();
        var planId = await PlanAsync(c);
        var client = await app.SignInAsync(c.Worker);

        async Task<Guid> BookReviewAsync(DateOnly date)
        {
            var url = c.Url("/conferences/new?type=review");
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, await client.GetFormAsync(url), Date("ScheduledFor", date))).StatusCode);
            return await app.WithDbAsync(db => db.ChildProtectionConferences.Where(x => x.PersonId == c.Child.Id && x.Type == ConferenceType.Review && x.HeldOn == null).Select(x => x.Id).SingleAsync());
        }

        var first = await BookReviewAsync(new DateOnly(2026, 11, 19));
        var heldUrl = c.Url($"/conferences/{first}/held");
        var continued = await client.PostFormAsync(heldUrl, await client.GetFormAsync(heldUrl), Held(new DateOnly(2026, 11, 19), "PlanContinues", "EMO"));
        Assert.Equal(HttpStatusCode.Redirect, continued.StatusCode);
        var plan = await app.WithDbAsync(db => db.ChildProtectionPlans.SingleAsync(p => p.Id == planId));
        Assert.Equal(("NEG", "EMO", (DateOnly?)null), (plan.InitialCategory, plan.LatestCategory, plan.EndDate));
        var updated = Assert.Single(await EventsAsync(c.Child, CaseEventTypes.ChildProtectionPlanUpdated));
        Assert.Equal([new FieldChange("Category", "Neglect (NEG)", "Emotional abuse (EMO)")], updated.Changes);
        // After a review, the next is 6 months after it.
        Assert.Contains("Due by 19 May 2027", Html.MainText(await client.GetDocumentAsync(c.Url($"/child-protection-plans/{planId}"))), StringComparison.Ordinal);

        var second = await BookReviewAsync(new DateOnly(2026, 11, 24));
        heldUrl = c.Url($"/conferences/{second}/held");
        var form = await client.GetFormAsync(heldUrl);
        var noReason = await client.PostFormAsync(heldUrl, form, Held(new DateOnly(2026, 11, 24), "PlanEnds", null));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("Select why the plan is ending", Html.InlineError(await noReason.ReadDocumentAsync(), "EndReason"));

        var ended = await client.PostFormAsync(heldUrl, form, With(Held(new DateOnly(2026, 11, 24), "PlanEnds", null), new() { ["EndReason"] = "SteppedDownToChildInNeed" }));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        plan = await app.WithDbAsync(db => db.ChildProtectionPlans.SingleAsync(p => p.Id == planId));
        Assert.Equal((new DateOnly(2026, 11, 24), PlanEndReason.SteppedDownToChildInNeed), (plan.EndDate!.Value, plan.EndReason!.Value));
        var endEvent = Assert.Single(await EventsAsync(c.Child, CaseEventTypes.ChildProtectionPlanEnded));
        Assert.Contains(new FieldChange("Status", "Open", "Ended"), endEvent.Changes);
        Assert.Contains(new FieldChange("Reason", null, "Stepped down to a child in need plan"), endEvent.Changes);
        var childInNeed = $"a[href='/people/{c.Child.Id}/social-care/{c.ReferralId}/child-in-need/new']";
        Assert.NotNull((await client.GetDocumentAsync(c.Url($"/child-protection-plans/{planId}"))).QuerySelector(childInNeed));
        Assert.Equal("Start the child in need plan", (await client.GetDocumentAsync(c.Url("/child-protection"))).QuerySelector($"[data-next-steps] {childInNeed}")?.TextContent);
    }

    [Fact]
    public async Task A_plan_cannot_end_before_it_started()
    {
        var c = await SetUpAsync();
        var planId = await PlanAsync(c);
        var client = await app.SignInAsync(c.Worker);
        var url = c.Url($"/child-protection-plans/{planId}/end");
        var form = await client.GetFormAsync(url);
        var fields = With(Date("EndDate", new DateOnly(2026, 10, 21)), new() { ["Reason"] = "BecameLookedAfter", ["Note"] = "Placed in foster care under s20." });

        var refused = await client.PostFormAsync(url, form, fields);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("The plan cannot end before it started on 22 October 2026", Html.InlineError(await refused.ReadDocumentAsync(), "EndDate"));
        Assert.Null(await app.WithDbAsync(db => db.ChildProtectionPlans.Where(p => p.Id == planId).Select(p => p.EndDate).SingleAsync()));
        Assert.Empty(await EventsAsync(c.Child, CaseEventTypes.ChildProtectionPlanEnded));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url, form, With(fields, Date("EndDate", new DateOnly(2026, 11, 23))))).StatusCode);
        Assert.Equal(PlanEndReason.BecameLookedAfter, await app.WithDbAsync(db => db.ChildProtectionPlans.Where(p => p.Id == planId).Select(p => p.EndReason).SingleAsync()));
    }

    [Fact]
    public async Task Saving_the_contingency_over_a_newer_save_shows_both_and_overwrites_nothing()
    {
        var c = await SetUpAsync();
        var planId = await PlanAsync(c);
        var one = await app.SignInAsync(c.Worker);
        var two = await app.SignInAsync(c.Manager);
        var url = c.Url($"/child-protection-plans/{planId}/contingency");
        var formOne = await one.GetFormAsync(url);
        var formTwo = await two.GetFormAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, (await one.PostFormAsync(url, formOne, new() { ["Contingency"] = "Legal planning meeting if the partner returns." })).StatusCode);
        var stale = await two.PostFormAsync(url, formTwo, new() { ["Contingency"] = "Mum calls the police if the partner returns." });
        var doc = await stale.ReadDocumentAsync();

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Legal planning meeting if the partner returns.", doc.QuerySelector("[data-edit-conflict]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Mum calls the police if the partner returns.", doc.QuerySelector("#Contingency")!.TextContent.Trim());
        Assert.Equal("Legal planning meeting if the partner returns.", await app.WithDbAsync(db => db.ChildProtectionPlans.Where(p => p.Id == planId).Select(p => p.Contingency).SingleAsync()));
    }

    [Fact]
    public async Task The_plan_records_actions_contingency_core_group_and_counts_visits_where_the_child_was_seen()
    {
        var c = await SetUpAsync();
        var planId = await PlanAsync(c);
        var client = await app.SignInAsync(c.Worker);
        string Plan(string path = "") => c.Url($"/child-protection-plans/{planId}{path}");

        var actionUrl = Plan("/actions/new");
        // The plan action rule runs once, in the service: the page shows its problems by field and nothing is saved.
        var refused = await client.PostFormAsync(actionUrl, await client.GetFormAsync(actionUrl), With(Date("DueDate", new DateOnly(2026, 10, 1)), new()
        {
            ["Need"] = " ", ["Action"] = "Partner moves out", ["Owner"] = "",
        }));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(["Enter the need or risk: what must change for the child", "Enter who will do it", "The due date cannot be before the plan started on 22 October 2026"],
            Html.ErrorSummary(await refused.ReadDocumentAsync()));
        Assert.False(await app.WithDbAsync(db => db.PlanActions.AnyAsync(a => a.ChildProtectionPlanId == planId)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(actionUrl, await client.GetFormAsync(actionUrl), With(Date("DueDate", new DateOnly(2026, 12, 18)), new()
        {
            ["Need"] = "Ruby is hit when mum's partner is at home", ["Action"] = "Partner moves out; mum joins the Freedom Programme", ["Owner"] = "Mum, with Sam Okafor",
            ["MeasureOfSuccess"] = "Partner not at the house on unannounced visits",
        }))).StatusCode);
        var action = await app.WithDbAsync(db => db.PlanActions.SingleAsync(a => a.ChildProtectionPlanId == planId));
        var doneForm = await client.GetFormAsync(Plan(), "form[action*='CompleteAction']");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(Plan($"?handler=CompleteAction&actionId={action.Id}"), doneForm, [])).StatusCode);
        Assert.Equal(new DateOnly(2026, 11, 25), await app.WithDbAsync(db => db.PlanActions.Where(a => a.Id == action.Id).Select(a => a.CompletedOn).SingleAsync()));
        Assert.Contains(new FieldChange("Measure of success", null, "Partner not at the house on unannounced visits"), Assert.Single(await EventsAsync(c.Child, CaseEventTypes.PlanActionAdded)).Changes);
        Assert.Contains(new FieldChange("Status", "Not done", "Done"), Assert.Single(await EventsAsync(c.Child, CaseEventTypes.PlanActionCompleted)).Changes);

        var contingencyUrl = Plan("/contingency");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(contingencyUrl, await client.GetFormAsync(contingencyUrl),
            new() { ["Contingency"] = "If the partner returns, a legal planning meeting within 5 working days." })).StatusCode);

        var memberUrl = Plan("/core-group/members/new");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(memberUrl, await client.GetFormAsync(memberUrl),
            new() { ["Name"] = "Ms Orla Whitcombe", ["Agency"] = Agencies.Education, ["Role"] = "Designated safeguarding lead" })).StatusCode);
        Assert.Contains(new FieldChange("Role", null, "Designated safeguarding lead"), (await EventsAsync(c.Child, CaseEventTypes.CoreGroupMemberAdded))[0].Changes);
        // The child and their family belong in the core group too (Working Together), not only agencies.
        var choices = (await client.GetDocumentAsync(memberUrl)).QuerySelectorAll("#Agency option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Contains(CoreGroupRoles.ParentOrCarer, choices);
        Assert.Contains(CoreGroupRoles.Child, choices);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(memberUrl, await client.GetFormAsync(memberUrl),
            new() { ["Name"] = "Kerry Ashdown", ["Agency"] = CoreGroupRoles.ParentOrCarer, ["Role"] = "Mother" })).StatusCode);
        var unknown = await client.PostFormAsync(memberUrl, await client.GetFormAsync(memberUrl), new() { ["Name"] = "Someone", ["Agency"] = "Made up" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal("Select the member's agency, or how they are related to the child", Html.InlineError(await unknown.ReadDocumentAsync(), "Agency"));
        Assert.Equal(2, (await EventsAsync(c.Child, CaseEventTypes.CoreGroupMemberAdded)).Count);

        // The meeting form starts with the members' names.
        var meetingUrl = Plan("/core-group/meetings/new");
        Assert.Contains("Ms Orla Whitcombe (Education)", (await client.GetDocumentAsync(meetingUrl)).QuerySelector("#Attendees")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(meetingUrl, await client.GetFormAsync(meetingUrl), With(Date("HeldOn", new DateOnly(2026, 11, 4)), new()
        {
            ["Attendees"] = "Ms Orla Whitcombe (Education)\nMum", ["Progress"] = "Partner has moved out; Ruby's attendance is up.",
        }))).StatusCode);
        var held = Assert.Single(await EventsAsync(c.Child, CaseEventTypes.CoreGroupHeld));
        // First was due 5 November; after a meeting on the 4th the next is a month on.
        Assert.Contains(new FieldChange("Next core group due", "5 November 2026", "4 December 2026"), held.Changes);

        await app.WithDbAsync(async db =>
        {
            // A visit where Ruby was seen, a failed visit later, and a visit before the plan: only the first counts.
            db.CaseNotes.AddRange(
                Note(c, new DateOnly(2026, 11, 16), seen: true),
                Note(c, new DateOnly(2026, 11, 20), seen: false, failed: true),
                Note(c, new DateOnly(2026, 10, 12), seen: true));
            await db.SaveChangesAsync();
        });
        var page = Html.MainText(await client.GetDocumentAsync(Plan()));
        // Seen Mon 16 November: 10 working days on is Mon 30 November, not yet due on the 25th.
        Assert.Contains("Due by 30 November 2026", page, StringComparison.Ordinal);
        Assert.Contains("16 November 2026", page, StringComparison.Ordinal);
        Assert.DoesNotContain("12 October 2026", page, StringComparison.Ordinal);
        Assert.Contains("If the partner returns, a legal planning meeting within 5 working days.", page, StringComparison.Ordinal);
        Assert.Contains("Due by 4 December 2026", page, StringComparison.Ordinal);
    }

    private static CaseNote Note(Case c, DateOnly on, bool seen, bool failed = false) => new()
    {
        Id = Guid.NewGuid(), PersonId = c.Child.Id, Type = CaseNoteType.HomeVisit, OccurredOn = on, Subject = "Home visit", Text = "Visit",
        ChildSeen = seen, SeenAlone = seen, VisitFailed = failed, VisitPurpose = VisitPurpose.ChildProtection,
        RecordedByUserId = c.Worker.Id, RecordedByName = c.Worker.DisplayName, RecordedAtUtc = HavenAppFactory.Now.UtcDateTime,
    };

    [Fact]
    public async Task Another_childs_episode_is_not_found_and_an_auditor_can_read_but_not_change()
    {
        var c = await SetUpAsync();
        var planId = await PlanAsync(c);
        var other = await app.RegisterAsync(c.Worker, "Noah", "Pennant", new DateOnly(2015, 1, 1));
        var client = await app.SignInAsync(c.Worker);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/people/{other.Id}/social-care/{c.ReferralId}/child-protection")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/people/{other.Id}/social-care/{c.ReferralId}/child-protection-plans/{planId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/people/{other.Id}/social-care/{c.ReferralId}/strategy-discussions/new")).StatusCode);

        var auditor = await app.CreateUserAsync("CP Auditor", Role.Auditor);
        var auditorClient = await app.SignInAsync(auditor);
        var summary = await auditorClient.GetDocumentAsync(c.Url("/child-protection"));
        Assert.Contains("Child protection plan from 22 October 2026", Html.MainText(summary), StringComparison.Ordinal);
        Assert.Null(summary.QuerySelector("[data-next-steps]"));
        Assert.Contains("access-denied", (await auditorClient.GetAsync(c.Url("/strategy-discussions/new"))).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

public sealed class ChildProtectionJourneyTestsOnSqlite(SqliteAppFactory app) : ChildProtectionJourneyTests<SqliteAppFactory>(app);

public sealed class ChildProtectionJourneyTestsOnPostgres(PostgresAppFactory app) : ChildProtectionJourneyTests<PostgresAppFactory>(app);
