using Haven.Web.Features.People;
using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.Chronology;

/// <summary>
/// Builds a child's chronology on read from what the record already holds (contacts, referrals, assessments,
/// enquiries, conferences, plans, visits, documents, allocations, warnings) plus the events workers added by
/// hand, so nothing is typed twice and the chronology is never out of date. Each derived event has a stable key.
/// </summary>
public sealed class ChronologyQueries(HavenDbContext db)
{
    // Order of work on the same day: the contact, its decision, the referral, then what the referral led to.
    private const int StepContact = 0, StepDecision = 1, StepReferral = 2, StepAllocation = 3, StepStart = 4, StepHeld = 5, StepEnd = 6, StepClosure = 7;

    /// <summary>Warnings that belong in a chronology; an allergy or an interpreter need is a fact about the child, not an event.</summary>
    public static readonly IReadOnlySet<FlagType> ChronologyFlags = new HashSet<FlagType>
    {
        FlagType.RiskToStaff, FlagType.DomesticAbuseMarac, FlagType.ChildSexualExploitation, FlagType.MissingFromHome,
        FlagType.PrivateFostering, FlagType.YoungCarer, FlagType.FemaleGenitalMutilation, FlagType.Disability, FlagType.Other,
        FlagType.ChildCriminalExploitation, FlagType.CountyLines, FlagType.Radicalisation, FlagType.Trafficking,
    };

    public async Task<IReadOnlyList<ChronologyLine>> BuildAsync(Guid personId, CancellationToken ct)
    {
        var events = new List<ChronologyEvent>();
        var contacts = await db.Contacts.AsNoTracking().Include(c => c.Decision).Where(c => c.PersonId == personId).ToListAsync(ct);
        var contactIds = contacts.Select(c => c.Id).ToList();
        // Telling the referrer what was decided is part of the front door's work; only feedback that went counts.
        var feedback = await db.ReferrerFeedback.AsNoTracking()
            .Where(f => contactIds.Contains(f.ContactId) && f.Status == FeedbackStatus.Sent && f.SentAtUtc != null).ToListAsync(ct);
        var referrals = await db.Referrals.AsNoTracking().Where(r => r.PersonId == personId).ToListAsync(ct);
        var assessments = await db.Assessments.AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(ct);
        var strategy = await db.StrategyDiscussions.AsNoTracking().Where(s => s.PersonId == personId).ToListAsync(ct);
        var enquiries = await db.Section47Enquiries.AsNoTracking().Where(s => s.PersonId == personId).ToListAsync(ct);
        var conferences = await db.ChildProtectionConferences.AsNoTracking().Where(c => c.PersonId == personId && c.HeldOn != null).ToListAsync(ct);
        var cpPlans = await db.ChildProtectionPlans.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(ct);
        var cpPlanIds = cpPlans.Select(p => p.Id).ToList();
        var coreGroups = await db.CoreGroupMeetings.AsNoTracking().Where(m => cpPlanIds.Contains(m.PlanId)).ToListAsync(ct);
        // An IRO's escalation is in the chronology at each stage it reached, on that stage's date.
        var escalationSteps = await db.EscalationSteps.AsNoTracking()
            .Join(db.Escalations.Where(e => e.PersonId == personId), s => s.EscalationId, e => e.Id, (s, e) => new { s.Id, s.Stage, s.On, s.RecordedByName, e.ConcernsKind })
            .ToListAsync(ct);
        var cinPlans = await db.ChildInNeedPlans.AsNoTracking().Include(p => p.Reviews).Where(p => p.PersonId == personId).ToListAsync(ct);
        var notes = await db.CaseNotes.AsNoTracking()
            // Routine calls, emails and meetings only when marked significant; a visit always; and an "Other" note
            // always, since it records what fits no routine kind (a court hearing, a move) and would otherwise be lost.
            .Where(n => n.PersonId == personId && (n.IsSignificant || n.Type == CaseNoteType.HomeVisit || n.Type == CaseNoteType.Other))
            .Select(n => new { n.Id, n.OccurredOn, n.Type, n.Subject, n.ChildSeen, n.SeenAlone, n.VisitFailed, n.IsSignificant, n.RecordedByName })
            .ToListAsync(ct);
        var documents = await db.CaseDocuments.AsNoTracking().Where(d => d.PersonId == personId)
            .Select(d => new { d.Id, d.DocumentDate, d.Title, d.Type, d.UploadedByName }).ToListAsync(ct);
        var allocations = await db.Allocations.AsNoTracking().Where(a => a.PersonId == personId).ToListAsync(ct);
        var flags = await db.PersonFlags.AsNoTracking().Where(f => f.PersonId == personId).ToListAsync(ct);
        var entries = await db.ChronologyEntries.AsNoTracking().Where(e => e.PersonId == personId).ToListAsync(ct);
        var marks = await db.ChronologyMarks.AsNoTracking().Where(m => m.PersonId == personId).ToDictionaryAsync(m => m.EventKey, m => m.IsSignificant, ct);

        // A user who has left has no name here, and the chronology says so rather than showing an id.
        var userNames = await db.UserNamesAsync(contacts.Select(c => c.RecordedByUserId).Concat(assessments.Select(a => a.AuthorisedByUserId))
            .Concat(allocations.Select(a => a.WorkerUserId)).Concat(feedback.Select(f => f.SentByUserId)), ct);
        string? NameOf(string? id) => id is not null && userNames.TryGetValue(id, out var name) ? name : null;
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, ct);

