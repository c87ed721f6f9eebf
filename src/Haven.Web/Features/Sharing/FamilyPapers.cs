using static Haven.Web.Features.Sharing.DocumentBlock;

namespace Haven.Web.Features.Sharing;

/// <summary>
/// The sections of each paper, from the record as it stands. The plain-English versions of plans follow the four
/// questions a parent asks (Ofsted: parents "understood why a child protection plan was in place, what they needed
/// to do to make improvements and the consequences of non-compliance").
/// </summary>
public static class FamilyPapers
{
    private static string Date(DateOnly date) => FamilyDocument.Date(date);

    private static Text TextOr(string? text, string missing) => new Text(string.IsNullOrWhiteSpace(text) ? missing : text);

    public static IReadOnlyList<DocumentSection> Assessment(Assessment a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var seen = a.ChildSeenOn is { } on
            ? $"Seen on {Date(on)}{(a.SeenAlone switch { true => ", and seen alone", false => $", not alone{(a.NotSeenAloneReason is { } why ? $" ({why})" : "")}", _ => "" })}"
            : $"Not seen{(a.NotSeenReason is { } reason ? $": {reason}" : "")}";
        return
        [
            new DocumentSection("About the assessment", new Facts(
            [
                ("Started", Date(a.StartDate)),
                ("Authorised", a.AuthorisedOn is { } auth ? Date(auth) : "Not yet"),
                ("The child", seen),
            ])),
            new DocumentSection("What the child told us", TextOr(a.ChildsWishesAndFeelings, a.NoVoiceReason ?? "Not recorded")),
            new DocumentSection("What parents told us", TextOr(a.ParentsViews, "Not recorded")),
            new DocumentSection("What other important people told us", TextOr(a.OthersViews, "Not recorded")),
            new DocumentSection("What happened before", TextOr(a.HistoryConsidered, "Not recorded")),
            new DocumentSection("What we think", TextOr(a.Analysis, "Not recorded")),
            new DocumentSection("Culture, identity and needs", TextOr(a.EqualityAndDiversity, "Not recorded")),
            new DocumentSection("What we found", new List(a.Factors.Select(f => AssessmentFactorCodes.Codes.GetValueOrDefault(f, f)).ToList())),
            new DocumentSection("What happens next", new Text(a.Outcome switch
            {
                AssessmentOutcome.NoFurtherAction => "We will not take any further action.",
                AssessmentOutcome.EarlyHelp => "We will ask early help services to work with your family.",
                AssessmentOutcome.ChildInNeedPlan => "We will make a child in need plan with you.",
                AssessmentOutcome.StrategyDiscussion => "We will talk with the police and other agencies about how to keep the child safe (a strategy discussion).",
                AssessmentOutcome.ContinueChildProtectionPlan => "The child protection plan continues.",
                _ => "Not decided yet.",
            })),
        ];
    }

