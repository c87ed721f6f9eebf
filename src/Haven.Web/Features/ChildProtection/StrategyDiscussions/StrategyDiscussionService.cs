using static Haven.Web.Features.ChildProtection.ChildProtectionText;

namespace Haven.Web.Features.ChildProtection.StrategyDiscussions;

public sealed record StrategyDiscussionDetails(
    DateOnly HeldOn, string Chair, IReadOnlyList<ChildProtectionChecks.Participant> Participants, StrategyDecision Decision, string Rationale);

/// <summary>Records strategy discussions, each with its event in the same SaveChanges.</summary>
public sealed class StrategyDiscussionService(HavenDbContext db, CaseRecorder recorder, TimeProvider clock, ChildProtectionChanges childProtection)
{
    private DateOnly Today => UkClock.Today(clock);

    public async Task<StrategyDiscussion> RecordStrategyDiscussionAsync(Guid personId, Guid referralId, StrategyDiscussionDetails details, CancellationToken ct)
    {
        var referral = await childProtection.OpenReferralAsync(personId, referralId, ct);
        CaseRuleException.ThrowIfAny(ChildProtectionChecks.ValidateStrategyDiscussion(details.HeldOn, referral.ReferralDate, Today, details.Chair, details.Participants, details.Decision, details.Rationale));
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
}
