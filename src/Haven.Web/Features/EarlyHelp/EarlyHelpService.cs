using Haven.Web.Features.FrontDoor;

namespace Haven.Web.Features.EarlyHelp;

public sealed record EarlyHelpStartDetails(EarlyHelpStart StartedBy, DateOnly StartDate, string LeadProfessional, string LeadAgency, Guid? ContactId);

/// <summary>What the front door's early-help decision already said, so the worker does not type it again.</summary>
public sealed record EarlyHelpPrefill(Guid ContactId, string ContactReference, DateOnly DecidedOn, string? LeadProfessional, string? LeadAgency);

/// <summary>
/// Every change to an early help episode goes through here, each with its EarlyHelp* event in the same
/// SaveChanges, so the record's history and the episode never disagree.
/// </summary>
public sealed class EarlyHelpService(HavenDbContext db, CaseRecorder recorder, TimeProvider clock, FrontDoorService frontDoor)
{
    /// <summary>DfE CIN referral source for a step-up: "LA services: early help".</summary>
    public const string StepUpSourceCode = "5D";

    private DateOnly Today => UkClock.Today(clock);

    /// <summary>The prefill from a contact of this child whose decision is early help; null for any other contact.</summary>
    public async Task<EarlyHelpPrefill?> PrefillFromContactAsync(Guid personId, Guid contactId, CancellationToken ct)
    {
        var contact = await db.Contacts.AsNoTracking().Include(c => c.Decision)
            .SingleOrDefaultAsync(c => c.Id == contactId && c.PersonId == personId, ct);
        return contact?.Decision is { Outcome: ScreeningOutcome.EarlyHelp } d
            ? new EarlyHelpPrefill(contact.Id, contact.Reference, UkClock.DateOf(d.DecidedAtUtc), d.LeadProfessional, d.LeadAgency)
            : null;
    }

    /// <summary>One lead professional coordinates a child's early help, so a child has at most one open episode.</summary>
    public Task<bool> HasOpenEpisodeAsync(Guid personId, CancellationToken ct) =>
        db.EarlyHelpEpisodes.AnyAsync(e => e.PersonId == personId && e.EndDate == null, ct);

    public const string StepDownNeedsHistory = "This child has not had children's social care, so early help cannot be a step-down from it: choose how early help started";

    /// <summary>
    /// Whether the child has ever been referred to children's social care or been in care: only then can early help
    /// be a step-down from it, or the early help figures would count step-downs that never happened.
    /// </summary>
    public async Task<bool> HasSocialCareHistoryAsync(Guid personId, CancellationToken ct) =>
        await db.Referrals.AnyAsync(r => r.PersonId == personId, ct) || await db.CarePeriods.AnyAsync(c => c.PersonId == personId, ct);