    public static IReadOnlyList<DocumentSection> ChildProtectionPlan(ChildProtectionPlan plan, IReadOnlyList<PlanAction> actions)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return
        [
            new DocumentSection("About the plan", new Facts(
            [
                ("Started", Date(plan.StartDate)),
                ("Category", CategoryOfAbuse.Describe(plan.LatestCategory)),
                ("Visits", $"At least every {plan.VisitFrequencyWorkingDays} working days"),
                plan.EndDate is { } end ? ("Ended", Date(end)) : ("Status", "In place"),
            ])),
            new DocumentSection("The plan", ActionsTable(actions)),
            new DocumentSection("Core group", plan.CoreGroup.Count == 0
                ? new Text("No core group members recorded yet.")
                : new Table("Core group members", ["Name", "Agency", "Role"], plan.CoreGroup.OrderBy(m => m.Agency).Select(m => (IReadOnlyList<string>)[m.Name, m.Agency, m.Role ?? ""]).ToList())),
            new DocumentSection("If things do not change", TextOr(plan.Contingency, "Not recorded yet.")),
        ];
    }

    public static IReadOnlyList<DocumentSection> ChildInNeedPlan(ChildInNeedPlan plan, IReadOnlyList<PlanAction> actions, WorkingDayCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return
        [
            new DocumentSection("About the plan", new Facts(
            [
                ("Started", Date(plan.StartDate)),
                ("Reviewed", $"Every {plan.ReviewIntervalWeeks} weeks"),
                (plan.IsOpen ? "Next review" : "Ended", plan.EndDate is { } end ? Date(end) : Date(ChildInNeedRules.NextReviewDueOn(plan, calendar))),
                ("Visits", $"At least every {plan.VisitFrequencyWorkingDays} working days"),
            ])),
            new DocumentSection("The plan", ActionsTable(actions)),
            new DocumentSection("Reviews", plan.Reviews.Count == 0
                ? new Text("No reviews yet.")
                : new Table("Reviews held", ["Date", "Progress", "The child's views"],
                    plan.Reviews.OrderBy(r => r.HeldOn).Select(r => (IReadOnlyList<string>)[Date(r.HeldOn), r.Progress, r.ChildsViews ?? ""]).ToList()) { DateColumns = [0] }),
        ];
    }

    public static IReadOnlyList<DocumentSection> ChildProtectionPlainEnglish(string childFirstName, ChildProtectionPlan plan, IReadOnlyList<PlanAction> actions)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var worry = $"We are worried that {childFirstName} is at risk of {CategoryOfAbuse.Describe(plan.LatestCategory).ToLowerInvariant()}.";
        return PlainEnglish(worry, actions, string.IsNullOrWhiteSpace(plan.Contingency)
            ? "If things do not get better, we will meet with you and the core group to decide what must happen next to keep "
              + childFirstName + " safe. This could mean asking a court to decide."
            : plan.Contingency);
    }

    public static IReadOnlyList<DocumentSection> ChildInNeedPlainEnglish(IReadOnlyList<PlanAction> actions) =>
        PlainEnglish(null, actions,
            "If things do not get better, we will talk with you about what should happen next. If we become worried that your child is not safe, we may hold a child protection conference.");

    private static IReadOnlyList<DocumentSection> PlainEnglish(string? worry, IReadOnlyList<PlanAction> actions, string ifNoChange)
    {
        var worries = actions.Select(a => a.Need.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var worryBlocks = new List<DocumentBlock>();
        if (worry is not null)
        {
            worryBlocks.Add(new Text(worry));
        }
        worryBlocks.Add(worries.Count == 0 ? new Text("Your social worker will talk these through with you.") : new List(worries));
        var changes = actions.Select(a => string.IsNullOrWhiteSpace(a.MeasureOfSuccess) ? a.Action.Trim() : a.MeasureOfSuccess.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return
        [
            new DocumentSection("What we are worried about", worryBlocks),
            new DocumentSection("What needs to happen", changes.Count == 0 ? new Text("Your social worker will agree this with you.") : new List(changes)),
            new DocumentSection("Who will do what by when", actions.Count == 0
                ? new Text("Nothing has been agreed yet.")
                : new Table(null, ["Who", "What they will do", "By when"],
                    actions.Where(a => a.CompletedOn is null).Select(a => (IReadOnlyList<string>)[a.Owner, a.Action, Date(a.DueDate)]).ToList()) { DateColumns = [2] }),
            new DocumentSection("What will happen if things do not change", new Text(ifNoChange)),
        ];
    }

    private static DocumentBlock ActionsTable(IReadOnlyList<PlanAction> actions) => actions.Count == 0
        ? new Text("No actions recorded yet.")
        : new Table(null, ["Need or risk", "Action", "Who", "By when", "How we will know", "Done"],
            actions.Select(a => (IReadOnlyList<string>)[a.Need, a.Action, a.Owner, Date(a.DueDate), a.MeasureOfSuccess ?? "", a.CompletedOn is { } done ? Date(done) : ""]).ToList())
        {
            DateColumns = [3, 5],
        };

    public static IReadOnlyList<DocumentSection> Conference(ChildProtectionConference c)
    {
        ArgumentNullException.ThrowIfNull(c);
        var sections = new List<DocumentSection>
        {
            new("About the conference", new Facts(
            [
                ("Type", c.Type == ConferenceType.Initial ? "Initial child protection conference" : "Review child protection conference"),
                (c.HeldOn is null ? "Arranged for" : "Held on", Date(c.HeldOn ?? c.ScheduledFor)),
                ("Chair", c.Chair ?? "Not recorded"),
            ])),
            new("Who was invited", c.Attendees.Count == 0
                ? new Text("Not recorded.")
                : new Table(null, ["Name", "Agency", "Attended", "Sent a report"],
                    c.Attendees.OrderBy(a => a.Agency).Select(a => (IReadOnlyList<string>)[a.Name, a.Agency, a.Attended ? "Yes" : "No", a.ReportSubmitted ? "Yes" : "No"]).ToList())),
            new("The child's views", TextOr(c.ChildsViews, c.ChildAttended == true ? "The child attended." : "Not recorded.")),
        };
        if (c.Decision is { } decision)
        {
            sections.Add(new DocumentSection("The decision", new Text(decision switch
            {
                ConferenceDecision.ChildProtectionPlan => $"The child will have a child protection plan under the category of {CategoryOfAbuse.Describe(c.Category).ToLowerInvariant()}.",
                ConferenceDecision.ChildInNeedPlan => "The child does not need a child protection plan. We will support the family with a child in need plan.",
                ConferenceDecision.NoFurtherAction => "The child does not need a child protection plan, and no further action is needed.",
                ConferenceDecision.PlanContinues => $"The child protection plan continues under the category of {CategoryOfAbuse.Describe(c.Category).ToLowerInvariant()}.",
                ConferenceDecision.PlanEnds => "The child protection plan ends.",
                _ => decision.ToString(),
            }), TextOr(c.DecisionRationale, "")));
        }
        return sections;
    }
}
