using Haven.Domain.Safeguarding;

namespace Haven.Web.Features.Safeguarding.Marac;

/// <summary>A referral of the child's family to MARAC as entered.</summary>
public sealed record MaracReferralDetails(DateOnly? ReferredOn, string? ReferredBy, DashRiskLevel? RiskLevel);

/// <summary>The MARAC meeting as entered: when it was and the actions for children's services.</summary>
public sealed record MaracMeetingDetails(DateOnly? MeetingOn, string? Actions);

/// <summary>
/// Records a child's family's referrals to MARAC and their meetings, each one case event in the same SaveChanges as the
/// change; the chronology reads the table (<see cref="SafeguardingChronology"/>), so each step shows once, as it was then.
/// </summary>
public sealed class MaracService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    private DateOnly Today => UkClock.Today(clock);

    public async Task<MaracReferral> ReferAsync(Guid personId, MaracReferralDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        CaseRuleException.ThrowIfAny(MaracRules.CheckReferral(details.ReferredOn, Typed.Clean(details.ReferredBy), details.RiskLevel, Today));
        var referral = new MaracReferral
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ReferredOn = details.ReferredOn!.Value,
            ReferredBy = Typed.Clean(details.ReferredBy)!,
            RiskLevel = details.RiskLevel!.Value,
            RecordedByUserId = user.UserId,
            RecordedByName = user.DisplayName,
            RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var earlier = await db.MaracReferrals.Where(m => m.PersonId == personId).Select(m => m.ReferredOn).ToListAsync(ct);
        var repeat = MaracRepeat.IsRepeat(referral.ReferredOn, earlier);
        db.MaracReferrals.Add(referral);
        recorder.Record(personId, CaseEventTypes.MaracReferred,
            $"{(repeat ? "Repeat referral" : "Referral")} to MARAC on {DateText.Date(referral.ReferredOn)} by {referral.ReferredBy}: {DashWording.InSentence(referral.RiskLevel)}",
            [
                new FieldChange("Referred on", null, DateText.Date(referral.ReferredOn)),
                new FieldChange("Referred by", null, referral.ReferredBy),
                new FieldChange("DASH risk level", null, DashWording.Label(referral.RiskLevel)),
                new FieldChange("Repeat within 12 months", null, repeat ? "Yes" : "No"),
            ]);
        await db.SaveChangesAsync(ct);
        return referral;
    }

    public async Task MeetingAsync(Guid personId, Guid referralId, MaracMeetingDetails details, int? loadedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var referral = await db.MaracReferrals.SingleOrDefaultAsync(m => m.Id == referralId && m.PersonId == personId, ct)
            ?? throw CaseRuleException.Of("", "There is no such MARAC referral on this child's record");
        CaseRuleException.ThrowIfAny(MaracRules.CheckMeeting(referral, details.MeetingOn, Today));
        var changes = MeetingChanges(referral, details);
        referral.MeetingOn = details.MeetingOn;
        referral.Actions = Typed.Clean(details.Actions);
        recorder.Record(personId, CaseEventTypes.MaracMeetingRecorded,
            $"MARAC meeting on {DateText.Date(details.MeetingOn!.Value)}{(referral.Actions is null ? "" : ": actions for children's services agreed")}", changes.Changes);
        await db.SaveEditAsync(referral, loadedVersion, personId, saved => MeetingChanges(saved, details).Changes, ct);
    }

    private static ChangeSet MeetingChanges(MaracReferral saved, MaracMeetingDetails yours) => new ChangeSet()
        .Compare("Meeting on", saved.MeetingOn is { } m ? DateText.Date(m) : null, yours.MeetingOn is { } y ? DateText.Date(y) : null)
        .Compare("Actions for children's services", saved.Actions, Typed.Clean(yours.Actions));
}