    public async Task<EarlyHelpEpisode> StartAsync(Guid personId, EarlyHelpStartDetails details, CancellationToken ct)
    {
        CaseRuleException.ThrowIfAny(EarlyHelpRules.ValidateStart(details.StartedBy, details.LeadProfessional, details.LeadAgency));
        if (await HasOpenEpisodeAsync(personId, ct))
        {
            throw CaseRuleException.Of("", "This child already has open early help: change its lead professional instead");
        }
        if (details.StartedBy == EarlyHelpStart.SteppedDownFromSocialCare && !await HasSocialCareHistoryAsync(personId, ct))
        {
            throw CaseRuleException.Of(EarlyHelpFields.StartedBy, StepDownNeedsHistory);
        }
        string? contactReference = null;
        if (details.ContactId is { } contactId)
        {
            // Only an early-help decision can start early help, or the link would misreport how the family came to it.
            var prefill = await PrefillFromContactAsync(personId, contactId, ct)
                ?? throw CaseRuleException.Of(EarlyHelpFields.ContactId, "That contact's decision is not early help");
            contactReference = prefill.ContactReference;
        }
        var episode = new EarlyHelpEpisode
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ContactId = details.ContactId,
            StartDate = details.StartDate,
            StartedBy = details.StartedBy,
            LeadProfessional = details.LeadProfessional.Trim(),
            LeadAgency = details.LeadAgency.Trim(),
        };
        db.EarlyHelpEpisodes.Add(episode);
        recorder.Record(personId, CaseEventTypes.EarlyHelpStarted,
            $"Early help started: lead professional {EarlyHelpText.Lead(episode.LeadProfessional, episode.LeadAgency)}",
            Added(
                new FieldChange("Started", null, EarlyHelpText.Date(episode.StartDate)),
                new FieldChange("How it started", null, EarlyHelpText.StartedBy(episode.StartedBy)),
                new FieldChange("From contact", null, contactReference),
                new FieldChange("Lead professional", null, episode.LeadProfessional),
                new FieldChange("Lead agency", null, episode.LeadAgency)));
        await db.SaveChangesAsync(ct);
        return episode;
    }

    /// <summary>Changes the lead professional; the reason is required and each change is kept so changes can be counted.</summary>
    public async Task ChangeLeadAsync(Guid episodeId, string? newLead, string? newAgency, string? reason, DateOnly? changedOn, CancellationToken ct)
    {
        var episode = await OpenEpisodeAsync(episodeId, ct);
        var lastChange = await db.EarlyHelpLeadChanges.Where(c => c.EpisodeId == episode.Id).MaxAsync(c => (DateOnly?)c.ChangedOn, ct);
        CaseRuleException.ThrowIfAny(EarlyHelpRules.ValidateLeadChange(episode.LeadProfessional, episode.LeadAgency, newLead, newAgency, reason)
            .Include(EarlyHelpRules.ValidateLeadChangeDate(changedOn, episode.StartDate, lastChange, Today)));
        var changes = new ChangeSet()
            .Compare("Lead professional", episode.LeadProfessional, newLead)
            .Compare("Lead agency", episode.LeadAgency, newAgency);
        db.EarlyHelpLeadChanges.Add(new EarlyHelpLeadChange
        {
            Id = Guid.NewGuid(),
            EpisodeId = episode.Id,
            ChangedOn = changedOn!.Value,
            FromLead = EarlyHelpText.Lead(episode.LeadProfessional, episode.LeadAgency),
            ToLead = EarlyHelpText.Lead(newLead!.Trim(), newAgency!.Trim()),
            Reason = reason!.Trim(),
        });
        episode.LeadProfessional = newLead!.Trim();
        episode.LeadAgency = newAgency!.Trim();
        recorder.Record(episode.PersonId, CaseEventTypes.EarlyHelpLeadChanged,
            $"Early help lead professional changed to {EarlyHelpText.Lead(episode.LeadProfessional, episode.LeadAgency)} on {EarlyHelpText.Date(changedOn!.Value)}",
            changes.Changes, reason);
        await db.SaveChangesAsync(ct);
    }

    public async Task AddTeamMemberAsync(Guid episodeId, string? name, string? agency, string? role, CancellationToken ct)
    {
        CaseRuleException.ThrowIfAny(EarlyHelpRules.ValidateTeamMember(name, agency));
        var episode = await OpenEpisodeAsync(episodeId, ct);
        var member = new TeamAroundFamilyMember { Id = Guid.NewGuid(), EpisodeId = episode.Id, Name = name!.Trim(), Agency = agency!.Trim(), Role = Typed.Clean(role) };
        db.TeamAroundFamilyMembers.Add(member);
        recorder.Record(episode.PersonId, CaseEventTypes.EarlyHelpTeamMemberAdded, $"{member.Name} ({member.Agency}) joined the team around the family",
            Added(new FieldChange("Name", null, member.Name), new FieldChange("Agency", null, member.Agency), new FieldChange("Role", null, member.Role)));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Changes a team member's name, agency or role. The change is kept worded as before and after, so the chronology
    /// and the record's history show the team as it was on each day.
    /// </summary>
    public async Task ChangeTeamMemberAsync(Guid episodeId, Guid memberId, string? name, string? agency, string? role, CancellationToken ct)
    {
        var episode = await OpenEpisodeAsync(episodeId, ct);
        var member = await db.TeamAroundFamilyMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.EpisodeId == episode.Id, ct)
            ?? throw new InvalidOperationException("There is no such member in this team.");
        CaseRuleException.ThrowIfAny(EarlyHelpRules.ValidateTeamMemberChange(member, name, agency, role));
        var before = EarlyHelpText.Member(member.Name, member.Agency, member.Role);
        var changes = new ChangeSet()
            .Compare("Name", member.Name, name!.Trim())
            .Compare("Agency", member.Agency, agency!.Trim())
            .Compare("Role", member.Role, Typed.Clean(role));
        (member.Name, member.Agency, member.Role) = (name.Trim(), agency.Trim(), Typed.Clean(role));
        var after = EarlyHelpText.Member(member.Name, member.Agency, member.Role);
        db.EarlyHelpPlanChanges.Add(new EarlyHelpPlanChange { Id = Guid.NewGuid(), EpisodeId = episode.Id, MemberId = member.Id, ChangedOn = Today, Before = before, After = after });
        recorder.Record(episode.PersonId, CaseEventTypes.EarlyHelpTeamMemberChanged, $"Team around the family: {before} changed to {after}", changes.Changes);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records the day a member left the team; they stay listed, marked as left, so the plan's history reads true.</summary>
    public async Task TeamMemberLeftAsync(Guid episodeId, Guid memberId, DateOnly? leftOn, CancellationToken ct)
    {
        var episode = await OpenEpisodeAsync(episodeId, ct);
        var member = await db.TeamAroundFamilyMembers.SingleOrDefaultAsync(m => m.Id == memberId && m.EpisodeId == episode.Id, ct)
            ?? throw new InvalidOperationException("There is no such member in this team.");
        CaseRuleException.ThrowIfAny(EarlyHelpRules.ValidateTeamMemberLeft(member, leftOn, episode.StartDate, Today));
        member.LeftOn = leftOn!.Value;
        recorder.Record(episode.PersonId, CaseEventTypes.EarlyHelpTeamMemberLeft,
            $"{EarlyHelpText.Member(member.Name, member.Agency, member.Role)} left the team around the family on {EarlyHelpText.Date(member.LeftOn.Value)}",
            [new FieldChange("Left the team", null, EarlyHelpText.Date(member.LeftOn.Value))]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records an assessment; a reassessment's event shows what changed since the one before.</summary>
    public async Task RecordAssessmentAsync(Guid episodeId, DateOnly? completed, string? childsVoice, string? parentsViews, string? strengths, string? needs, CancellationToken ct)
    {
        CaseRuleException.ThrowIfAny(EarlyHelpRules.ValidateAssessment(completed, childsVoice, parentsViews, strengths, needs));
        var completedOn = completed!.Value;
        var episode = await OpenEpisodeAsync(episodeId, ct);
        var previous = episode.Assessments.OrderBy(a => a.CompletedOn).LastOrDefault();
        var assessment = new EarlyHelpAssessment
        {
            Id = Guid.NewGuid(),
            EpisodeId = episode.Id,
            CompletedOn = completedOn,
            ChildsVoice = childsVoice!.Trim(),
            ParentsViews = parentsViews!.Trim(),
            Strengths = strengths!.Trim(),
            Needs = needs!.Trim(),
        };
        db.EarlyHelpAssessments.Add(assessment);
        var changes = new ChangeSet()
            .Compare("Completed", previous is null ? null : EarlyHelpText.Date(previous.CompletedOn), EarlyHelpText.Date(completedOn))
            .Compare("Child's voice", previous?.ChildsVoice, assessment.ChildsVoice)
            .Compare("Parents' views", previous?.ParentsViews, assessment.ParentsViews)
            .Compare("Strengths", previous?.Strengths, assessment.Strengths)
            .Compare("Needs", previous?.Needs, assessment.Needs);
        recorder.Record(episode.PersonId, CaseEventTypes.EarlyHelpAssessmentCompleted,
            previous is null ? "Early help assessment completed" : "Early help assessment updated", changes.Changes);
        await db.SaveChangesAsync(ct);
    }

    public async Task<EarlyHelpAction> AddActionAsync(Guid episodeId, string? action, string? owner, DateOnly? due, CancellationToken ct)
    {
        var episode = await OpenEpisodeAsync(episodeId, ct);
        CaseRuleException.ThrowIfAny(EarlyHelpRules.ValidateAction(action, owner, due, episode.StartDate));
        var dueDate = due!.Value;
        var added = new EarlyHelpAction { Id = Guid.NewGuid(), EpisodeId = episode.Id, Action = action!.Trim(), Owner = owner!.Trim(), DueDate = dueDate, AddedOn = Today };
        db.EarlyHelpActions.Add(added);
        recorder.Record(episode.PersonId, CaseEventTypes.EarlyHelpPlanActionAdded, $"Early help plan action for {added.Owner}, due {EarlyHelpText.Date(dueDate)}",
            [new FieldChange("Action", null, added.Action), new FieldChange("Owner", null, added.Owner), new FieldChange("Due", null, EarlyHelpText.Date(dueDate))]);
        await db.SaveChangesAsync(ct);
        return added;
    }

    public async Task CompleteActionAsync(Guid episodeId, Guid actionId, DateOnly completedOn, CancellationToken ct)
    {
        var episode = await OpenEpisodeAsync(episodeId, ct);
        var action = episode.Actions.SingleOrDefault(a => a.Id == actionId) ?? throw new InvalidOperationException("There is no such action in this plan.");
        if (!action.IsOutstanding)
        {
            throw CaseRuleException.Of(EarlyHelpFields.CompletedOn, action.CompletedOn is null ? "This action was stopped, so it cannot be marked as done" : "This action is already done");
        }
        action.CompletedOn = completedOn;
        recorder.Record(episode.PersonId, CaseEventTypes.EarlyHelpPlanActionCompleted, $"Early help plan action done: {action.Action}",
            [new FieldChange("Status", "Not done", "Done"), new FieldChange("Done on", null, EarlyHelpText.Date(completedOn))]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Changes what an action says, who does it or when it is due. The action as it read before is kept with the
    /// change, so the chronology shows it as it was set, then the change on the day it was made.
    /// </summary>
    public async Task ChangeActionAsync(Guid episodeId, Guid actionId, string? what, string? owner, DateOnly? due, CancellationToken ct)
    {
        var episode = await OpenEpisodeAsync(episodeId, ct);
        var action = episode.Actions.SingleOrDefault(a => a.Id == actionId) ?? throw new InvalidOperationException("There is no such action in this plan.");
        CaseRuleException.ThrowIfAny(EarlyHelpRules.ValidateActionChange(action, what, owner, due, episode.StartDate));
        var before = EarlyHelpText.ActionLine(action.Action, action.Owner, action.DueDate);
        var changes = new ChangeSet()
            .Compare("Action", action.Action, what!.Trim())
            .Compare("Owner", action.Owner, owner!.Trim())
            .Compare("Due", EarlyHelpText.Date(action.DueDate), EarlyHelpText.Date(due!.Value));
        (action.Action, action.Owner, action.DueDate) = (what.Trim(), owner.Trim(), due.Value);
        var after = EarlyHelpText.ActionLine(action.Action, action.Owner, action.DueDate);
        db.EarlyHelpPlanChanges.Add(new EarlyHelpPlanChange { Id = Guid.NewGuid(), EpisodeId = episode.Id, ActionId = action.Id, ChangedOn = Today, Before = before, After = after });
        recorder.Record(episode.PersonId, CaseEventTypes.EarlyHelpPlanActionChanged, $"Early help plan action changed: {after}", changes.Changes);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Stops an action that is no longer needed, with the day and why, so the plan never shows it as still to do.</summary>
    public async Task StopActionAsync(Guid episodeId, Guid actionId, DateOnly? stoppedOn, string? reason, CancellationToken ct)
    {
        var episode = await OpenEpisodeAsync(episodeId, ct);
        var action = episode.Actions.SingleOrDefault(a => a.Id == actionId) ?? throw new InvalidOperationException("There is no such action in this plan.");
        CaseRuleException.ThrowIfAny(EarlyHelpRules.ValidateActionStop(action, stoppedOn, reason, episode.StartDate, Today));
        action.EndedOn = stoppedOn!.Value;
        action.EndReason = reason!.Trim();
        recorder.Record(episode.PersonId, CaseEventTypes.EarlyHelpPlanActionEnded, $"Early help plan action stopped: {action.Action}",
            [new FieldChange("Status", "To do", "Not done"), new FieldChange("Stopped on", null, EarlyHelpText.Date(action.EndedOn.Value)), new FieldChange("Why", null, action.EndReason)]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records a review; its next review date is what the overdue check runs against from now on.</summary>
    public async Task RecordReviewAsync(Guid episodeId, DateOnly? held, string? progress, string? childsViews, DateOnly? next, CancellationToken ct)
    {
        var episode = await OpenEpisodeAsync(episodeId, ct);
        CaseRuleException.ThrowIfAny(EarlyHelpRules.ValidateReview(progress, childsViews, held, next, episode.StartDate));
        var (reviewDate, nextReviewDate) = (held!.Value, next!.Value);
        var before = EarlyHelpRules.NextReviewDue(episode);
        db.EarlyHelpReviews.Add(new EarlyHelpReview
        {
            Id = Guid.NewGuid(),
            EpisodeId = episode.Id,
            ReviewDate = reviewDate,
            Progress = progress!.Trim(),
            ChildsViews = childsViews!.Trim(),
            NextReviewDate = nextReviewDate,
        });
        recorder.Record(episode.PersonId, CaseEventTypes.EarlyHelpReviewed, $"Early help reviewed on {EarlyHelpText.Date(reviewDate)}",
            [
                new FieldChange("Progress", null, progress!.Trim()),
                new FieldChange("Child's views", null, childsViews!.Trim()),
                new FieldChange("Next review", before is { } b ? EarlyHelpText.Date(b) : null, EarlyHelpText.Date(nextReviewDate)),
            ]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Closes the episode. A step-up also records a contact at the front door (source 5D, a referral, the closing
    /// note as the concern), so the step-up is screened like any other contact; both are written in one transaction.
    /// </summary>
    /// <param name="whatHappenedToActions">Required when actions are still to do: each is stopped with this as its reason.</param>
    public async Task<Contact?> CloseAsync(Guid episodeId, EarlyHelpClosure? closure, string? note, DateOnly? ended, string? whatHappenedToActions, CancellationToken ct)
    {
        var episode = await OpenEpisodeAsync(episodeId, ct);
        var outstanding = EarlyHelpRules.OutstandingActions(episode);
        CaseRuleException.ThrowIfAny(EarlyHelpRules.ValidateClosure(closure, note, ended, episode.StartDate)
            .Include(EarlyHelpRules.ValidateOutstandingActions(outstanding.Count, whatHappenedToActions)));
        var (outcome, endDate) = (closure!.Value, ended!.Value);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        Contact? contact = null;
        if (outcome == EarlyHelpClosure.SteppedUpToSocialCare)
        {
            // FrontDoorService saves as it goes; the transaction keeps the contact and the closure all-or-nothing.
            var lead = episode.LeadProfessional;
            contact = (await frontDoor.RecordAsync([episode.PersonId], new ContactDetails(
                clock.GetUtcNow().UtcDateTime, ContactRoute.SecureEmail, ContactKind.Referral, StepUpSourceCode,
                lead, episode.LeadAgency, "Early help lead professional", null, null, null,
                note!.Trim(), LatestChildsViews(episode), ConsentToShare.NotSought, null, YesNoNotKnown.NotKnown), ct))[0];
            episode.SteppedUpToContactId = contact.Id;
        }
        episode.EndDate = endDate;
        episode.ClosureOutcome = outcome;
        episode.ClosureNote = Typed.Clean(note);
        var actionsStopped = new List<FieldChange>();
        foreach (var action in outstanding)
        {
            action.EndedOn = endDate;
            action.EndReason = whatHappenedToActions!.Trim();
            actionsStopped.Add(new FieldChange($"Action: {action.Action}", "To do", $"Not done: {action.EndReason}"));
        }
        recorder.Record(episode.PersonId, CaseEventTypes.EarlyHelpClosed, $"Early help closed: {EarlyHelpText.Closure(outcome).ToLowerInvariant()}",
            Added(
                new FieldChange("Status", "Open", "Closed"),
                new FieldChange("Ended", null, EarlyHelpText.Date(endDate)),
                new FieldChange("Outcome", null, EarlyHelpText.Closure(outcome)),
                new FieldChange("Closing note", null, episode.ClosureNote),
                new FieldChange("Step-up contact", null, contact?.Reference)).Concat(actionsStopped));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return contact;
    }

    private static string? LatestChildsViews(EarlyHelpEpisode episode) =>
        episode.Reviews.OrderBy(r => r.ReviewDate).LastOrDefault()?.ChildsViews
        ?? episode.Assessments.OrderBy(a => a.CompletedOn).LastOrDefault()?.ChildsVoice;

    private async Task<EarlyHelpEpisode> OpenEpisodeAsync(Guid episodeId, CancellationToken ct)
    {
        var episode = await db.EarlyHelpEpisodes
            .Include(e => e.Assessments).Include(e => e.Actions).Include(e => e.Reviews)
            .AsSplitQuery()
            .SingleAsync(e => e.Id == episodeId, ct);
        if (!episode.IsOpen)
        {
            throw CaseRuleException.Of("", "This early help episode is closed");
        }
        return episode;
    }

    private static IEnumerable<FieldChange> Added(params FieldChange[] changes) => changes.Where(c => c.OldValue is not null || c.NewValue is not null);
}
