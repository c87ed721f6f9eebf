using Haven.Domain.Plans;
using static Haven.Web.Features.ChildProtection.ChildProtectionChanges;
using static Haven.Web.Features.ChildProtection.ChildProtectionText;

namespace Haven.Web.Features.ChildProtection.ProtectionPlans;

/// <summary>Changes to an open child protection plan: its actions, its contingency, and ending it outside a review conference.</summary>
public sealed class ProtectionPlanService(HavenDbContext db, CaseRecorder recorder, TimeProvider clock, ChildProtectionChanges childProtection)
{
    private DateOnly Today => UkClock.Today(clock);

    public async Task AddPlanActionAsync(Guid planId, NewPlanAction entered, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(entered);
        var plan = await childProtection.OpenPlanAsync(planId, ct);
        // The one plan action rule, run once here; the page only shows what it says.
        CaseRuleException.ThrowIfAny(PlanActionRules.Check(entered, plan.StartDate).Problems.ToDictionary(p => p.Field, p => p.Message));
        var due = entered.DueDate!.Value;
        var added = new PlanAction { Id = Guid.NewGuid(), ChildProtectionPlanId = plan.Id, Need = entered.Need!.Trim(), Action = entered.Action!.Trim(), Owner = entered.Owner!.Trim(), DueDate = due, MeasureOfSuccess = Typed.Clean(entered.MeasureOfSuccess) };
        db.PlanActions.Add(added);
        recorder.Record(plan.PersonId, CaseEventTypes.PlanActionAdded, $"Child protection plan action for {added.Owner}, due {Date(due)}",
            Present(
                new FieldChange("Need", null, added.Need),
                new FieldChange("Action", null, added.Action),
                new FieldChange("Owner", null, added.Owner),
                new FieldChange("Due", null, Date(due)),
                new FieldChange("Measure of success", null, added.MeasureOfSuccess)));
        await db.SaveChangesAsync(ct);
    }

    public async Task CompletePlanActionAsync(Guid planId, Guid actionId, CancellationToken ct)
    {
        var plan = await childProtection.OpenPlanAsync(planId, ct);
        var action = await db.PlanActions.SingleOrDefaultAsync(a => a.Id == actionId && a.ChildProtectionPlanId == plan.Id, ct)
            ?? throw CaseRuleException.Of("", "There is no such action in this plan");
        if (action.CompletedOn is not null)
        {
            throw CaseRuleException.Of("", "This action is already done");
        }
        action.CompletedOn = Today;
        recorder.Record(plan.PersonId, CaseEventTypes.PlanActionCompleted, $"Child protection plan action done: {action.Action}",
            [new FieldChange("Status", "Not done", "Done"), new FieldChange("Done on", null, Date(Today))]);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Saves the contingency as an edit of <paramref name="loadedVersion"/> of the plan (see <see cref="EditSaving"/>).</summary>
    public async Task UpdateContingencyAsync(Guid planId, string contingency, int? loadedVersion, CancellationToken ct)
    {
        var plan = await childProtection.OpenPlanAsync(planId, ct);
        if (string.IsNullOrWhiteSpace(contingency))
        {
            throw CaseRuleException.Of("Contingency", "Enter the contingency plan: what will happen if things do not change");
        }
        var changes = new ChangeSet().Compare("Contingency", plan.Contingency, contingency);
        if (changes.IsEmpty)
        {
            return;
        }
        plan.Contingency = contingency.Trim();
        recorder.Record(plan.PersonId, CaseEventTypes.ChildProtectionPlanUpdated, "Child protection plan contingency updated", changes.Changes);
        await db.SaveEditAsync(plan, loadedVersion, plan.PersonId, saved => new ChangeSet().Compare("Contingency", saved.Contingency, contingency).Changes, ct);
    }

    /// <summary>Ends a plan outside a review conference, for example when the child becomes looked after or moves away.</summary>
    public async Task EndPlanAsync(Guid planId, DateOnly endDate, PlanEndReason reason, string? note, CancellationToken ct)
    {
        var plan = await childProtection.OpenPlanAsync(planId, ct);
        if (ChildProtectionRules.ValidatePlanEnd(plan.StartDate, endDate, Today) is { } problem)
        {
            throw CaseRuleException.Of("EndDate", problem);
        }
        childProtection.EndPlan(plan, endDate, reason, note);
        await db.SaveChangesAsync(ct);
    }
}