        foreach (var c in contacts)
        {
            var kind = c.Kind switch { ContactKind.Consultation => "Consultation", ContactKind.Referral => "Referral", _ => "Contact" };
            events.Add(new(ChronologyRules.Key("contact", c.Id, "received"), UkClock.DateOf(c.ReceivedAtUtc), ChronologyCategory.Contact,
                $"{kind} received from {FrontDoorCodes.ReferralSourceLabel(c.SourceCode).ToLowerInvariant()} ({c.Reference})",
                NameOf(c.RecordedByUserId), false, StepContact, c.ReferrerOrganisation ?? c.ReferrerName));
            if (c.Decision is { } d)
            {
                events.Add(new(ChronologyRules.Key("contact", c.Id, "decided"), UkClock.DateOf(d.DecidedAtUtc), ChronologyCategory.Decision,
                    $"Front door decision: {FrontDoorText.Outcome(d.Outcome).ToLowerInvariant()} ({FrontDoorText.Threshold(d.Threshold).ToLowerInvariant()})",
                    d.DecidedByName, false, StepDecision));
            }
        }
        foreach (var f in feedback)
        {
            var contact = contacts.Single(c => c.Id == f.ContactId);
            var referrer = string.Join(", ", new[] { contact.ReferrerName, contact.ReferrerOrganisation }.Where(x => !string.IsNullOrWhiteSpace(x)));
            var by = f.Method == FeedbackMethod.Letter ? "by letter" : "by email";
            events.Add(new(ChronologyRules.Key("feedback", f.Id), UkClock.DateOf(f.SentAtUtc!.Value), ChronologyCategory.Decision,
                $"Feedback on the decision sent to the referrer{(referrer.Length > 0 ? $" ({referrer})" : "")} {by}", NameOf(f.SentByUserId), false, StepDecision));
        }
        foreach (var r in referrals)
        {
            events.Add(new(ChronologyRules.Key("referral", r.Id), r.ReferralDate, ChronologyCategory.Referral,
                r.IsReReferral
                    ? $"Re-referral to children's social care within 12 months of the last: {FrontDoorCodes.PrimaryNeedLabel(r.PrimaryNeedCode)}"
                    : $"Referral to children's social care: {FrontDoorCodes.PrimaryNeedLabel(r.PrimaryNeedCode)}",
                null, true, StepReferral));
            if (r.ClosedOn is { } closed)
            {
                var reason = r.ReasonForClosure is { } code && EpisodeRules.ReasonsForClosure.TryGetValue(code, out var label) ? $": {label.ToLowerInvariant()}" : "";
                events.Add(new(ChronologyRules.Key("referral", r.Id, "closed"), closed, ChronologyCategory.Closure, $"Case closed{reason}", null, true, StepClosure));
            }
        }
        events.AddRange(await EarlyHelp.EarlyHelpChronology.EventsAsync(db, personId, StepStart, StepHeld, StepEnd, ct));
        foreach (var a in assessments)
        {
            events.Add(new(ChronologyRules.Key("assessment", a.Id, "started"), a.StartDate, ChronologyCategory.Assessment,
                $"{AssessmentName(a.Type)} started", null, false, StepStart));
            if (a.AuthorisedOn is { } authorised)
            {
                events.Add(new(ChronologyRules.Key("assessment", a.Id, "authorised"), authorised, ChronologyCategory.Assessment,
                    $"{AssessmentName(a.Type)} authorised{(a.Outcome is { } o ? $": {AssessmentOutcomes.InSentence(o)}" : "")}",
                    NameOf(a.AuthorisedByUserId), true, StepEnd));
            }
        }
        foreach (var s in strategy)
        {
            events.Add(new(ChronologyRules.Key("strategy", s.Id), s.HeldOn, ChronologyCategory.StrategyDiscussion,
                $"Strategy discussion: {StrategyDecisions.InSentence(s.Decision)}", s.ChairedBy, true, StepHeld));
        }
        foreach (var s in enquiries)
        {
            events.Add(new(ChronologyRules.Key("s47", s.Id, "started"), s.StartDate, ChronologyCategory.Section47,
                s.JointWithPolice ? "Section 47 enquiry started jointly with the police" : "Section 47 enquiry started", null, true, StepStart));
            if (s.CompletedOn is { } done)
            {
                events.Add(new(ChronologyRules.Key("s47", s.Id, "completed"), done, ChronologyCategory.Section47,
                    $"Section 47 enquiry completed{(s.Outcome is { } o ? $": {Section47Outcomes.InSentence(o)}" : "")}", null, true, StepEnd));
            }
        }
        foreach (var c in conferences)
        {
            var category = string.IsNullOrEmpty(c.Category) ? "" : $", category {CategoryOfAbuse.Describe(c.Category).ToLowerInvariant()}";
            events.Add(new(ChronologyRules.Key("conference", c.Id, "held"), c.HeldOn!.Value, ChronologyCategory.Conference,
                $"{(c.Type == ConferenceType.Initial ? "Initial" : "Review")} child protection conference: {(c.Decision is { } d ? ConferenceDecisions.InSentence(d) : "no decision recorded")}{category}",
                c.Chair, true, StepHeld));
        }
        foreach (var p in cpPlans)
        {
            events.Add(new(ChronologyRules.Key("cpplan", p.Id, "started"), p.StartDate, ChronologyCategory.Plan,
                $"Child protection plan started: {CategoryOfAbuse.Describe(p.InitialCategory).ToLowerInvariant()}", null, true, StepStart + 2));
            if (p.EndDate is { } end)
            {
                events.Add(new(ChronologyRules.Key("cpplan", p.Id, "ended"), end, ChronologyCategory.Plan,
                    $"Child protection plan ended{(p.EndReason is { } r ? $": {PlanEndReasons.InSentence(r)}" : "")}", null, true, StepEnd + 1));
            }
        }
        foreach (var m in coreGroups)
        {
            events.Add(new(ChronologyRules.Key("coregroup", m.Id), m.HeldOn, ChronologyCategory.CoreGroup, "Core group meeting", null, false, StepHeld));
        }
        foreach (var e in escalationSteps)
        {
            var about = Haven.Domain.Escalations.PlanKinds.InSentence(e.ConcernsKind);
            events.Add(new(ChronologyRules.Key("escalation", e.Id), e.On, ChronologyCategory.Plan,
                e.Stage == Haven.Domain.Escalations.EscalationStage.Resolved
                    ? $"Escalation about the {about} resolved"
                    : $"Escalation about the {about}: {Haven.Domain.Escalations.EscalationStages.Label(e.Stage).ToLowerInvariant()}",
                e.RecordedByName, true, StepHeld));
        }
        foreach (var p in cinPlans)
        {
            events.Add(new(ChronologyRules.Key("cinplan", p.Id, "started"), p.StartDate, ChronologyCategory.Plan, "Child in need plan started", null, true, StepStart + 2));
            foreach (var review in p.Reviews)
            {
                events.Add(new(ChronologyRules.Key("cinreview", review.Id), review.HeldOn, ChronologyCategory.Review,
                    $"Child in need plan reviewed: {ChildInNeedReviewDecisions.InSentence(review.Decision)}", null, false, StepHeld));
            }
            if (p.EndDate is { } end)
            {
                events.Add(new(ChronologyRules.Key("cinplan", p.Id, "ended"), end, ChronologyCategory.Plan,
                    $"Child in need plan ended{(p.EndReason is { } r ? $": {PlanEndReasons.InSentence(r)}" : "")}", null, true, StepEnd + 1));
            }
        }
        foreach (var n in notes)
        {
            var visit = n.Type == CaseNoteType.HomeVisit;
            var outcome = !visit ? "" : n.VisitFailed ? " (visit failed: no answer or refused)" : n.ChildSeen == true ? (n.SeenAlone == true ? " (child seen alone)" : " (child seen, not alone)") : " (child not seen)";
            events.Add(new(ChronologyRules.Key("note", n.Id), n.OccurredOn, visit ? ChronologyCategory.Visit : ChronologyCategory.Note,
                $"{CaseNoteRules.TypeLabel(n.Type)}{outcome}: {n.Subject}", n.RecordedByName, n.IsSignificant, StepHeld));
        }
        foreach (var d in documents)
        {
            events.Add(new(ChronologyRules.Key("document", d.Id), d.DocumentDate, ChronologyCategory.Document,
                $"{d.Title} ({DocumentRules.TypeLabel(d.Type).ToLowerInvariant()})", d.UploadedByName, false, StepHeld));
        }
        foreach (var a in allocations.OrderBy(a => a.StartDate))
        {
            var team = teams.TryGetValue(a.TeamId, out var t) ? $" ({t})" : "";
            events.Add(new(ChronologyRules.Key("allocation", a.Id), a.StartDate, ChronologyCategory.WorkerChange,
                $"Allocated to {NameOf(a.WorkerUserId) ?? "a worker no longer on Haven"}{team}", null, false, StepAllocation));
        }
        foreach (var f in flags.Where(f => ChronologyFlags.Contains(f.Type)))
        {
            var category = f.Type == FlagType.MissingFromHome ? ChronologyCategory.Missing : ChronologyCategory.Warning;
            var note = string.IsNullOrWhiteSpace(f.Note) ? "" : $": {f.Note.Trim()}";
            events.Add(new(ChronologyRules.Key("flag", f.Id, "from"), f.From, category, $"Warning added: {PersonDisplay.Flag(f.Type)}{note}", null, true, StepHeld));
            if (f.To is { } to)
            {
                events.Add(new(ChronologyRules.Key("flag", f.Id, "to"), to, category, $"Warning ended: {PersonDisplay.Flag(f.Type)}", null, false, StepHeld));
            }
        }
        events.AddRange(await Haven.Web.Features.LookedAfter.CareChronology.EventsAsync(db, personId, ct));
        // A child in care's health assessments, PEPs, exclusions and missing episodes.
        events.AddRange(await LookedAfter.CareHealthChronology.EventsAsync(db, personId, StepHeld, ct));
        events.AddRange(await CareLeavers.CareLeaverChronology.EventsAsync(db, personId, StepHeld, ct));
        // A hearing that made the order behind a change of legal status says both in one entry, in place of the care record's.
        var permanence = await Permanence.PermanenceChronology.EventsAsync(db, personId, StepHeld, ct);
        events.RemoveAll(e => permanence.ReplacedKeys.Contains(e.Key));
        events.AddRange(permanence.Events);
        events.AddRange(await Safeguarding.SafeguardingChronology.EventsAsync(db, personId, StepHeld, ct));
        foreach (var e in entries)
        {
            events.Add(new(ChronologyRules.Key("entry", e.Id), e.OccurredOn, e.Category, e.Summary, e.RecordedByName, e.IsSignificant, StepHeld, e.Source));
        }
        return ChronologyRules.Compose(events, marks);
    }

    private static string AssessmentName(AssessmentType type) => type switch
    {
        AssessmentType.Initial => "Initial assessment",
        AssessmentType.Core => "Core assessment",
        _ => "Single assessment",
    };






}
