namespace Haven.Data.Configuration.ChildProtection;

/// <summary>A child protection plan with its core group and core group meetings. Its actions are in <see cref="PlanActionConfiguration"/>.</summary>
internal sealed class ChildProtectionPlanConfiguration :
    IEntityTypeConfiguration<ChildProtectionPlan>,
    IEntityTypeConfiguration<CoreGroupMember>,
    IEntityTypeConfiguration<CoreGroupMeeting>
{
    public void Configure(EntityTypeBuilder<ChildProtectionPlan> builder)
    {
        builder.ToTable("child_protection_plans");
        builder.HasIndex(x => x.PersonId);
        builder.HasIndex(x => x.StartDate);
        builder.Property(x => x.InitialCategory).HasMaxLength(3);
        builder.Property(x => x.LatestCategory).HasMaxLength(3);
        builder.Property(x => x.EndReason).HasConversion<string>().HasMaxLength(40);
        builder.PartOfEpisode(x => x.PersonId, x => x.ReferralId);
        builder.HasMany(x => x.CoreGroup).WithOne().HasForeignKey(x => x.PlanId);
        builder.HasMany(x => x.CoreGroupMeetings).WithOne().HasForeignKey(x => x.PlanId);
    }

    public void Configure(EntityTypeBuilder<CoreGroupMember> builder) => builder.ToTable("core_group_members");

    public void Configure(EntityTypeBuilder<CoreGroupMeeting> builder) => builder.ToTable("core_group_meetings");
}
