using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.Calendar;
using Haven.Domain.Casework;
using Haven.Domain.ChildProtection;
using Haven.Domain.Events;
using Haven.Domain.Formatting;
using Haven.Web.Features.CinCensus;
using Haven.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Haven.Web.Features.ChildProtection.ChildProtectionText;

namespace Haven.Web.Features.ChildProtection;

public sealed record StrategyDiscussionDetails(
    DateOnly HeldOn, string Chair, IReadOnlyList<ChildProtectionChecks.Participant> Participants, StrategyDecision Decision, string Rationale);

public sealed record ConferenceAttendance(string Name, string Agency, bool Attended, bool ReportSubmitted);

public sealed record ConferenceHeldDetails(
    DateOnly HeldOn, string Chair, IReadOnlyList<ConferenceAttendance> Attendees, bool? ChildAttended, string? ChildsViews,
    ConferenceDecision Decision, string? Category, string Rationale, PlanEndReason? EndReason, int? PreviousPlans,
    DateOnly? ReportSharedWithParentsOn, DateOnly? MinutesSentOn);

/// <summary>
/// Every change to strategy discussions, section 47 enquiries, conferences and child protection plans goes
/// through here, each with its event in the same SaveChanges, so the record's history never disagrees with it.
/// </summary>
public sealed class ChildProtectionService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock, LocalTimescales timescales, CinCensusEntryCheck census)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private DateOnly Today => UkTime.Today(clock);

    public async Task<StrategyDiscussion> RecordStrategyDiscussionAsync(Guid personId, Guid referralId, StrategyDiscussionDetails details, CancellationToken ct)
    {
        var referral = await OpenReferralAsync(personId, referralId, ct);
        Check(ChildProtectionChecks.ValidateStrategyDiscussion(details.HeldOn, referral.ReferralDate, Today, details.Chair, details.Participants, details.Decision, details.Rationale));
        var discussion = new StrategyDiscussion
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ReferralId = referralId,
            HeldOn = details.HeldOn,
            ChairedBy = details.Chair.Trim(),
            Decision = details.Decision,
            Rationale = details.Rationale.Trim(),
            Participants = details.Participants.Where(p => !string.IsNullOrWhiteSpace(p.Name))
                .Select(p => new StrategyParticipant { Id = Guid.NewGuid(), Name = p.Name!.Trim(), Agency = p.Agency!.Trim() }).ToList(),
        };
        db.StrategyDiscussions.Add(discussion);
        recorder.Record(personId, CaseEventTypes.StrategyDiscussionRecorded,
            $"Strategy discussion on {Date(discussion.HeldOn)}: {StrategyDecisions.Label(discussion.Decision).ToLowerInvariant()}",
            [
                new FieldChange("Held on", null, Date(discussion.HeldOn)),
                new FieldChange("Chair", null, discussion.ChairedBy),
                new FieldChange("Who took part", null, string.Join("; ", discussion.Participants.Select(p => $"{p.Name} ({p.Agency})"))),
                new FieldChange("Decision", null, StrategyDecisions.Label(discussion.Decision)),
                new FieldChange("Reasons", null, discussion.Rationale),
            ]);
        await db.SaveChangesAsync(ct);
        return discussion;
    }

    public async Task<Section47Enquiry> StartSection47Async(Guid personId, Guid referralId, Guid? strategyDiscussionId, DateOnly start, bool jointWithPolice, string? workerUserId, CancellationToken ct)
    {
        var referral = await OpenReferralAsync(personId, referralId, ct);
        DateOnly? discussedOn = null;
        if (strategyDiscussionId is { } sd)
        {
            discussedOn = await db.StrategyDiscussions.Where(d => d.Id == sd && d.ReferralId == referralId).Select(d => (DateOnly?)d.HeldOn).SingleOrDefaultAsync(ct)
                ?? throw new CaseRuleException(new Dictionary<string, string> { ["StrategyDiscussionId"] = "That strategy discussion is not part of this episode" });
        }
        Check(ChildProtectionChecks.ValidateSection47Start(start, referral.ReferralDate, discussedOn, Today, jointWithPolice));
        var workerName = workerUserId is null ? null : await db.Users.Where(u => u.Id == workerUserId).Select(u => u.DisplayName).SingleOrDefaultAsync(ct)
            ?? throw new CaseRuleException(new Dictionary<string, string> { ["WorkerUserId"] = "Select a social worker from the list" });
        var enquiry = new Section47Enquiry
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ReferralId = referralId,
            StrategyDiscussionId = strategyDiscussionId,
            StartDate = start,
            JointWithPolice = jointWithPolice,
            AllocatedWorkerUserId = workerUserId,
        };
        db.Section47Enquiries.Add(enquiry);
        var due = ChildProtectionChecks.InitialConferenceDueOn(discussedOn, start, Calendar);
        recorder.Record(personId, CaseEventTypes.Section47Started, $"Section 47 enquiry started on {Date(start)}",
            Present(
                new FieldChange("Started", null, Date(start)),
                new FieldChange("Joint with police", null, YesNo(jointWithPolice)),
                new FieldChange("Worker", null, workerName),
                new FieldChange("Initial conference due", null, Date(due))));
        await census.SaveOrRefuseAsync(personId, referralId, CensusFields.Section47, ct);
        return enquiry;
    }

    public async Task RecordChildSeenAsync(Guid enquiryId, DateOnly seenOn, bool seenAlone, CancellationToken ct)
    {
        var enquiry = await EnquiryAsync(enquiryId, ct);
        Check(ChildProtectionChecks.ValidateChildSeen(seenOn, seenAlone, enquiry.StartDate, Today));
        var changes = new ChangeSet()
            .Compare("Child seen on", Date(enquiry.ChildSeenOn), Date(seenOn))
            .Compare("Seen alone", enquiry.SeenAlone is { } a ? YesNo(a) : null, YesNo(seenAlone));
        enquiry.ChildSeenOn = seenOn;
        enquiry.SeenAlone = seenAlone;
        recorder.Record(enquiry.PersonId, CaseEventTypes.Section47ChildSeen,
            $"Child seen{(seenAlone ? " alone" : "")} in the section 47 enquiry on {Date(seenOn)}", changes.Changes);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Records the outcome. A decision not to go to conference when harm was substantiated is only proposed until
    /// a service manager agrees it: the enquiry stays open, so it is neither counted nor closed in the meantime.
    /// </summary>
    public async Task<bool> CompleteSection47Async(Guid enquiryId, DateOnly completedOn, Section47Outcome outcome, string rationale, CancellationToken ct)
    {
        var enquiry = await EnquiryAsync(enquiryId, ct);
        Check(ChildProtectionChecks.ValidateSection47Completion(completedOn, enquiry.StartDate, Today, outcome, rationale));
        var needsAgreement = ChildProtectionRules.NeedsSeniorManagerAgreement(outcome);
        var changes = new ChangeSet()
            .Compare("Outcome", enquiry.Outcome is { } before ? Section47Outcomes.Label(before) : null, Section47Outcomes.Label(outcome))
            .Compare("Reasons", enquiry.OutcomeRationale, rationale);
        enquiry.Outcome = outcome;
        enquiry.OutcomeRationale = rationale.Trim();
        if (needsAgreement)
        {
            recorder.Record(enquiry.PersonId, CaseEventTypes.Section47OutcomeProposed,
                $"Section 47 outcome proposed, waiting for a service manager's agreement: {Section47Outcomes.Label(outcome).ToLowerInvariant()}", changes.Changes);
        }
        else
        {
            enquiry.CompletedOn = completedOn;
            recorder.Record(enquiry.PersonId, CaseEventTypes.Section47Completed, $"Section 47 enquiry completed: {Section47Outcomes.Label(outcome).ToLowerInvariant()}",
                [.. changes.Changes, new FieldChange("Completed", null, Date(completedOn))]);
        }
        await db.SaveChangesAsync(ct);
        return !needsAgreement;
    }

    /// <summary>A service manager agrees a decision not to hold a conference; the enquiry ends on the day they agree.</summary>
    public async Task AgreeSection47Async(Guid enquiryId, string? note, CancellationToken ct)
    {
        if (!user.IsInRole(Role.ServiceManager))
        {
            throw new CaseRuleException(new Dictionary<string, string> { [""] = "Only a service manager can agree this decision" });
        }
        var enquiry = await EnquiryAsync(enquiryId, ct);
        if (!ChildProtectionChecks.AwaitsSeniorManager(enquiry))
        {
            throw new CaseRuleException(new Dictionary<string, string> { [""] = "This enquiry has no outcome waiting for agreement" });
        }
        enquiry.SeniorManagerAgreedByUserId = user.UserId;
        enquiry.SeniorManagerAgreedOn = Today;
        enquiry.CompletedOn = Today;
        recorder.Record(enquiry.PersonId, CaseEventTypes.Section47Completed,
            $"Section 47 enquiry completed: {Section47Outcomes.Label(enquiry.Outcome!.Value).ToLowerInvariant()}, agreed by {user.DisplayName}",
            [
                new FieldChange("Outcome", null, Section47Outcomes.Label(enquiry.Outcome!.Value)),
                new FieldChange("Agreed by service manager", null, user.DisplayName),
                new FieldChange("Completed", null, Date(Today)),
            ], note);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ChildProtectionConference> ScheduleConferenceAsync(Guid personId, Guid referralId, ConferenceType type, DateOnly date, CancellationToken ct)
    {
        await OpenReferralAsync(personId, referralId, ct);
        var (notBefore, what, due, section47Id, planId) = await ScheduleContextAsync(personId, referralId, type, ct);
        Check(ChildProtectionChecks.ValidateSchedule(date, notBefore, what, Calendar));
        var conference = new ChildProtectionConference
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ReferralId = referralId,
            Type = type,
            Section47Id = section47Id,
            ChildProtectionPlanId = planId,
            ScheduledFor = date,
        };
        db.ChildProtectionConferences.Add(conference);
        recorder.Record(personId, CaseEventTypes.ConferenceScheduled, $"{ConferenceName(type)} booked for {Date(date)}",
            [new FieldChange("Booked for", null, Date(date)), new FieldChange("Due by", null, Date(due))]);
        await db.SaveChangesAsync(ct);
        return conference;
    }

    /// <summary>
    /// What a new conference of this type hangs off, the earliest date it can be and the date it is due. An initial
    /// conference needs an enquiry that has not ended in a decision against conference; a review needs an open plan.
    /// </summary>
    public async Task<(DateOnly NotBefore, string What, DateOnly Due, Guid? Section47Id, Guid? PlanId)> ScheduleContextAsync(
        Guid personId, Guid referralId, ConferenceType type, CancellationToken ct)
    {
        var conferences = await db.ChildProtectionConferences.AsNoTracking().Where(c => c.ReferralId == referralId && c.PersonId == personId).ToListAsync(ct);
        if (type == Domain.ChildProtection.ConferenceType.Initial)
        {
            var enquiry = await db.Section47Enquiries.AsNoTracking().Where(e => e.ReferralId == referralId && e.PersonId == personId)
                .OrderByDescending(e => e.StartDate).FirstOrDefaultAsync(ct)
                ?? throw Refused("ScheduledFor", "An initial child protection conference needs a section 47 enquiry. Start the enquiry first");
            if (enquiry.Outcome is { } outcome && outcome != Section47Outcome.ConferenceRequired)
            {
                throw Refused("ScheduledFor", $"The section 47 enquiry's outcome was '{Section47Outcomes.Label(outcome).ToLowerInvariant()}', so there is no initial conference to book");
            }
            if (conferences.Any(c => c.Type == Domain.ChildProtection.ConferenceType.Initial && c.Section47Id == enquiry.Id))
            {
                throw Refused("ScheduledFor", "This enquiry already has an initial conference. Re-arrange it instead");
            }
            var discussedOn = enquiry.StrategyDiscussionId is { } sd
                ? await db.StrategyDiscussions.Where(d => d.Id == sd).Select(d => (DateOnly?)d.HeldOn).SingleOrDefaultAsync(ct)
                : null;
            return (enquiry.StartDate, "the section 47 enquiry started", ChildProtectionChecks.InitialConferenceDueOn(discussedOn, enquiry.StartDate, Calendar), enquiry.Id, null);
        }
        var plan = await db.ChildProtectionPlans.AsNoTracking().Where(p => p.ReferralId == referralId && p.PersonId == personId && p.EndDate == null).SingleOrDefaultAsync(ct)
            ?? throw Refused("ScheduledFor", "A review conference needs a child protection plan that is open");
        var reviews = conferences.Where(c => c.ChildProtectionPlanId == plan.Id && c.Type == Domain.ChildProtection.ConferenceType.Review).ToList();
        if (reviews.Any(c => !c.IsHeld))
        {
            throw Refused("ScheduledFor", "A review conference is already booked. Re-arrange it instead");
        }
        var held = reviews.Select(c => c.HeldOn!.Value).ToList();
        var last = held.DefaultIfEmpty(plan.StartDate).Max();
        return (last.AddDays(1), "the last conference", ChildProtectionRules.NextReviewDueOn(plan.StartDate, held, Calendar), null, plan.Id);
    }

    /// <summary>Moves a conference to a new date. The first date booked and the reason are kept; the due date does not move.</summary>
    public async Task RearrangeConferenceAsync(Guid conferenceId, DateOnly newDate, string reason, CancellationToken ct)
    {
        var conference = await UnheldConferenceAsync(conferenceId, ct);
        var (notBefore, what) = await EarliestDateAsync(conference, ct);
        Check(ChildProtectionChecks.ValidateRearrangement(newDate, conference.ScheduledFor, notBefore, what, reason, Calendar));
        var before = conference.ScheduledFor;
        conference.OriginallyScheduledFor ??= conference.ScheduledFor;
        conference.ScheduledFor = newDate;
        conference.RearrangedReason = reason.Trim();
        recorder.Record(conference.PersonId, CaseEventTypes.ConferenceRearranged, $"{ConferenceName(conference.Type)} moved to {Date(newDate)}",
            [new FieldChange("Booked for", Date(before), Date(newDate))], reason);
        await db.SaveChangesAsync(ct);
    }

    public async Task<(DateOnly NotBefore, string What)> EarliestDateAsync(ChildProtectionConference conference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conference);
        if (conference.Type == Domain.ChildProtection.ConferenceType.Initial)
        {
            var start = await db.Section47Enquiries.Where(e => e.Id == conference.Section47Id).Select(e => e.StartDate).SingleAsync(ct);
            return (start, "the section 47 enquiry started");
        }
        return (await LastConferenceBeforeAsync(conference, ct), "the last conference");
    }

    /// <summary>The day of the conference a review follows: the last review held for the plan, or the initial conference.</summary>
    public async Task<DateOnly> LastConferenceBeforeAsync(ChildProtectionConference review, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(review);
        var planStart = await db.ChildProtectionPlans.Where(p => p.Id == review.ChildProtectionPlanId).Select(p => p.StartDate).SingleAsync(ct);
        var held = await db.ChildProtectionConferences
            .Where(c => c.ChildProtectionPlanId == review.ChildProtectionPlanId && c.Type == Domain.ChildProtection.ConferenceType.Review && c.HeldOn != null && c.Id != review.Id)
            .Select(c => c.HeldOn!.Value).ToListAsync(ct);
        return held.DefaultIfEmpty(planStart).Max();
    }

    /// <summary>
    /// Records what happened at a conference. An initial conference that makes a plan starts it on the day; a review
    /// carries a new category onto the plan, or ends it. All of it is one SaveChanges.
    /// </summary>
    public async Task<ChildProtectionPlan?> RecordConferenceHeldAsync(Guid conferenceId, ConferenceHeldDetails details, CancellationToken ct)
    {
        var conference = await UnheldConferenceAsync(conferenceId, ct);
        var referral = await OpenReferralAsync(conference.PersonId, conference.ReferralId, ct);
        var attendees = details.Attendees.Select(a => new ChildProtectionChecks.Participant(a.Name, a.Agency)).ToList();
        ChildProtectionPlan? plan = null;
        if (conference.Type == Domain.ChildProtection.ConferenceType.Initial)
        {
            var s47Start = await db.Section47Enquiries.Where(e => e.Id == conference.Section47Id).Select(e => (DateOnly?)e.StartDate).SingleOrDefaultAsync(ct);
            var inHaven = await PreviousPlansInHavenAsync(conference.PersonId, ct);
            Check(ChildProtectionChecks.ValidateInitialConferenceHeld(details.HeldOn, s47Start, referral.ReferralDate, details.Decision, details.Category, details.Rationale,
                details.Chair, attendees, details.PreviousPlans, inHaven, Today, Calendar));
        }
        else
        {
            var previous = await LastConferenceBeforeAsync(conference, ct);
            Check(ChildProtectionChecks.ValidateReviewConferenceHeld(details.HeldOn, previous, details.Decision, details.Category, details.EndReason, details.Rationale,
                details.Chair, attendees, Today, Calendar));
            plan = await db.ChildProtectionPlans.SingleAsync(p => p.Id == conference.ChildProtectionPlanId, ct);
        }

        conference.HeldOn = details.HeldOn;
        conference.Chair = details.Chair.Trim();
        conference.Decision = details.Decision;
        conference.Category = details.Decision is ConferenceDecision.ChildProtectionPlan or ConferenceDecision.PlanContinues ? details.Category : null;
        conference.DecisionRationale = details.Rationale.Trim();
        conference.ChildAttended = details.ChildAttended;
        conference.ChildsViews = Typed.Clean(details.ChildsViews);
        conference.ReportSharedWithParentsOn = details.ReportSharedWithParentsOn;
        conference.MinutesSentOn = details.MinutesSentOn;
        var rows = details.Attendees.Where(a => !string.IsNullOrWhiteSpace(a.Name))
            .Select(a => new ConferenceAttendee { Id = Guid.NewGuid(), ConferenceId = conference.Id, Name = a.Name.Trim(), Agency = a.Agency.Trim(), Attended = a.Attended, ReportSubmitted = a.ReportSubmitted })
            .ToList();
        db.ConferenceAttendees.AddRange(rows);
        recorder.Record(conference.PersonId, CaseEventTypes.ConferenceHeld,
            $"{ConferenceName(conference.Type)} held on {Date(details.HeldOn)}: {ConferenceDecisions.Label(details.Decision).ToLowerInvariant()}",
            Present(
                new FieldChange("Held on", null, Date(details.HeldOn)),
                new FieldChange("Booked for", null, Date(conference.ScheduledFor)),
                new FieldChange("Chair", null, conference.Chair),
                new FieldChange("Decision", null, ConferenceDecisions.Label(details.Decision)),
                new FieldChange("Category", null, Category(conference.Category)),
                new FieldChange("Reasons", null, conference.DecisionRationale),
                new FieldChange("Attended", null, string.Join("; ", rows.Where(r => r.Attended).Select(r => $"{r.Name} ({r.Agency})"))),
                new FieldChange("Reports submitted", null, string.Join("; ", rows.Where(r => r.ReportSubmitted).Select(r => r.Agency).Distinct())),
                new FieldChange("Child attended", null, details.ChildAttended is { } c ? YesNo(c) : null),
                new FieldChange("Child's views", null, conference.ChildsViews),
                new FieldChange("Report shared with parents", null, Date(details.ReportSharedWithParentsOn)),
                new FieldChange("Minutes sent", null, Date(details.MinutesSentOn))));

        if (details.Decision == ConferenceDecision.ChildProtectionPlan)
        {
            plan = new ChildProtectionPlan
            {
                Id = Guid.NewGuid(),
                PersonId = conference.PersonId,
                ReferralId = conference.ReferralId,
                StartDate = details.HeldOn,
                InitialCategory = details.Category!,
                LatestCategory = details.Category!,
                NumberOfPreviousPlans = details.PreviousPlans!.Value,
                VisitFrequencyWorkingDays = timescales.ChildProtectionVisitWorkingDays,
            };
            db.ChildProtectionPlans.Add(plan);
            conference.ChildProtectionPlanId = plan.Id;
            recorder.Record(conference.PersonId, CaseEventTypes.ChildProtectionPlanStarted, $"Child protection plan started: {Category(plan.InitialCategory).ToLowerInvariant()}",
                [
                    new FieldChange("Started", null, Date(plan.StartDate)),
                    new FieldChange("Category", null, Category(plan.InitialCategory)),
                    new FieldChange("Earlier plans", null, plan.NumberOfPreviousPlans.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                    new FieldChange("Visits every", null, $"{plan.VisitFrequencyWorkingDays} working days"),
                ]);
        }
        else if (details.Decision == ConferenceDecision.PlanContinues && plan!.LatestCategory != details.Category)
        {
            recorder.Record(conference.PersonId, CaseEventTypes.ChildProtectionPlanUpdated, $"Child protection plan category changed to {Category(details.Category).ToLowerInvariant()}",
                [new FieldChange("Category", Category(plan.LatestCategory), Category(details.Category))]);
            plan.LatestCategory = details.Category!;
        }
        else if (details.Decision == ConferenceDecision.PlanEnds)
        {
            EndPlan(plan!, details.HeldOn, details.EndReason!.Value, details.Rationale);
        }
        await census.SaveOrRefuseAsync(conference.PersonId, conference.ReferralId, CensusFields.Conference, ct);
        return plan;
    }

    /// <summary>CIN census NumberOfPreviousCPP counts this child's plans that started before; Haven knows its own.</summary>
    public Task<int> PreviousPlansInHavenAsync(Guid personId, CancellationToken ct) =>
        db.ChildProtectionPlans.CountAsync(p => p.PersonId == personId, ct);

    public async Task AddPlanActionAsync(Guid planId, string need, string action, string owner, DateOnly due, string? measure, CancellationToken ct)
    {
        var plan = await OpenPlanAsync(planId, ct);
        Check(ChildProtectionChecks.ValidatePlanAction(need, action, owner, due, plan.StartDate));
        var added = new PlanAction { Id = Guid.NewGuid(), ChildProtectionPlanId = plan.Id, Need = need.Trim(), Action = action.Trim(), Owner = owner.Trim(), DueDate = due, MeasureOfSuccess = Typed.Clean(measure) };
        db.PlanActions.Add(added);
        recorder.Record(plan.PersonId, CaseEventTypes.PlanActionAdded, $"Child protection plan action for {added.Owner}, due {Date(due)}",
            Present(
                new FieldChange("Need", null, added.Need),
                new FieldChange("Action", null, added.Action),
                new FieldChange("Owner", null, added.Owner),
                new FieldChange("Due", null, Date(due)),
                new FieldChange("Measure of success", null, added.MeasureOfSuccess)));
        await db.SaveChangesAsync(ct);
    }

    public async Task CompletePlanActionAsync(Guid planId, Guid actionId, CancellationToken ct)
    {
        var plan = await OpenPlanAsync(planId, ct);
        var action = await db.PlanActions.SingleOrDefaultAsync(a => a.Id == actionId && a.ChildProtectionPlanId == plan.Id, ct)
            ?? throw Refused("", "There is no such action in this plan");
        if (action.CompletedOn is not null)
        {
            throw Refused("", "This action is already done");
        }
        action.CompletedOn = Today;
        recorder.Record(plan.PersonId, CaseEventTypes.PlanActionCompleted, $"Child protection plan action done: {action.Action}",
            [new FieldChange("Status", "Not done", "Done"), new FieldChange("Done on", null, Date(Today))]);
        await db.SaveChangesAsync(ct);
    }

    public async Task UpdateContingencyAsync(Guid planId, string contingency, CancellationToken ct)
    {
        var plan = await OpenPlanAsync(planId, ct);
        if (string.IsNullOrWhiteSpace(contingency))
        {
            throw Refused("Contingency", "Enter the contingency plan: what will happen if things do not change");
        }
        var changes = new ChangeSet().Compare("Contingency", plan.Contingency, contingency);
        plan.Contingency = contingency.Trim();
        recorder.Record(plan.PersonId, CaseEventTypes.ChildProtectionPlanUpdated, "Child protection plan contingency updated", changes.Changes);
        await db.SaveChangesAsync(ct);
    }

    public async Task AddCoreGroupMemberAsync(Guid planId, string name, string agency, string? role, CancellationToken ct)
    {
        var plan = await OpenPlanAsync(planId, ct);
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(agency))
        {
            throw Refused("Name", "A core group member needs a name and an agency");
        }
        var member = new CoreGroupMember { Id = Guid.NewGuid(), PlanId = plan.Id, Name = name.Trim(), Agency = agency.Trim(), Role = Typed.Clean(role) };
        db.CoreGroupMembers.Add(member);
        recorder.Record(plan.PersonId, CaseEventTypes.CoreGroupMemberAdded, $"{member.Name} ({member.Agency}) joined the core group",
            Present(new FieldChange("Name", null, member.Name), new FieldChange("Agency", null, member.Agency), new FieldChange("Role", null, member.Role)));
        await db.SaveChangesAsync(ct);
    }

    public async Task RecordCoreGroupAsync(Guid planId, DateOnly heldOn, string attendees, string progress, CancellationToken ct)
    {
        var plan = await OpenPlanAsync(planId, ct);
        Check(ChildProtectionChecks.ValidateCoreGroupMeeting(heldOn, plan.StartDate, Today, attendees, progress));
        var held = await db.CoreGroupMeetings.Where(m => m.PlanId == plan.Id).Select(m => m.HeldOn).ToListAsync(ct);
        var dueBefore = ChildProtectionRules.NextCoreGroupDueOn(plan.StartDate, held, timescales.CoreGroupInterval, Calendar);
        var dueAfter = ChildProtectionRules.NextCoreGroupDueOn(plan.StartDate, [.. held, heldOn], timescales.CoreGroupInterval, Calendar);
        db.CoreGroupMeetings.Add(new CoreGroupMeeting { Id = Guid.NewGuid(), PlanId = plan.Id, HeldOn = heldOn, Attendees = attendees.Trim(), Progress = progress.Trim() });
        recorder.Record(plan.PersonId, CaseEventTypes.CoreGroupHeld, $"Core group held on {Date(heldOn)}",
            [
                new FieldChange("Held on", null, Date(heldOn)),
                new FieldChange("Who came", null, attendees.Trim()),
                new FieldChange("Progress", null, progress.Trim()),
                new FieldChange("Next core group due", Date(dueBefore), Date(dueAfter)),
            ]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Ends a plan outside a review conference, for example when the child becomes looked after or moves away.</summary>
    public async Task EndPlanAsync(Guid planId, DateOnly endDate, PlanEndReason reason, string? note, CancellationToken ct)
    {
        var plan = await OpenPlanAsync(planId, ct);
        if (ChildProtectionRules.ValidatePlanEnd(plan.StartDate, endDate, Today) is { } problem)
        {
            throw Refused("EndDate", problem);
        }
        EndPlan(plan, endDate, reason, note);
        await db.SaveChangesAsync(ct);
    }

    private void EndPlan(ChildProtectionPlan plan, DateOnly endDate, PlanEndReason reason, string? note)
    {
        plan.EndDate = endDate;
        plan.EndReason = reason;
        plan.EndNote = Typed.Clean(note);
        recorder.Record(plan.PersonId, CaseEventTypes.ChildProtectionPlanEnded, $"Child protection plan ended: {PlanEndReasons.InSentence(reason)}",
            Present(
                new FieldChange("Status", "Open", "Ended"),
                new FieldChange("Ended", null, Date(endDate)),
                new FieldChange("Reason", null, PlanEndReasons.Label(reason)),
                new FieldChange("Note", null, plan.EndNote)));
    }

    private async Task<Domain.FrontDoor.Referral> OpenReferralAsync(Guid personId, Guid referralId, CancellationToken ct)
    {
        var referral = await db.Referrals.AsNoTracking().SingleOrDefaultAsync(r => r.Id == referralId && r.PersonId == personId, ct)
            ?? throw new InvalidOperationException("There is no such referral for this child.");
        return referral.IsOpen ? referral : throw Refused("", "This episode is closed, so it cannot be changed");
    }

    private async Task<Section47Enquiry> EnquiryAsync(Guid enquiryId, CancellationToken ct)
    {
        var enquiry = await db.Section47Enquiries.SingleAsync(e => e.Id == enquiryId, ct);
        await OpenReferralAsync(enquiry.PersonId, enquiry.ReferralId, ct);
        return enquiry.CompletedOn is null ? enquiry : throw Refused("", "This enquiry is complete, so it cannot be changed");
    }

    private async Task<ChildProtectionConference> UnheldConferenceAsync(Guid conferenceId, CancellationToken ct)
    {
        var conference = await db.ChildProtectionConferences.SingleAsync(c => c.Id == conferenceId, ct);
        return conference.IsHeld ? throw Refused("", "This conference has been held, so it cannot be changed") : conference;
    }

    private async Task<ChildProtectionPlan> OpenPlanAsync(Guid planId, CancellationToken ct)
    {
        var plan = await db.ChildProtectionPlans.SingleAsync(p => p.Id == planId, ct);
        await OpenReferralAsync(plan.PersonId, plan.ReferralId, ct);
        return plan.IsOpen ? plan : throw Refused("", "This plan has ended, so it cannot be changed");
    }

    private static CaseRuleException Refused(string field, string message) => new(new Dictionary<string, string> { [field] = message });

    private static IEnumerable<FieldChange> Present(params FieldChange[] changes) => changes.Where(c => !string.IsNullOrEmpty(c.NewValue) || c.OldValue is not null);


    private static void Check(Dictionary<string, string> errors)
    {
        if (errors.Count > 0)
        {
            throw new CaseRuleException(errors);
        }
    }
}
