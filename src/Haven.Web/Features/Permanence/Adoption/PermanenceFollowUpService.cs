using Haven.Domain.Permanence;
using Haven.Web.Features.LookedAfter;

namespace Haven.Web.Features.Permanence.Adoption;

/// <summary>
/// Life story work and the later life letter, long-term fostering matches and plans to return home, each saved with
/// its case event (before and after) in one SaveChanges.
/// </summary>
public sealed class PermanenceFollowUpService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock)
{
    private DateOnly Today => UkClock.Today(clock);

    /// <summary>Whether the period's plan calls for life story work (adoption or long-term care, or a standing decision to place for adoption), and whether it is adoption.</summary>
    public static async Task<(bool Planned, bool Adoption)> LifeStoryPlanAsync(HavenDbContext db, Guid carePeriodId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = await db.PermanencePlans.AsNoTracking().Where(p => p.CarePeriodId == carePeriodId).OrderByDescending(p => p.AgreedOn).ThenByDescending(p => p.RecordedAtUtc)
            .Select(p => (PermanencePlanType?)p.PlanType).FirstOrDefaultAsync(ct);
        var adoption = plan == PermanencePlanType.Adoption || await db.AdoptionJourneys.AnyAsync(j => j.CarePeriodId == carePeriodId && j.ReversedOn == null, ct);
        return (adoption || (plan is { } p && PermanenceFollowUpRules.LifeStoryPlans.Contains(p)), adoption);
    }

