using Haven.Domain.Plans;

namespace Haven.Web.Features.ChildInNeed;

/// <summary>A review as entered: any answer may be missing, and the review rule says which.</summary>
public sealed record ReviewDetails(DateOnly? HeldOn, string? Progress, string? ChildsViews, ChildInNeedReviewDecision? Decision);

/// <summary>
/// Every change to a child in need plan goes through here with its event in the same SaveChanges: start, actions,
/// reviews (whose decision may step the child up or down) and the end of the plan.
/// </summary>
public sealed class ChildInNeedService(HavenDbContext db, CaseRecorder recorder, TimeProvider clock)
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    private DateOnly Today => UkClock.Today(clock);

    /// <summary>Starts a plan from what was entered; the start rule runs here, once, and refuses missing answers.</summary>
    public async Task<ChildInNeedPlan> StartAsync(Guid personId, Guid referralId, DateOnly? startOn, int? reviewEveryWeeks, int? visitEveryWorkingDays, CancellationToken ct)
    {
        var referral = await db.OpenReferralAsync(personId, referralId, ct);
        var protectionPlans = await db.ChildProtectionPlans.Where(p => p.PersonId == personId && p.ReferralId == referralId)
            .Select(p => new ChildInNeedRules.ProtectionPlanDates(p.StartDate, p.EndDate)).ToListAsync(ct);
        CaseRuleException.ThrowIfAny(ChildInNeedRules.ValidateStart(startOn, reviewEveryWeeks, visitEveryWorkingDays, referral.ReferralDate, Today, protectionPlans));
        var (startDate, reviewIntervalWeeks, visitFrequencyWorkingDays) = (startOn!.Value, reviewEveryWeeks!.Value, visitEveryWorkingDays!.Value);
        if (await db.ChildInNeedPlans.AnyAsync(p => p.ReferralId == referralId && p.EndDate == null, ct))
        {
            throw CaseRuleException.Of("", "This episode already has an open child in need plan");
        }
        var plan = new ChildInNeedPlan
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            ReferralId = referralId,
            StartDate = startDate,
            ReviewIntervalWeeks = reviewIntervalWeeks,
            VisitFrequencyWorkingDays = visitFrequencyWorkingDays,
        };
        db.ChildInNeedPlans.Add(plan);
        recorder.Record(personId, CaseEventTypes.ChildInNeedPlanStarted, $"Child in need plan started on {CaseworkText.Date(startDate)}",
            [
                new FieldChange("Started", null, CaseworkText.Date(startDate)),
                new FieldChange("Reviews every", null, CaseworkText.Weeks(reviewIntervalWeeks)),
                new FieldChange("Visits every", null, CaseworkText.WorkingDays(visitFrequencyWorkingDays)),
                new FieldChange("First review due", null, CaseworkText.Date(ChildInNeedRules.NextReviewDueOn(plan, Calendar))),
            ]);
        await db.SaveChangesAsync(ct);
        return plan;
    }

    public async Task<PlanAction> AddActionAsync(Guid planId, NewPlanAction entered, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entered);
        var plan = await OpenPlanAsync(planId, ct);
        // The one plan action rule, run once here; the page only shows what it says.
        CaseRuleException.ThrowIfAny(PlanActionRules.Check(entered, plan.StartDate).Problems.ToDictionary(p => p.Field, p => p.Message));
        var action = new PlanAction
        {
            Id = Guid.NewGuid(),
            ChildInNeedPlanId = plan.Id,
            Need = entered.Need!.Trim(),
            Action = entered.Action!.Trim(),
            Owner = entered.Owner!.Trim(),
            DueDate = entered.DueDate!.Value,
            MeasureOfSuccess = Typed.Clean(entered.MeasureOfSuccess),
        };
        db.PlanActions.Add(action);
        recorder.Record(plan.PersonId, CaseEventTypes.PlanActionAdded, $"Child in need plan action for {action.Owner}, due {CaseworkText.Date(action.DueDate)}",
            [
                new FieldChange("Need", null, action.Need),
                new FieldChange("Action", null, action.Action),
                new FieldChange("Who", null, action.Owner),
                new FieldChange("Due", null, CaseworkText.Date(action.DueDate)),
                new FieldChange("How we will know", null, action.MeasureOfSuccess),
            ]);
        await db.SaveChangesAsync(ct);
        return action;
    }

    public async Task CompleteActionAsync(Guid planId, Guid actionId, DateOnly completedOn, CancellationToken ct)
    {
        var plan = await OpenPlanAsync(planId, ct);
        var action = await db.PlanActions.SingleOrDefaultAsync(a => a.Id == actionId && a.ChildInNeedPlanId == plan.Id, ct)
            ?? throw new InvalidOperationException("There is no such action in this plan.");
        if (action.CompletedOn is not null)
        {
            throw CaseRuleException.Of("CompletedOn", "This action is already done");
        }
        if (completedOn < plan.StartDate || completedOn > Today)
        {
            throw CaseRuleException.Of("CompletedOn", $"The date must be between the plan's start on {CaseworkText.Date(plan.StartDate)} and today");
        }
        action.CompletedOn = completedOn;
        recorder.Record(plan.PersonId, CaseEventTypes.PlanActionCompleted, $"Child in need plan action done: {action.Action}",
            [new FieldChange("Status", "Not done", "Done"), new FieldChange("Done on", null, CaseworkText.Date(completedOn))]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Records a review; the next review is then due the plan's interval after it.</summary>
    public async Task<ChildInNeedReview> ReviewAsync(Guid planId, ReviewDetails details, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(details);
        var plan = await OpenPlanAsync(planId, ct);
        CaseRuleException.ThrowIfAny(ChildInNeedRules.ValidateReview(plan, details.HeldOn, details.Progress, details.ChildsViews, details.Decision, Today));
        var (heldOn, decision) = (details.HeldOn!.Value, details.Decision!.Value);
        var dueBefore = ChildInNeedRules.NextReviewDueOn(plan, Calendar);
        var review = new ChildInNeedReview
        {
            Id = Guid.NewGuid(),
            PlanId = plan.Id,
            HeldOn = heldOn,
            Progress = details.Progress!.Trim(),
            ChildsViews = details.ChildsViews!.Trim(),
            Decision = decision,
        };
        db.ChildInNeedReviews.Add(review);
        plan.Reviews.Add(review);
        recorder.Record(plan.PersonId, CaseEventTypes.ChildInNeedPlanReviewed,
            $"Child in need plan reviewed on {CaseworkText.Date(heldOn)}: {ChildInNeedReviewDecisions.Label(decision).ToLowerInvariant()}",
            [
                new FieldChange("Progress", null, review.Progress),
                new FieldChange("Child's views", null, review.ChildsViews),
                new FieldChange("Decision", null, ChildInNeedReviewDecisions.Label(review.Decision)),
                new FieldChange("Next review due", CaseworkText.Date(dueBefore), CaseworkText.Date(ChildInNeedRules.NextReviewDueOn(plan, Calendar))),
            ]);
        await db.SaveChangesAsync(ct);
        return review;
    }

    /// <summary>Ends the plan (CIN census CINPlanEndDate) from what was entered; the end rule runs here, once.</summary>
    public async Task EndAsync(Guid planId, DateOnly? endOn, PlanEndReason? endReason, string? note, CancellationToken ct)
    {
        var plan = await OpenPlanAsync(planId, ct);
        CaseRuleException.ThrowIfAny(ChildInNeedRules.ValidateEnd(plan.StartDate, endOn, endReason, Today));
        var (endDate, reason) = (endOn!.Value, endReason!.Value);
        plan.EndDate = endDate;
        plan.EndReason = reason;
        plan.EndNote = Typed.Clean(note);
        recorder.Record(plan.PersonId, CaseEventTypes.ChildInNeedPlanEnded, $"Child in need plan ended: {PlanEndReasons.InSentence(reason)}",
            [
                new FieldChange("Status", "Open", "Ended"),
                new FieldChange("Ended", null, CaseworkText.Date(endDate)),
                new FieldChange("Why", null, PlanEndReasons.Label(reason)),
                new FieldChange("Note", null, plan.EndNote),
            ]);
        await db.SaveChangesAsync(ct);
    }

    private async Task<ChildInNeedPlan> OpenPlanAsync(Guid planId, CancellationToken ct)
    {
        var plan = await db.ChildInNeedPlans.Include(p => p.Reviews).SingleAsync(p => p.Id == planId, ct);
        if (!plan.IsOpen)
        {
            throw CaseRuleException.Of("", "This child in need plan has ended");
        }
        return plan;
    }
}
