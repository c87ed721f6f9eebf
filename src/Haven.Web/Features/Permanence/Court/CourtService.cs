using Haven.Domain.Permanence;
using Haven.Web.Features.LookedAfter;

namespace Haven.Web.Features.Permanence.Court;

/// <summary>A hearing as entered: when, what kind, the order made (if any) and notes.</summary>
public sealed record HearingDetails(DateOnly? HeldOn, HearingKind? Kind, CourtOrderKind? Order, string? Note);

/// <summary>
/// Records the court work on a child, each step with its case event in the same SaveChanges: legal planning meetings,
/// family group conferences, the letter before proceedings and its meetings, issue, hearings and extensions. An order
/// that is an SSDA903 legal status (interim care order, care order, placement order) changes the open period of care's
/// legal status through <see cref="CarePeriodService"/>, whose save writes the hearing and both events together.
/// </summary>
public sealed class CourtService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock, CarePeriodService care)
{
    private DateOnly Today => UkClock.Today(clock);
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>The child's proceedings with their meetings, hearings and extensions, newest first.</summary>
    public static async Task<List<CareProceedings>> ProceedingsAsync(HavenDbContext db, Guid personId, CancellationToken ct) =>
        await db.CareProceedings.AsNoTracking().Where(p => p.PersonId == personId)
            .Include(p => p.Meetings).Include(p => p.Hearings).Include(p => p.Extensions).AsSplitQuery()
            .OrderByDescending(p => p.RecordedAtUtc).ToListAsync(ct);

    public async Task LegalPlanningAsync(Guid personId, DateOnly? heldOn, LegalPlanningDecision? decision, string? rationale, string? chair, CancellationToken ct)
    {
        CaseRuleException.ThrowIfAny(PermanenceRules.CheckLegalPlanning(heldOn, decision, rationale, Today));
        var meeting = new LegalPlanningMeeting
        {
            Id = Guid.NewGuid(), PersonId = personId, HeldOn = heldOn!.Value, Decision = decision!.Value, Rationale = Typed.Clean(rationale)!,
            Chair = Typed.Clean(chair), RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = Now,
        };
        db.LegalPlanningMeetings.Add(meeting);
        recorder.Record(personId, CaseEventTypes.LegalPlanningMeetingHeld,
            $"Legal planning meeting on {DateText.Date(meeting.HeldOn)}: {CourtText.Label(meeting.Decision).ToLowerInvariant()}",
            [
                new FieldChange("Held", null, DateText.Date(meeting.HeldOn)),
                new FieldChange("Decision", null, CourtText.Label(meeting.Decision)),
                new FieldChange("Reasons", null, meeting.Rationale),
                new FieldChange("Chair", null, meeting.Chair),
            ]);
        await db.SaveChangesAsync(ct);
    }

    public async Task FamilyGroupConferenceAsync(Guid personId, DateOnly? offeredOn, DateOnly? heldOn, bool declined, string? note, CancellationToken ct)
    {
        CaseRuleException.ThrowIfAny(PermanenceRules.CheckFamilyGroupConference(offeredOn, heldOn, declined, Today));
        var conference = new FamilyGroupConference
        {
            Id = Guid.NewGuid(), PersonId = personId, OfferedOn = offeredOn!.Value, HeldOn = heldOn, Declined = declined, Note = Typed.Clean(note),
            RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = Now,
        };
        db.FamilyGroupConferences.Add(conference);
        recorder.Record(personId, CaseEventTypes.FamilyGroupConferenceRecorded,
            $"Family group conference offered on {DateText.Date(conference.OfferedOn)}: {FamilyGroupConferenceOutcome(conference)}",
            [
                new FieldChange("Offered", null, DateText.Date(conference.OfferedOn)),
                new FieldChange("Outcome", null, FamilyGroupConferenceOutcome(conference)),
                new FieldChange("Note", null, conference.Note),
            ]);
        await db.SaveChangesAsync(ct);
    }

    public static string FamilyGroupConferenceOutcome(FamilyGroupConference conference)
    {
        ArgumentNullException.ThrowIfNull(conference);
        return conference.HeldOn is { } held ? $"held on {DateText.Date(held)}" : conference.Declined ? "declined by the family" : "not yet held";
    }