    /// <summary>One step of the child's life story work, in the open period of care.</summary>
    public async Task RecordLifeStoryAsync(Guid personId, LifeStoryStep? step, DateOnly? on, string? text, CancellationToken ct)
    {
        var period = await db.OpenCarePeriodAsync(personId, ct);
        var work = await db.LifeStoryWork.SingleOrDefaultAsync(w => w.CarePeriodId == period.Id, ct);
        var (planned, adoption) = await LifeStoryPlanAsync(db, period.Id, ct);
        CaseRuleException.ThrowIfAny(PermanenceFollowUpRules.CheckLifeStory(step, on, text, work, planned, adoption, period.StartDate, Today));
        if (work is null)
        {
            work = new LifeStoryWork { Id = Guid.NewGuid(), PersonId = personId, CarePeriodId = period.Id, RecordedByUserId = user.UserId, RecordedByName = user.DisplayName };
            db.LifeStoryWork.Add(work);
        }
        var statusBefore = work.Status;
        var date = on!.Value;
        var who = Typed.Clean(text);
        var changes = new List<FieldChange>();
        switch (step!.Value)
        {
            case LifeStoryStep.NotNeeded:
                work.NotNeededOn = date;
                work.NotNeededReason = who;
                changes.Add(new("Why not needed", null, who));
                break;
            case LifeStoryStep.Started:
                work.StartedOn = date;
                break;
            case LifeStoryStep.Reviewed:
                changes.Add(new("Last reviewed", DateText.Date(work.LastReviewedOn), DateText.Date(date)));
                work.LastReviewedOn = date;
                work.Reviews++;
                break;
            case LifeStoryStep.BookGiven:
                work.BookGivenOn = date;
                work.BookGivenTo = who;
                changes.Add(new("Life story book given to", null, who));
                break;
            case LifeStoryStep.LetterWritten:
                work.LetterWrittenOn = date;
                break;
            case LifeStoryStep.LetterGiven:
                work.LetterGivenOn = date;
                work.LetterGivenTo = who;
                changes.Add(new("Later life letter given to", null, who));
                break;
        }
        work.RecordedByUserId = user.UserId;
        work.RecordedByName = user.DisplayName;
        work.RecordedAtUtc = clock.GetUtcNow().UtcDateTime;
        changes.Insert(0, new("On", null, DateText.Date(date)));
        if (work.Status != statusBefore)
        {
            changes.Add(new("Life story work", PermanenceFollowUpText.Status(statusBefore), PermanenceFollowUpText.Status(work.Status)));
        }
        var done = PermanenceFollowUpText.Done(step.Value, who);
        recorder.Record(personId, CaseEventTypes.LifeStoryWorkRecorded, $"{done} on {DateText.Date(date)}", changes);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The agency decision maker's confirmation that the child's current placement is their long-term foster
    /// placement; the child's permanence plan becomes long-term foster care the same day (unless it already is).
    /// </summary>
    public async Task MatchLongTermAsync(Guid personId, DateOnly? panelOn, DateOnly? decidedOn, string? decidedBy, string? note, CancellationToken ct)
    {
        var period = await db.OpenCarePeriodAsync(personId, ct);
        var placement = await db.Placements.AsNoTracking().Where(p => p.CarePeriodId == period.Id && p.EndDate == null).OrderByDescending(p => p.StartDate).FirstOrDefaultAsync(ct);
        var carer = placement?.CarerId is { } carerId ? await db.Carers.AsNoTracking().SingleOrDefaultAsync(c => c.Id == carerId, ct) : null;
        var matched = placement is not null && await db.LongTermFosteringMatches.AnyAsync(m => m.PlacementId == placement.Id, ct);
        CaseRuleException.ThrowIfAny(PermanenceFollowUpRules.CheckLongTermMatch(panelOn, decidedOn, decidedBy, placement, carer, matched, Today));
        var match = new LongTermFosteringMatch
        {
            Id = Guid.NewGuid(), PersonId = personId, CarePeriodId = period.Id, PlacementId = placement!.Id, CarerId = carer!.Id, PanelOn = panelOn,
            DecidedOn = decidedOn!.Value, DecidedBy = Typed.Clean(decidedBy)!, Note = Typed.Clean(note),
            RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.LongTermFosteringMatches.Add(match);
        recorder.Record(personId, CaseEventTypes.LongTermFosteringMatched,
            $"{carer.Name} confirmed as the child's long-term foster carers on {DateText.Date(match.DecidedOn)}",
            [
                new FieldChange("Long-term foster carers", null, carer.Name),
                new FieldChange("Fostering panel", null, match.PanelOn is { } p ? DateText.Date(p) : null),
                new FieldChange("Agency decision", null, DateText.Date(match.DecidedOn)),
                new FieldChange("Agency decision maker", null, match.DecidedBy),
                new FieldChange("Note", null, match.Note),
            ]);
        var previous = await db.PermanencePlans.AsNoTracking().Where(p => p.CarePeriodId == period.Id).OrderByDescending(p => p.AgreedOn).ThenByDescending(p => p.RecordedAtUtc).FirstOrDefaultAsync(ct);
        if (previous?.PlanType != PermanencePlanType.LongTermFosterCare)
        {
            var plan = new PermanencePlan
            {
                Id = Guid.NewGuid(), PersonId = personId, CarePeriodId = period.Id, PlanType = PermanencePlanType.LongTermFosterCare, AgreedOn = match.DecidedOn,
                Note = $"Long-term foster placement with {carer.Name} confirmed by {match.DecidedBy}",
                RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.PermanencePlans.Add(plan);
            recorder.Record(personId, CaseEventTypes.PermanencePlanAgreed,
                $"Permanence plan agreed on {DateText.Date(plan.AgreedOn)}: {PermanencePlanTypes.Label(plan.PlanType).ToLowerInvariant()}",
                [
                    new FieldChange("Plan", previous is null ? null : PermanencePlanTypes.Label(previous.PlanType), PermanencePlanTypes.Label(plan.PlanType)),
                    new FieldChange("Agreed", DateText.Date(previous?.AgreedOn), DateText.Date(plan.AgreedOn)),
                    new FieldChange("Note", previous?.Note, plan.Note),
                ]);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The plan to return home, for the child's latest period of care (open, or ended with the child going home).</summary>
    public async Task PlanReturnHomeAsync(Guid personId, DateOnly? assessedOn, string? assessment, DateOnly? supportOn, string? support, CancellationToken ct)
    {
        var period = await db.CarePeriods.AsNoTracking().Where(p => p.PersonId == personId).OrderByDescending(p => p.StartDate).FirstOrDefaultAsync(ct)
            ?? throw CaseRuleException.Of("", RecordLoader.NotInCare);
        var planned = await db.ReturnHomePlans.AnyAsync(r => r.CarePeriodId == period.Id, ct);
        CaseRuleException.ThrowIfAny(PermanenceFollowUpRules.CheckReturnHomePlan(assessedOn, assessment, supportOn, support, period, planned, Today));
        var plan = new ReturnHomePlan
        {
            Id = Guid.NewGuid(), PersonId = personId, CarePeriodId = period.Id, AssessedOn = assessedOn!.Value, Assessment = Typed.Clean(assessment)!,
            SupportPlanAgreedOn = supportOn!.Value, SupportPlan = Typed.Clean(support)!,
            RecordedByUserId = user.UserId, RecordedByName = user.DisplayName, RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.ReturnHomePlans.Add(plan);
        recorder.Record(personId, CaseEventTypes.ReturnHomePlanned, $"Plan to return home: parents assessed {DateText.Date(plan.AssessedOn)}, support plan agreed {DateText.Date(plan.SupportPlanAgreedOn)}",
            [
                new FieldChange("Assessment of the parents", null, DateText.Date(plan.AssessedOn)),
                new FieldChange("What the assessment found", null, plan.Assessment),
                new FieldChange("Support plan agreed", null, DateText.Date(plan.SupportPlanAgreedOn)),
                new FieldChange("Support plan", null, plan.SupportPlan),
            ]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The review of how the return home is going.</summary>
    public async Task ReviewReturnHomeAsync(Guid personId, Guid planId, DateOnly? reviewedOn, string? outcome, CancellationToken ct)
    {
        var plan = await db.ReturnHomePlans.SingleOrDefaultAsync(r => r.Id == planId && r.PersonId == personId, ct)
            ?? throw CaseRuleException.Of("", "This plan to return home is not on this child's record");
        var period = await db.CarePeriods.AsNoTracking().SingleAsync(p => p.Id == plan.CarePeriodId, ct);
        CaseRuleException.ThrowIfAny(PermanenceFollowUpRules.CheckReturnHomeReview(reviewedOn, outcome, plan, period, Today));
        plan.ReviewedOn = reviewedOn;
        plan.ReviewOutcome = Typed.Clean(outcome);
        recorder.Record(personId, CaseEventTypes.ReturnHomeReviewed, $"Return home reviewed on {DateText.Date(reviewedOn!.Value)}",
            [
                new FieldChange("Reviewed", null, DateText.Date(reviewedOn.Value)),
                new FieldChange("How it is going", null, plan.ReviewOutcome),
                new FieldChange("Was due", null, DateText.Date(PermanenceFollowUpTimescales.ReturnHomeReviewDue(period.EndDate!.Value))),
            ]);
        await db.SaveChangesAsync(ct);
    }
}
