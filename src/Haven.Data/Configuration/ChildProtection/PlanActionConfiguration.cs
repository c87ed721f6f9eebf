namespace Haven.Data.Configuration.ChildProtection;

/// <summary>
/// One line of a child protection or a child in need plan. The two kinds of plan keep their actions in one
/// table, so each kind has its own nullable key (each indexed, for reading a plan's actions) and a check
/// constraint says that an action belongs to exactly one plan.
/// </summary>
internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("plan_actions", t => t.HasCheckConstraint(
            "CK_plan_actions_one_plan",
            """("ChildProtectionPlanId" IS NULL) <> ("ChildInNeedPlanId" IS NULL)"""));
        // Cascade, like a plan's core group and reviews: an action is part of its plan and means nothing without
        // it. (Plans are never deleted by Haven; this only says what a deletion would take with it.)
        builder.HasOne<ChildProtectionPlan>().WithMany().HasForeignKey(x => x.ChildProtectionPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChildInNeedPlan>().WithMany().HasForeignKey(x => x.ChildInNeedPlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