    /// <summary>The letter before proceedings starts pre-proceedings: a new set of proceedings, not yet issued.</summary>
    public async Task<CareProceedings> SendLetterAsync(Guid personId, DateOnly? sentOn, CancellationToken ct)
    {
        var problems = PermanenceRules.CheckDate(new RuleResult(), PermanenceRules.DateField, sentOn, "the date the letter was sent", Today);
        problems.AddIf(await OpenAsync(personId, ct) is not null, "", "The child already has pre-proceedings or proceedings that have not concluded");
        CaseRuleException.ThrowIfAny(problems);
        var proceedings = New(personId);
        proceedings.LetterBeforeProceedingsOn = sentOn;
        db.CareProceedings.Add(proceedings);
        recorder.Record(personId, CaseEventTypes.LetterBeforeProceedingsSent, $"Letter before proceedings sent on {DateText.Date(sentOn!.Value)}",
            [new FieldChange("Letter before proceedings", null, DateText.Date(sentOn.Value))]);
        await db.SaveChangesAsync(ct);
        return proceedings;
    }

    public async Task MeetingAsync(Guid personId, Guid proceedingsId, DateOnly? heldOn, string? outcome, CancellationToken ct)
    {
        var proceedings = await TrackedAsync(personId, proceedingsId, ct);
        var problems = PermanenceRules.CheckDate(new RuleResult(), PermanenceRules.DateField, heldOn, "the date of the meeting", Today,
            proceedings.LetterBeforeProceedingsOn, "the letter before proceedings");
        problems.AddIf(!proceedings.IsOpen, "", "These proceedings have concluded");
        CaseRuleException.ThrowIfAny(problems);
        var meeting = new PreProceedingsMeeting
        {
            Id = Guid.NewGuid(), ProceedingsId = proceedings.Id, PersonId = personId, HeldOn = heldOn!.Value, Outcome = Typed.Clean(outcome),
            RecordedByName = user.DisplayName, RecordedAtUtc = Now,
        };
        db.Add(meeting);
        recorder.Record(personId, CaseEventTypes.PreProceedingsMeetingHeld, $"Pre-proceedings meeting on {DateText.Date(meeting.HeldOn)}",
            [new FieldChange("Held", null, DateText.Date(meeting.HeldOn)), new FieldChange("Outcome", null, meeting.Outcome)]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Issue: the open pre-proceedings become proceedings, or (in an emergency, with no letter) new ones start issued.</summary>
    public async Task<CareProceedings> IssueAsync(Guid personId, DateOnly? issuedOn, string? court, string? caseNumber, CancellationToken ct)
    {
        var open = await OpenAsync(personId, ct);
        var problems = PermanenceRules.CheckIssue(issuedOn, court, caseNumber, open?.LetterBeforeProceedingsOn, Today);
        problems.AddIf(open is { IsIssued: true }, "", "The child's proceedings are already issued");
        CaseRuleException.ThrowIfAny(problems);
        var proceedings = open is null ? New(personId) : await TrackedAsync(personId, open.Id, ct);
        if (open is null)
        {
            db.CareProceedings.Add(proceedings);
        }
        proceedings.IssuedOn = issuedOn;
        proceedings.Court = Typed.Clean(court);
        proceedings.CaseNumber = Typed.Clean(caseNumber);
        recorder.Record(personId, CaseEventTypes.ProceedingsIssued,
            $"Care proceedings issued on {DateText.Date(issuedOn!.Value)} at {proceedings.Court} ({proceedings.CaseNumber}); to conclude by {DateText.Date(proceedings.ConcludeBy!.Value)}",
            [
                new FieldChange("Issued", null, DateText.Date(issuedOn.Value)),
                new FieldChange("Court", null, proceedings.Court),
                new FieldChange("Case number", null, proceedings.CaseNumber),
                new FieldChange("To conclude by (26 weeks)", null, DateText.Date(proceedings.ConcludeBy!.Value)),
            ]);
        await db.SaveChangesAsync(ct);
        return proceedings;
    }

    public async Task HearingAsync(Guid personId, Guid proceedingsId, HearingDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var proceedings = await TrackedAsync(personId, proceedingsId, ct);
        CaseRuleException.ThrowIfAny(PermanenceRules.CheckHearing(details.HeldOn, details.Kind, details.Order, proceedings, Today));
        var hearing = new CourtHearing
        {
            Id = Guid.NewGuid(), ProceedingsId = proceedings.Id, PersonId = personId, HeldOn = details.HeldOn!.Value, Kind = details.Kind!.Value,
            OrderMade = details.Order, Note = Typed.Clean(details.Note), RecordedByName = user.DisplayName, RecordedAtUtc = Now,
        };
        db.Add(hearing);
        var final = hearing.Kind == HearingKind.Final || hearing.OrderMade == CourtOrderKind.Withdrawn;
        if (final)
        {
            proceedings.ConcludedOn = hearing.HeldOn;
            proceedings.FinalOrder = hearing.OrderMade;
        }
        var order = hearing.OrderMade is { } made ? CourtText.Label(made).ToLowerInvariant() : "no order";
        recorder.Record(personId, CaseEventTypes.CourtHearingRecorded,
            $"{CourtText.Label(hearing.Kind)} on {DateText.Date(hearing.HeldOn)} (week {CourtTimescales.WeekOfProceedings(proceedings.IssuedOn!.Value, hearing.HeldOn)}): {order}",
            [
                new FieldChange("Hearing", null, CourtText.Label(hearing.Kind)),
                new FieldChange("Held", null, DateText.Date(hearing.HeldOn)),
                new FieldChange("Order", null, hearing.OrderMade is { } o ? CourtText.Label(o) : null),
                new FieldChange("Proceedings", "Open", final ? "Concluded" : "Open"),
                new FieldChange("Note", null, hearing.Note),
            ]);
        // An order that is a looked-after legal status changes the open period of care's status from the hearing day;
        // the care service checks the period and saves, writing the hearing, its event and the change together.
        if (hearing.OrderMade is { } legal && CourtText.LegalStatus(legal) is { } code
            && await db.CarePeriods.AsNoTracking().Where(p => p.PersonId == personId && p.EndDate == null).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(ct) is { } periodId
            && await db.CareLegalStatuses.Where(s => s.CarePeriodId == periodId).OrderByDescending(s => s.From).Select(s => s.Code).FirstAsync(ct) != code)
        {
            try
            {
                await care.ChangeLegalStatusAsync(personId, periodId, hearing.HeldOn, code, $"Made at the {CourtText.Label(hearing.Kind).ToLowerInvariant()}", ct);
            }
            catch (CaseRuleException refused)
            {
                // The care rules speak of the legal status; on this form it is the hearing's date and order.
                throw CaseRuleException.Of(PermanenceRules.OrderField, $"The order cannot be recorded on the care record: {refused.Result}");
            }
            return;
        }
        await db.SaveChangesAsync(ct);
    }

    public async Task ExtensionAsync(Guid personId, Guid proceedingsId, DateOnly? grantedOn, int? weeks, string? reason, CancellationToken ct)
    {
        var proceedings = await TrackedAsync(personId, proceedingsId, ct);
        CaseRuleException.ThrowIfAny(PermanenceRules.CheckExtension(grantedOn, weeks, reason, proceedings, Today));
        var before = proceedings.ConcludeBy!.Value;
        var extension = new ProceedingsExtension
        {
            Id = Guid.NewGuid(), ProceedingsId = proceedings.Id, PersonId = personId, GrantedOn = grantedOn!.Value, Weeks = weeks!.Value,
            Reason = Typed.Clean(reason)!, RecordedByName = user.DisplayName, RecordedAtUtc = Now,
        };
        proceedings.Extensions.Add(extension);
        db.Add(extension);
        recorder.Record(personId, CaseEventTypes.ProceedingsExtended,
            $"Proceedings extended by {extension.Weeks} weeks on {DateText.Date(extension.GrantedOn)}: to conclude by {DateText.Date(proceedings.ConcludeBy!.Value)}",
            [
                new FieldChange("To conclude by", DateText.Date(before), DateText.Date(proceedings.ConcludeBy!.Value)),
                new FieldChange("Weeks", null, extension.Weeks.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new FieldChange("Reason", null, extension.Reason),
            ]);
        await db.SaveChangesAsync(ct);
    }

    private Task<CareProceedings?> OpenAsync(Guid personId, CancellationToken ct) =>
        db.CareProceedings.AsNoTracking().Where(p => p.PersonId == personId && p.ConcludedOn == null).FirstOrDefaultAsync(ct);

    private async Task<CareProceedings> TrackedAsync(Guid personId, Guid proceedingsId, CancellationToken ct) =>
        await db.CareProceedings.Include(p => p.Extensions).SingleOrDefaultAsync(p => p.Id == proceedingsId && p.PersonId == personId, ct)
        ?? throw CaseRuleException.Of("", "These proceedings are not on this child's record");

    private CareProceedings New(Guid personId) => new()
    {
        Id = Guid.NewGuid(), PersonId = personId, RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = Now,
    };
}
