namespace Haven.Web.Features.ChildProtection;

/// <summary>What the episode section shows: the episode's child protection work and what to do next.</summary>
public sealed record EpisodeChildProtectionView(Guid PersonId, Guid ReferralId, DateOnly Today, EpisodeChildProtection Work, IReadOnlyList<(string Text, string Href)> NextSteps);

/// <summary>
/// The child protection section of an episode page: strategy discussions, enquiries, conferences and plans, each
/// clock with its tag, and links to the next things to do. Rendered by the episode hub and by this feature's summary.
/// </summary>
public sealed class EpisodeChildProtectionViewComponent(ChildProtectionQueries queries, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid personId, Guid referralId)
    {
        var today = UkClock.Today(clock);
        var work = await queries.ForEpisodeAsync(personId, referralId, today, HttpContext.RequestAborted);
        var decision = HttpContext.Items[PersonRecordFilter.DecisionItem] as AccessDecision;
        var steps = decision?.CanEdit == true && work.EpisodeOpen ? NextSteps(personId, referralId, work) : [];
        // By path, because the episode hub lives in another feature folder and Razor Pages only look up component
        // views beside the calling page.
        return View("/Features/ChildProtection/Components/EpisodeChildProtection/Default.cshtml", new EpisodeChildProtectionView(personId, referralId, today, work, steps));
    }

    private List<(string, string)> NextSteps(Guid personId, Guid referralId, EpisodeChildProtection work)
    {
        string Link(string page, object? extra = null)
        {
            var values = new RouteValueDictionary(extra) { ["personId"] = personId, ["referralId"] = referralId };
            return Url.Page(page, values)!;
        }
        var steps = new List<(string, string)>();
        var latestDiscussion = work.StrategyDiscussions.Count > 0 ? work.StrategyDiscussions[^1] : null;
        var enquiry = work.Enquiries.Count > 0 ? work.Enquiries[^1] : null;
        if (latestDiscussion?.Decision == StrategyDecision.StartSection47 && (enquiry is null || enquiry.Enquiry.CompletedOn is not null)
            && !work.Enquiries.Any(s => s.Enquiry.StrategyDiscussionId == latestDiscussion.Id))
        {
            steps.Add(("Start the section 47 enquiry", Link("/ChildProtection/Section47Enquiries/StartSection47", new { strategyDiscussionId = latestDiscussion.Id })));
        }
        if (enquiry is { Enquiry.CompletedOn: null } open)
        {
            var e = open.Enquiry;
            if (e.ChildSeenOn is null)
            {
                steps.Add(("Record when the child was seen", Link("/ChildProtection/Section47Enquiries/ChildSeen", new { enquiryId = e.Id })));
            }
            if (!open.AwaitsSeniorManager)
            {
                steps.Add(("Record the outcome of the section 47 enquiry", Link("/ChildProtection/Section47Enquiries/CompleteSection47", new { enquiryId = e.Id })));
            }
            else if (User.IsInRole(Roles.ServiceManager))
            {
                steps.Add(("Agree the decision not to hold a conference", Link("/ChildProtection/Section47Enquiries/AgreeSection47", new { enquiryId = e.Id })));
            }
            else
            {
                steps.Add(("Ask a service manager to agree the decision not to hold a conference, or change the outcome", Link("/ChildProtection/Section47Enquiries/CompleteSection47", new { enquiryId = e.Id })));
            }
        }
        if (enquiry is not null && enquiry.Enquiry.Outcome is null or Section47Outcome.ConferenceRequired
            && !work.Conferences.Any(c => c.Conference.Type == ConferenceType.Initial && c.Conference.Section47Id == enquiry.Enquiry.Id))
        {
            steps.Add(($"Book the initial child protection conference (due by {ChildProtectionText.Date(enquiry.InitialConferenceDue)})",
                Link("/ChildProtection/Conferences/ScheduleConference", new { type = "initial" })));
        }
        foreach (var c in work.Conferences.Where(c => !c.Conference.IsHeld))
        {
            steps.Add(($"Record the {ChildProtectionText.ConferenceName(c.Conference.Type).ToLowerInvariant()} booked for {ChildProtectionText.Date(c.Conference.ScheduledFor)}",
                Link("/ChildProtection/Conferences/HoldConference", new { conferenceId = c.Conference.Id })));
        }
        if (work.OpenPlan is { } plan)
        {
            if (!work.Conferences.Any(c => c.Conference.Type == ConferenceType.Review && !c.Conference.IsHeld && c.Conference.ChildProtectionPlanId == plan.Plan.Id))
            {
                steps.Add(($"Book the review conference (due by {ChildProtectionText.Date(plan.NextReview!.DueDate)})", Link("/ChildProtection/Conferences/ScheduleConference", new { type = "review" })));
            }
            steps.Add(($"Record a core group meeting (next due by {ChildProtectionText.Date(plan.NextCoreGroup!.DueDate)})", Link("/ChildProtection/CoreGroups/RecordCoreGroup", new { planId = plan.Plan.Id })));
            if (plan.Actions.Count == 0)
            {
                steps.Add(("Add the outline plan's actions", Link("/ChildProtection/ProtectionPlans/AddPlanAction", new { planId = plan.Plan.Id })));
            }
        }
        if (work.NeedsChildInNeedPlan)
        {
            // The child in need pages are another feature's; this is their agreed address.
            steps.Add(("Start the child in need plan", $"/people/{personId}/social-care/{referralId}/child-in-need/new"));
        }
        if (latestDiscussion is null)
        {
            steps.Add(("Record a strategy discussion", Link("/ChildProtection/StrategyDiscussions/NewStrategyDiscussion")));
        }
        return steps;
    }
}
