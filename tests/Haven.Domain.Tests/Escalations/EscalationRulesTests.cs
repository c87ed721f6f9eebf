using Haven.Domain.Escalations;

namespace Haven.Domain.Tests.Escalations;

public sealed class EscalationRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 25);
    private static readonly DateOnly PlanStart = new(2026, 9, 1);

    private static Escalation AtStage1() => new()
    {
        Id = Guid.NewGuid(), PersonId = Guid.NewGuid(), ConcernsKind = PlanKind.ChildProtectionPlan, ConcernsId = Guid.NewGuid(),
        Concern = "Drift", RaisedWith = "Team manager", RaisedOn = new DateOnly(2026, 11, 10), RaisedByUserId = "iro", RaisedByName = "Ines Chair",
        Stage = EscalationStage.Stage1,
        Steps =
        [
            new EscalationStep { Stage = EscalationStage.Informal, On = new DateOnly(2026, 11, 10), RaisedWith = "Team manager", RecordedByName = "Ines Chair" },
            new EscalationStep { Stage = EscalationStage.Stage1, On = new DateOnly(2026, 11, 17), RaisedWith = "Team manager", RecordedByName = "Ines Chair" },
        ],
    };

    [Fact]
    public void An_escalation_is_raised_short_of_resolved_with_who_and_what_dated_within_the_plan()
    {
        Assert.True(EscalationRules.ValidateRaise(EscalationStage.Informal, new DateOnly(2026, 11, 10), "Jo Smith", "No core group", PlanStart, Today).IsValid);
        var refused = EscalationRules.ValidateRaise(EscalationStage.Resolved, new DateOnly(2026, 8, 31), " ", null, PlanStart, Today);
        Assert.Equal([EscalationRules.StageField, EscalationRules.OnField, EscalationRules.RaisedWithField, EscalationRules.ConcernField], refused.Problems.Select(p => p.Field));
        Assert.Equal("The date must be the same as or after the plan started (1 September 2026)", refused.MessageFor(EscalationRules.OnField));
        Assert.Equal("The date must be today or in the past", EscalationRules.ValidateRaise(EscalationStage.Stage1, Today.AddDays(1), "Jo", "x", PlanStart, Today).MessageFor(EscalationRules.OnField));
    }

    [Fact]
    public void It_only_moves_forward_each_stage_dated_on_or_after_the_last_and_resolving_needs_the_outcome()
    {
        var escalation = AtStage1();
        Assert.Equal("Select a stage after stage 1", EscalationRules.ValidateNextStage(escalation, EscalationStage.Informal, Today, "x", null, Today).MessageFor(EscalationRules.StageField));
        Assert.Equal("The date must be the same as or after the last stage (17 November 2026)",
            EscalationRules.ValidateNextStage(escalation, EscalationStage.Stage2, new DateOnly(2026, 11, 16), "Service manager", null, Today).MessageFor(EscalationRules.OnField));
        Assert.True(EscalationRules.ValidateNextStage(escalation, EscalationStage.Stage2, new DateOnly(2026, 11, 17), "Service manager", null, Today).IsValid);
        Assert.Equal("Enter the outcome: what was agreed", EscalationRules.ValidateNextStage(escalation, EscalationStage.Resolved, Today, null, " ", Today).MessageFor(EscalationRules.NoteField));
        Assert.True(EscalationRules.ValidateNextStage(escalation, EscalationStage.Resolved, Today, null, "Core group booked", Today).IsValid);

        escalation.Stage = EscalationStage.Resolved;
        Assert.Equal("This escalation is resolved", EscalationRules.ValidateNextStage(escalation, EscalationStage.Stage3, Today, "x", null, Today).MessageFor(""));
    }

    [Fact]
    public void A_quality_note_needs_a_judgement_a_date_within_the_plan_and_the_note()
    {
        Assert.True(EscalationRules.ValidateQualityNote(PlanQuality.Good, Today, "Clear and specific", PlanStart, Today).IsValid);
        Assert.Equal([EscalationRules.QualityField, EscalationRules.OnField, EscalationRules.NoteField],
            EscalationRules.ValidateQualityNote(null, null, "", PlanStart, Today).Problems.Select(p => p.Field));
    }
}
