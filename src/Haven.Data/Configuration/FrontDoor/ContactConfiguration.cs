namespace Haven.Data.Configuration.FrontDoor;

/// <summary>A contact at the front door, with its screening decision and the feedback owed to the referrer (one of each at most).</summary>
internal sealed class ContactConfiguration :
    IEntityTypeConfiguration<Contact>,
    IEntityTypeConfiguration<ScreeningDecision>,
    IEntityTypeConfiguration<ReferrerFeedback>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasIndex(c => c.Reference).IsUnique();
        builder.HasIndex(c => c.PersonId);
        // Contacts about the same children arriving together share a group id; it names no table.
        builder.HasIndex(c => c.ContactGroupId);
        builder.HasIndex(c => c.ReceivedAtUtc);
        builder.Property(c => c.Reference).HasMaxLength(20);
        builder.Property(c => c.SourceCode).HasMaxLength(3);
        builder.Property(c => c.Route).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Consent).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ParentsAware).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.DashRiskLevel).HasConversion<string>().HasMaxLength(10);
        builder.PartOfRecord(c => c.PersonId);
        builder.HasOne(c => c.Decision).WithOne().HasForeignKey<ScreeningDecision>(d => d.ContactId);
        builder.HasOne(c => c.Feedback).WithOne().HasForeignKey<ReferrerFeedback>(f => f.ContactId);
    }

    public void Configure(EntityTypeBuilder<ScreeningDecision> builder)
    {
        builder.ToTable("screening_decisions");
        builder.HasIndex(d => d.DecidedAtUtc);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Threshold).HasConversion<string>().HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<ReferrerFeedback> builder)
    {
        builder.ToTable("referrer_feedback");
        builder.HasIndex(f => new { f.Status, f.DueAtUtc });
        builder.Property(f => f.Method).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
    }
}
