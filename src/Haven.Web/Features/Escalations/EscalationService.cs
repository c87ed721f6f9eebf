using Haven.Domain.Escalations;

namespace Haven.Web.Features.Escalations;

/// <summary>A plan an escalation or quality note can be about, as the chair's pages show it.</summary>
public sealed record PlanSummary(PlanKind Kind, Guid Id, Guid PersonId, Guid ReferralId, DateOnly StartDate, DateOnly? EndDate, string Url)
{
    // A care plan is re-agreed within the period of care, so it is named by the period rather than by a start of its own.
    public string Label => Kind == PlanKind.CarePlan
        ? $"{PlanKinds.Label(Kind)}, in care from {DateText.Date(StartDate)}"
        : $"{PlanKinds.Label(Kind)} from {DateText.Date(StartDate)}";
}

/// <summary>What was entered to raise an escalation or move it on; any answer may be missing, and the rule says which.</summary>
public sealed record EscalationEntry(EscalationStage? Stage, DateOnly? On, string? RaisedWith, string? Text);

/// <summary>
/// Escalations and chair's quality notes: each change runs its rule once, then is saved with its case event in the
/// same SaveChanges, so it shows in the record's history with who, when and the before and after.
/// </summary>
public sealed class EscalationService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    private DateOnly Today => UkClock.Today(clock);

    /// <summary>The plan, on this child's record; anything else is not found.</summary>
    public async Task<PlanSummary?> PlanAsync(Guid personId, PlanKind kind, Guid planId, CancellationToken ct) => kind switch
    {
        PlanKind.ChildProtectionPlan => await db.ChildProtectionPlans.AsNoTracking().Where(p => p.Id == planId && p.PersonId == personId)
            .Select(p => new PlanSummary(kind, p.Id, p.PersonId, p.ReferralId, p.StartDate, p.EndDate,
                "/people/" + p.PersonId + "/social-care/" + p.ReferralId + "/child-protection-plans/" + p.Id))
            .SingleOrDefaultAsync(ct),
        PlanKind.ChildInNeedPlan => await db.ChildInNeedPlans.AsNoTracking().Where(p => p.Id == planId && p.PersonId == personId)
            .Select(p => new PlanSummary(kind, p.Id, p.PersonId, p.ReferralId, p.StartDate, p.EndDate,
                "/people/" + p.PersonId + "/social-care/" + p.ReferralId + "#child-in-need"))
            .SingleOrDefaultAsync(ct),
        // The link is made here, not in SQL, so the id is written as the app writes it (SQLite stores ids in capitals).
        PlanKind.CarePlan => await db.CarePeriods.AsNoTracking().Where(p => p.Id == planId && p.PersonId == personId)
            .Select(p => new PlanSummary(kind, p.Id, p.PersonId, p.ReferralId, p.StartDate, p.EndDate, ""))
            .SingleOrDefaultAsync(ct) is { } care ? care with { Url = $"/people/{care.PersonId}/care/reviews" } : null,
        _ => null,
    };

    public async Task<Escalation> RaiseAsync(PlanSummary plan, EscalationEntry entered, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(entered);
        CaseRuleException.ThrowIfAny(EscalationRules.ValidateRaise(entered.Stage, entered.On, entered.RaisedWith, entered.Text, plan.StartDate, Today));
        var escalation = new Escalation
        {
            Id = Guid.NewGuid(),
            PersonId = plan.PersonId,
            ConcernsKind = plan.Kind,
            ConcernsId = plan.Id,
            Concern = entered.Text!.Trim(),
            RaisedWith = entered.RaisedWith!.Trim(),
            RaisedOn = entered.On!.Value,
            RaisedByUserId = user.UserId,
            RaisedByName = user.DisplayName,
            Stage = entered.Stage!.Value,
        };
        escalation.Steps.Add(new EscalationStep
        {
            Id = Guid.NewGuid(), EscalationId = escalation.Id, Stage = escalation.Stage, On = escalation.RaisedOn,
            RaisedWith = escalation.RaisedWith, RecordedByName = user.DisplayName,
        });
        db.Escalations.Add(escalation);
        recorder.Record(plan.PersonId, CaseEventTypes.EscalationRaised,
            $"Escalation raised ({EscalationStages.Label(escalation.Stage).ToLowerInvariant()}) about the {PlanKinds.InSentence(plan.Kind)}",
            [
                new FieldChange("Stage", null, EscalationStages.Label(escalation.Stage)),
                new FieldChange("Raised on", null, DateText.Date(escalation.RaisedOn)),
                new FieldChange("Raised with", null, escalation.RaisedWith),
                new FieldChange("Concern", null, escalation.Concern),
                new FieldChange("About", null, plan.Label),
            ]);
        await db.SaveChangesAsync(ct);
        return escalation;
    }

    /// <summary>Moves the escalation to a later stage, or resolves it with the outcome; each stage keeps its own date.</summary>
    public async Task MoveOnAsync(Guid personId, Guid escalationId, EscalationEntry entered, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entered);
        var escalation = await db.Escalations.Include(e => e.Steps).SingleOrDefaultAsync(e => e.Id == escalationId && e.PersonId == personId, ct)
            ?? throw new InvalidOperationException("There is no such escalation on this record.");
        CaseRuleException.ThrowIfAny(EscalationRules.ValidateNextStage(escalation, entered.Stage, entered.On, entered.RaisedWith, entered.Text, Today));
        var before = escalation.Stage;
        var stage = entered.Stage!.Value;
        var on = entered.On!.Value;
        var resolved = stage == EscalationStage.Resolved;
        var step = new EscalationStep
        {
            Id = Guid.NewGuid(), EscalationId = escalation.Id, Stage = stage, On = on,
            RaisedWith = resolved ? escalation.RaisedWith : entered.RaisedWith!.Trim(), Note = Typed.Clean(entered.Text), RecordedByName = user.DisplayName,
        };
        db.EscalationSteps.Add(step);
        var raisedWithBefore = escalation.RaisedWith;
        escalation.Stage = stage;
        escalation.RaisedWith = step.RaisedWith;
        if (resolved)
        {
            escalation.Outcome = step.Note;
            escalation.ResolvedOn = on;
        }
        recorder.Record(personId, resolved ? CaseEventTypes.EscalationResolved : CaseEventTypes.EscalationStageChanged,
            resolved
                ? $"Escalation about the {PlanKinds.InSentence(escalation.ConcernsKind)} resolved on {DateText.Date(on)}"
                : $"Escalation about the {PlanKinds.InSentence(escalation.ConcernsKind)} moved to {EscalationStages.Label(stage).ToLowerInvariant()} on {DateText.Date(on)}",
            [
                new FieldChange("Stage", EscalationStages.Label(before), EscalationStages.Label(stage)),
                new FieldChange(resolved ? "Resolved on" : "Reached on", null, DateText.Date(on)),
                new FieldChange("Raised with", raisedWithBefore, step.RaisedWith),
                new FieldChange(resolved ? "Outcome" : "Note", null, step.Note),
            ]);
        await db.SaveChangesAsync(ct);
    }

    public async Task<ChairQualityNote> AddQualityNoteAsync(PlanSummary plan, PlanQuality? quality, DateOnly? on, string? text, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plan);
        CaseRuleException.ThrowIfAny(EscalationRules.ValidateQualityNote(quality, on, text, plan.StartDate, Today));
        var note = new ChairQualityNote
        {
            Id = Guid.NewGuid(),
            PersonId = plan.PersonId,
            ConcernsKind = plan.Kind,
            ConcernsId = plan.Id,
            WrittenOn = on!.Value,
            Quality = quality!.Value,
            Note = text!.Trim(),
            WrittenByUserId = user.UserId,
            WrittenByName = user.DisplayName,
        };
        db.ChairQualityNotes.Add(note);
        recorder.Record(plan.PersonId, CaseEventTypes.ChairQualityNoteAdded,
            $"Chair's quality note on the {PlanKinds.InSentence(plan.Kind)}: {PlanQualities.Label(note.Quality).ToLowerInvariant()}",
            [
                new FieldChange("Quality", null, PlanQualities.Label(note.Quality)),
                new FieldChange("Written on", null, DateText.Date(note.WrittenOn)),
                new FieldChange("Note", null, note.Note),
                new FieldChange("About", null, plan.Label),
            ]);
        await db.SaveChangesAsync(ct);
        return note;
    }
}
