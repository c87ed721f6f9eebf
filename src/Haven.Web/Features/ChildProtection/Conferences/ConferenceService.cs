using Haven.Web.Features.CinCensus;
using static Haven.Web.Features.ChildProtection.ChildProtectionChanges;
using static Haven.Web.Features.ChildProtection.ChildProtectionText;

namespace Haven.Web.Features.ChildProtection.Conferences;

public sealed record ConferenceAttendance(string Name, string Agency, bool Attended, bool ReportSubmitted);

public sealed record ConferenceHeldDetails(
    DateOnly HeldOn, string Chair, IReadOnlyList<ConferenceAttendance> Attendees, bool? ChildAttended, string? ChildsViews,
    ConferenceDecision Decision, string? Category, string Rationale, PlanEndReason? EndReason, int? PreviousPlans,
    DateOnly? ReportSharedWithParentsOn, DateOnly? MinutesSentOn);

/// <summary>Books, re-arranges and records child protection conferences; an initial conference may start a plan and a review may end one.</summary>
public sealed class ConferenceService(HavenDbContext db, CaseRecorder recorder, TimeProvider clock, LocalTimescales timescales, CinCensusEntryCheck census, ChildProtectionChanges childProtection)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private DateOnly Today => UkClock.Today(clock);

    public async Task<ChildProtectionConference> ScheduleConferenceAsync(Guid personId, Guid referralId, ConferenceType type, DateOnly date, CancellationToken ct)
    {
        await childProtection.OpenReferralAsync(personId, referralId, ct);
        var (earliest, due, section47Id, planId) = await ScheduleContextAsync(personId, referralId, type, ct);
        CaseRuleException.ThrowIfAny(ChildProtectionChecks.ValidateSchedule(date, earliest, Calendar));
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
    public async Task<(ConferenceEarliest Earliest, DateOnly Due, Guid? Section47Id, Guid? PlanId)> ScheduleContextAsync(
        Guid personId, Guid referralId, ConferenceType type, CancellationToken ct)
    {
        var conferences = await db.ChildProtectionConferences.AsNoTracking().Where(c => c.ReferralId == referralId && c.PersonId == personId).ToListAsync(ct);
        if (type == Domain.ChildProtection.ConferenceType.Initial)
        {
            var enquiry = await db.Section47Enquiries.AsNoTracking().Where(e => e.ReferralId == referralId && e.PersonId == personId)
                .OrderByDescending(e => e.StartDate).FirstOrDefaultAsync(ct)
                ?? throw CaseRuleException.Of("ScheduledFor", "An initial child protection conference needs a section 47 enquiry. Start the enquiry first");
            if (enquiry.Outcome is { } outcome && outcome != Section47Outcome.ConferenceRequired)
            {
                throw CaseRuleException.Of("ScheduledFor", $"The section 47 enquiry's outcome was '{Section47Outcomes.Label(outcome).ToLowerInvariant()}', so there is no initial conference to book");
            }
            if (conferences.Any(c => c.Type == Domain.ChildProtection.ConferenceType.Initial && c.Section47Id == enquiry.Id))
            {
                throw CaseRuleException.Of("ScheduledFor", "This enquiry already has an initial conference. Re-arrange it instead");
            }
            var discussedOn = enquiry.StrategyDiscussionId is { } sd
                ? await db.StrategyDiscussions.Where(d => d.Id == sd).Select(d => (DateOnly?)d.HeldOn).SingleOrDefaultAsync(ct)
                : null;
            return (ConferenceEarliest.Initial(enquiry.StartDate), ChildProtectionChecks.InitialConferenceDueOn(discussedOn, enquiry.StartDate, Calendar), enquiry.Id, null);
        }
        var plan = await db.ChildProtectionPlans.AsNoTracking().Where(p => p.ReferralId == referralId && p.PersonId == personId && p.EndDate == null).SingleOrDefaultAsync(ct)
            ?? throw CaseRuleException.Of("ScheduledFor", "A review conference needs a child protection plan that is open");
        var reviews = conferences.Where(c => c.ChildProtectionPlanId == plan.Id && c.Type == Domain.ChildProtection.ConferenceType.Review).ToList();
        if (reviews.Any(c => !c.IsHeld))
        {
            throw CaseRuleException.Of("ScheduledFor", "A review conference is already booked. Re-arrange it instead");
        }
        var held = reviews.Select(c => c.HeldOn!.Value).ToList();
        var last = held.DefaultIfEmpty(plan.StartDate).Max();
        return (ConferenceEarliest.Review(last), ChildProtectionRules.NextReviewDueOn(plan.StartDate, held, Calendar), null, plan.Id);
    }

    /// <summary>Moves a conference to a new date. The first date booked and the reason are kept; the due date does not move.</summary>
    public async Task RearrangeConferenceAsync(Guid conferenceId, DateOnly newDate, string reason, CancellationToken ct)
    {
        var conference = await childProtection.UnheldConferenceAsync(conferenceId, ct);
        var earliest = await EarliestDateAsync(conference, ct);
        CaseRuleException.ThrowIfAny(ChildProtectionChecks.ValidateRearrangement(newDate, conference.ScheduledFor, earliest, reason, Calendar));
        var before = conference.ScheduledFor;
        conference.OriginallyScheduledFor ??= conference.ScheduledFor;
        conference.ScheduledFor = newDate;
        conference.RearrangedReason = reason.Trim();
        recorder.Record(conference.PersonId, CaseEventTypes.ConferenceRearranged, $"{ConferenceName(conference.Type)} moved to {Date(newDate)}",
            [new FieldChange("Booked for", Date(before), Date(newDate))], reason);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ConferenceEarliest> EarliestDateAsync(ChildProtectionConference conference, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(conference);
        if (conference.Type == Domain.ChildProtection.ConferenceType.Initial)
        {
            var start = await db.Section47Enquiries.Where(e => e.Id == conference.Section47Id).Select(e => e.StartDate).SingleAsync(ct);
            return ConferenceEarliest.Initial(start);
        }
        return ConferenceEarliest.Review(await LastConferenceBeforeAsync(conference, ct));
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
        var conference = await childProtection.UnheldConferenceAsync(conferenceId, ct);
        var referral = await childProtection.OpenReferralAsync(conference.PersonId, conference.ReferralId, ct);
        var attendees = details.Attendees.Select(a => new ChildProtectionChecks.Participant(a.Name, a.Agency)).ToList();
        ChildProtectionPlan? plan = null;
        if (conference.Type == Domain.ChildProtection.ConferenceType.Initial)
        {
            var s47Start = await db.Section47Enquiries.Where(e => e.Id == conference.Section47Id).Select(e => (DateOnly?)e.StartDate).SingleOrDefaultAsync(ct);
            var inHaven = await PreviousPlansInHavenAsync(conference.PersonId, ct);
            CaseRuleException.ThrowIfAny(ChildProtectionChecks.ValidateInitialConferenceHeld(details.HeldOn, s47Start, referral.ReferralDate, details.Decision, details.Category, details.Rationale,
                details.Chair, attendees, details.PreviousPlans, inHaven, Today, Calendar));
        }
        else
        {
            var previous = await LastConferenceBeforeAsync(conference, ct);
            CaseRuleException.ThrowIfAny(ChildProtectionChecks.ValidateReviewConferenceHeld(details.HeldOn, previous, details.Decision, details.Category, details.EndReason, details.Rationale,
                details.Chair, attendees, Today, Calendar));
            plan = await db.ChildProtectionPlans.SingleAsync(p => p.Id == conference.ChildProtectionPlanId, ct);
        }

        CaseRuleException.ThrowIfAny(ChildProtectionChecks.ValidateMinutes(details.HeldOn, details.MinutesSentOn));
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
            childProtection.EndPlan(plan!, details.HeldOn, details.EndReason!.Value, details.Rationale);
        }
        await census.SaveOrRefuseAsync(conference.PersonId, conference.ReferralId, CensusFields.Conference, ct);
        return plan;
    }

    /// <summary>CIN census NumberOfPreviousCPP counts this child's plans that started before; Haven knows its own.</summary>
    public Task<int> PreviousPlansInHavenAsync(Guid personId, CancellationToken ct) =>
        db.ChildProtectionPlans.CountAsync(p => p.PersonId == personId, ct);
}
