using Haven.Domain.Workforce;
using Haven.Web.Features.People;

namespace Haven.Web.Features.FrontDoor;

/// <summary>The details of a contact as the worker took them down, shared by every child it is about.</summary>
public sealed record ContactDetails(
    DateTime ReceivedAtUtc, ContactRoute Route, ContactKind Kind, string SourceCode,
    string? ReferrerName, string? ReferrerOrganisation, string? ReferrerRole, string? ReferrerEmail, string? ReferrerPhone, string? ReferrerAddress,
    string Concern, string? ChildsViews, ConsentToShare Consent, string? ConsentBasis, YesNoNotKnown ParentsAware, bool ImmediateRisk = false,
    Haven.Domain.Safeguarding.DashRiskLevel? DashRiskLevel = null);

public sealed record DecisionDetails(
    ScreeningOutcome Outcome, ThresholdLevel Threshold, string Rationale, string? LeadProfessional, string? LeadAgency, string? PrimaryNeedCode);

/// <summary>
/// Every change at the front door goes through here: recording contacts, the history check, the screening
/// decision and its amendments, referrals, allocation and feedback to the referrer; each with its event.
/// </summary>
public sealed class FrontDoorService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Records one contact per child, sharing a group id, and returns them in the order given.</summary>
    public async Task<IReadOnlyList<Contact>> RecordAsync(IReadOnlyList<Guid> childIds, ContactDetails details, CancellationToken ct)
    {
        var groupId = Guid.NewGuid();
        var year = UkClock.ToLocal(details.ReceivedAtUtc).Year;
        var prefix = $"C-{year}-";
        var contacts = new List<Contact>();
        foreach (var childId in childIds)
        {
            // One series a year ("contact-2026"), so contacts recorded at the same moment each get their own number.
            var next = await db.NextAsync($"contact-{year}", async token =>
            {
                var last = await db.Contacts.Where(c => c.Reference.StartsWith(prefix)).OrderByDescending(c => c.Reference).Select(c => c.Reference).FirstOrDefaultAsync(token);
                return last is null ? 0 : long.Parse(last[prefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
            }, ct);
            var contact = new Contact
            {
                Id = Guid.NewGuid(),
                ContactGroupId = groupId,
                Reference = $"{prefix}{next:D6}",
                PersonId = childId,
                ReceivedAtUtc = details.ReceivedAtUtc,
                Route = details.Route,
                Kind = details.Kind,
                SourceCode = details.SourceCode,
                ReferrerName = Typed.Clean(details.ReferrerName),
                ReferrerOrganisation = Typed.Clean(details.ReferrerOrganisation),
                ReferrerRole = Typed.Clean(details.ReferrerRole),
                ReferrerEmail = Typed.Clean(details.ReferrerEmail),
                ReferrerPhone = Typed.Clean(details.ReferrerPhone),
                ReferrerAddress = Typed.Clean(details.ReferrerAddress),
                Concern = details.Concern.Trim(),
                ImmediateRisk = details.ImmediateRisk,
                DashRiskLevel = details.DashRiskLevel,
                ChildsViews = Typed.Clean(details.ChildsViews),
                Consent = details.Consent,
                ConsentBasis = Typed.Clean(details.ConsentBasis),
                ParentsAware = details.ParentsAware,
                RecordedByUserId = user.UserId,
            };
            db.Contacts.Add(contact);
            contacts.Add(contact);
            recorder.Record(childId, CaseEventTypes.ContactRecorded,
                $"Contact {contact.Reference} from {FrontDoorCodes.ReferralSourceLabel(details.SourceCode).ToLowerInvariant()}",
                [
                    new FieldChange("Received", null, DateText.DateAndTime(details.ReceivedAtUtc)),
                    new FieldChange("From", null, string.Join(", ", new[] { contact.ReferrerName, contact.ReferrerOrganisation }.Where(s => s is not null))),
                    new FieldChange("Concern", null, contact.Concern),
                    .. details.ImmediateRisk ? [new FieldChange("Immediate risk", null, "The referrer said the child is at immediate risk of harm")] : Array.Empty<FieldChange>(),
                    .. details.DashRiskLevel is { } dash ? [new FieldChange("DASH risk level", null, Haven.Domain.Safeguarding.DashWording.Label(dash))] : Array.Empty<FieldChange>(),
                ]);
        }
        await db.SaveChangesAsync(ct);
        return contacts;
    }

    public async Task MarkHistoryReadAsync(Guid contactId, string? note, CancellationToken ct)
    {
        var contact = await db.Contacts.SingleAsync(c => c.Id == contactId, ct);
        contact.HistoryReadAtUtc = Now;
        contact.HistoryReadByUserId = user.UserId;
        contact.HistoryNote = Typed.Clean(note);
        recorder.Record(contact.PersonId, CaseEventTypes.HistoryRead, $"History read for contact {contact.Reference}",
            [new FieldChange("Note", null, contact.HistoryNote)]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records the manager's decision; a referral outcome also creates the CIN referral record.</summary>
    public async Task<ScreeningDecision> DecideAsync(Guid contactId, DecisionDetails decision, CancellationToken ct)
    {
        var contact = await db.Contacts.Include(c => c.Decision).SingleAsync(c => c.Id == contactId, ct);
        if (contact.Decision is { } earlier)
        {
            throw CaseRuleException.Of("Outcome", AlreadyDecided(earlier));
        }
        var made = new ScreeningDecision
        {
            Id = Guid.NewGuid(),
            ContactId = contactId,
            Outcome = decision.Outcome,
            Threshold = decision.Threshold,
            Rationale = decision.Rationale.Trim(),
            LeadProfessional = decision.Outcome == ScreeningOutcome.EarlyHelp ? Typed.Clean(decision.LeadProfessional) : null,
            LeadAgency = decision.Outcome == ScreeningOutcome.EarlyHelp ? Typed.Clean(decision.LeadAgency) : null,
            DecidedByUserId = user.UserId,
            DecidedByName = user.DisplayName,
            DecidedAtUtc = Now,
        };
        db.ScreeningDecisions.Add(made);
        db.ReferrerFeedback.Add(NewFeedback(contact, made.DecidedAtUtc));
        recorder.Record(contact.PersonId, CaseEventTypes.ScreeningDecided,
            $"Decision on contact {contact.Reference}: {FrontDoorText.Outcome(decision.Outcome).ToLowerInvariant()}",
            [
                new FieldChange("Decision", null, FrontDoorText.Outcome(decision.Outcome)),
                new FieldChange("Level of need", null, FrontDoorText.Threshold(decision.Threshold)),
                new FieldChange("Reasons", null, made.Rationale),
            ]);
        if (FrontDoorRules.IsReferralToSocialCare(decision.Outcome))
        {
            await CreateReferralAsync(contact, decision.PrimaryNeedCode!, ct);
        }
        // Deciding moves the contact on a version, so of two managers deciding at once the second's save changes
        // no row (or meets the one-decision index) and is told who decided, rather than making a second decision.
        db.Entry(contact).Property(c => c.Version).IsModified = true;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            var winner = await db.ScreeningDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.ContactId == contactId, ct);
            if (winner is null)
            {
                throw;
            }
            throw CaseRuleException.Of("Outcome", AlreadyDecided(winner));
        }
        return made;
    }

    /// <summary>What a manager is told when the contact they are deciding already has a decision.</summary>
    public static string AlreadyDecided(ScreeningDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return $"This contact has already been decided by {decision.DecidedByName} ({DateText.DateAndTime(decision.DecidedAtUtc)}): {FrontDoorText.Outcome(decision.Outcome).ToLowerInvariant()}. To change it, use 'Change the decision' and give a reason";
    }

    /// <summary>Changes a decision already made. The reason is required, and the before and after are kept.</summary>
    public async Task AmendAsync(Guid contactId, DecisionDetails decision, string reason, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A reason is required to change a decision.", nameof(reason));
        }
        var contact = await db.Contacts.Include(c => c.Decision).SingleAsync(c => c.Id == contactId, ct);
        var made = contact.Decision ?? throw new InvalidOperationException("There is no decision to change.");
        var changes = new ChangeSet()
            .Compare("Decision", FrontDoorText.Outcome(made.Outcome), FrontDoorText.Outcome(decision.Outcome))
            .Compare("Level of need", FrontDoorText.Threshold(made.Threshold), FrontDoorText.Threshold(decision.Threshold))
            .Compare("Reasons", made.Rationale, decision.Rationale)
            .Compare("Lead professional", made.LeadProfessional, decision.LeadProfessional)
            .Compare("Lead agency", made.LeadAgency, decision.LeadAgency);
        made.Outcome = decision.Outcome;
        made.Threshold = decision.Threshold;
        made.Rationale = decision.Rationale.Trim();
        made.LeadProfessional = Typed.Clean(decision.LeadProfessional);
        made.LeadAgency = Typed.Clean(decision.LeadAgency);
        made.AmendmentCount++;
        recorder.Record(contact.PersonId, CaseEventTypes.ScreeningDecisionAmended, $"Decision on contact {contact.Reference} changed", changes.Changes, reason);

        var referral = await db.Referrals.SingleOrDefaultAsync(r => r.ContactId == contactId, ct);
        if (FrontDoorRules.IsReferralToSocialCare(decision.Outcome) && referral is null)
        {
            await CreateReferralAsync(contact, decision.PrimaryNeedCode ?? "N0", ct);
        }
        else if (referral is not null)
        {
            // A referral stays counted once made; stepping it down marks it as ending in no further action.
            referral.NoFurtherAction = !FrontDoorRules.IsReferralToSocialCare(decision.Outcome);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records the outcome of telling the referrer (sent, or failed with the reason).</summary>
    public async Task RecordFeedbackAsync(Guid contactId, FeedbackMethod method, bool sent, string? failureReason, string? providerReference, CancellationToken ct)
    {
        var contact = await db.Contacts.Include(c => c.Feedback).SingleAsync(c => c.Id == contactId, ct);
        var feedback = contact.Feedback ?? throw new InvalidOperationException("There is no decision to give feedback on yet.");
        feedback.Method = method;
        feedback.Status = sent ? FeedbackStatus.Sent : FeedbackStatus.Failed;
        feedback.SentAtUtc = sent ? Now : null;
        feedback.SentByUserId = user.UserId;
        feedback.FailureReason = sent ? null : failureReason;
        feedback.ProviderReference = providerReference;
        recorder.Record(contact.PersonId, sent ? CaseEventTypes.ReferrerFeedbackSent : CaseEventTypes.ReferrerFeedbackFailed,
            sent ? $"Referrer told the outcome of contact {contact.Reference} by {method.ToString().ToLowerInvariant()}"
                 : $"Feedback to the referrer on contact {contact.Reference} could not be sent",
            [new FieldChange("Feedback", FrontDoorText.Feedback(FeedbackStatus.NotSent), FrontDoorText.Feedback(feedback.Status)), new FieldChange("Problem", null, failureReason)]);
        await db.SaveChangesAsync(ct);
    }

    private async Task CreateReferralAsync(Contact contact, string primaryNeedCode, CancellationToken ct)
    {
        var date = UkClock.DateOf(contact.ReceivedAtUtc);
        var earlier = await db.Referrals.Where(r => r.PersonId == contact.PersonId).Select(r => r.ReferralDate).ToListAsync(ct);
        var referral = new Referral
        {
            Id = Guid.NewGuid(),
            PersonId = contact.PersonId,
            ContactId = contact.Id,
            ReferralDate = date,
            SourceCode = contact.SourceCode,
            PrimaryNeedCode = primaryNeedCode,
            IsReReferral = FrontDoorRules.IsReReferral(date, earlier),
        };
        db.Referrals.Add(referral);
        recorder.Record(contact.PersonId, CaseEventTypes.ReferralCreated,
            $"Referral to children's social care{(referral.IsReReferral ? " (re-referral within 12 months)" : "")}",
            [new FieldChange("Referral date", null, DateText.Date(date)), new FieldChange("Primary need", null, FrontDoorCodes.PrimaryNeedLabel(primaryNeedCode))]);
    }

    private static ReferrerFeedback NewFeedback(Contact contact, DateTime decidedAtUtc)
    {
        var method = FrontDoorRules.FeedbackMethodFor(contact);
        var dueLocal = FrontDoorRules.FeedbackDueAt(UkClock.ToLocal(decidedAtUtc), Calendar);
        return new ReferrerFeedback
        {
            Id = Guid.NewGuid(),
            ContactId = contact.Id,
            Method = method,
            Status = method == FeedbackMethod.NotPossible ? FeedbackStatus.NotRequired : FeedbackStatus.NotSent,
            DueAtUtc = UkClock.ToUtc(dueLocal),
        };
    }

}
