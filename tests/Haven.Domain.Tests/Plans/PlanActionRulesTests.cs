using Haven.Domain.Plans;
using Haven.Domain.Rules;

namespace Haven.Domain.Tests.Plans;

/// <summary>One rule for a line of a child in need plan and of a child protection plan (the worked examples of both).</summary>
public sealed class PlanActionRulesTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso);

    private static RuleResult Check(string? need, string? action, string? owner, DateOnly? due, DateOnly planStart) =>
        PlanActionRules.Check(new NewPlanAction(need, action, owner, due, null), planStart);

    [Fact]
    public void A_plan_action_says_what_must_change_what_will_be_done_and_who_does_it()
    {
        var result = Check(" ", null, "", D("2027-01-06"), D("2027-01-07"));
        Assert.Equal([PlanActionRules.Fields.Need, PlanActionRules.Fields.Action, PlanActionRules.Fields.Owner, PlanActionRules.Fields.DueDate],
            result.Problems.Select(p => p.Field));
        Assert.True(Check("Mia is left alone", "After-school club place", "Sam Okafor", D("2027-02-01"), D("2027-01-07")).IsValid);
    }

    [Fact]
    public void A_plan_action_needs_a_need_an_action_an_owner_and_a_due_date_on_or_after_the_start()
    {
        Assert.Equal(["Action", "DueDate", "Need", "Owner"], Check("", null, " ", null, D("2026-11-02")).Problems.Select(p => p.Field).Order(StringComparer.Ordinal));
        Assert.Equal("The due date cannot be before the plan started on 2 November 2026",
            Check("Attendance", "Walk to school", "Mum", D("2026-11-01"), D("2026-11-02")).MessageFor(PlanActionRules.Fields.DueDate));
        Assert.True(Check("Attendance", "Walk to school", "Mum", D("2026-11-02"), D("2026-11-02")).IsValid);
    }

    [Fact]
    public void Both_plans_say_the_same_thing_when_an_answer_is_missing()
    {
        var result = Check(null, null, null, null, D("2026-11-02"));
        Assert.Equal("Enter the need or risk: what must change for the child", result.MessageFor(PlanActionRules.Fields.Need));
        Assert.Equal("Enter what will be done", result.MessageFor(PlanActionRules.Fields.Action));
        Assert.Equal("Enter who will do it", result.MessageFor(PlanActionRules.Fields.Owner));
        Assert.Equal("Enter the date it is due", result.MessageFor(PlanActionRules.Fields.DueDate));
    }
}
