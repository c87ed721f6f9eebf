namespace Haven.Data.Configuration.ChildInNeed;

/// <summary>A child in need plan with its reviews. Its actions are in <see cref="ChildProtection.PlanActionConfiguration"/>.</summary>
internal sealed class ChildInNeedPlanConfiguration :
    IEntityTypeConfiguration<ChildInNeedPlan>,
    IEntityTypeConfiguration<ChildInNeedReview>
{
    public void Configure(EntityTypeBuilder<ChildInNeedPlan> builder)
    {
        builder.ToTable("child_in_need_plans");
        builder.HasIndex(x => x.PersonId);
        builder.Property(x => x.EndReason).HasConversion<string>().HasMaxLength(40);
        builder.PartOfEpisode(x => x.PersonId, x => x.ReferralId);
        builder.HasMany(x => x.Reviews).WithOne().HasForeignKey(x => x.PlanId);
    }

    public void Configure(EntityTypeBuilder<ChildInNeedReview> builder)
    {
        builder.ToTable("child_in_need_reviews");
        builder.Property(x => x.Decision).HasConversion<string>().HasMaxLength(30);
    }
}
