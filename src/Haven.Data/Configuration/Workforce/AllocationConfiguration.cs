namespace Haven.Data.Configuration.Workforce;

/// <summary>Which worker a child is allocated to.</summary>
internal sealed class AllocationConfiguration : IEntityTypeConfiguration<Allocation>
{
    public void Configure(EntityTypeBuilder<Allocation> builder)
    {
        builder.ToTable("allocations");
        builder.HasIndex(a => a.PersonId);
        builder.HasIndex(a => a.WorkerUserId);
        // The team tray and the access rule's "allocated to my team" ask by team.
        builder.HasIndex(a => a.TeamId);
        builder.PartOfRecord(a => a.PersonId);
        builder.Property(a => a.Reason).HasMaxLength(AllocationRules.ReasonLength);
        builder.Property(a => a.HandoverNote).HasMaxLength(AllocationRules.HandoverLength);
    }
}
