using Haven.Web.Features.CinCensus;
using Haven.Web.Infrastructure.Authorisation;
using static Haven.Web.Features.ChildProtection.ChildProtectionChanges;
using static Haven.Web.Features.ChildProtection.ChildProtectionText;

namespace Haven.Web.Features.ChildProtection.Section47Enquiries;

/// <summary>Starts section 47 enquiries and records when the child was seen, the outcome and a service manager's agreement.</summary>
public sealed class Section47Service(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock, CinCensusEntryCheck census, ChildProtectionChanges childProtection)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private DateOnly Today => UkClock.Today(clock);

    public async Task<Section47Enquiry> StartSection47Async(Guid personId, Guid referralId, Guid? strategyDiscussionId, DateOnly start, bool jointWithPolice, string? workerUserId, CancellationToken ct)
    {
        var referral = await childProtection.OpenReferralAsync(personId, referralId, ct);
        DateOnly? discussedOn = null;
        if (strategyDiscussionId is { } sd)
        {
            discussedOn = await db.StrategyDiscussions.Where(d => d.Id == sd && d.ReferralId == referralId).Select(d => (DateOnly?)d.HeldOn).SingleOrDefaultAsync(ct)
                ?? throw new CaseRuleException(new Dictionary<string, string> { ["StrategyDiscussionId"] = "That strategy discussion is not part of this episode" });
        }
        CaseRuleException.ThrowIfAny(ChildProtectionChecks.ValidateSection47Start(start, referral.ReferralDate, discussedOn, Today, jointWithPolice));
        var workerName = workerUserId is null ? null : await db.UserNameAsync(workerUserId, ct)
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
        var enquiry = await childProtection.EnquiryAsync(enquiryId, ct);
        CaseRuleException.ThrowIfAny(ChildProtectionChecks.ValidateChildSeen(seenOn, seenAlone, enquiry.StartDate, Today));
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
        var enquiry = await childProtection.EnquiryAsync(enquiryId, ct);
        CaseRuleException.ThrowIfAny(ChildProtectionChecks.ValidateSection47Completion(completedOn, enquiry.StartDate, Today, outcome, rationale));
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
        if (!user.May(Capabilities.AgreeNoConference))
        {
            throw new CaseRuleException(new Dictionary<string, string> { [""] = "Only a service manager can agree this decision" });
        }
        var enquiry = await childProtection.EnquiryAsync(enquiryId, ct);
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
}
