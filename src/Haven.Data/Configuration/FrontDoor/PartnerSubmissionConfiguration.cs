namespace Haven.Data.Configuration.FrontDoor;

/// <summary>
/// What a partner agency sent through the public referral form, kept as sent until the front door turns it into a
/// contact. Lengths bound what an anonymous form can store.
/// </summary>
internal sealed class PartnerSubmissionConfiguration : IEntityTypeConfiguration<PartnerSubmission>
{
    public void Configure(EntityTypeBuilder<PartnerSubmission> builder)
    {
        builder.ToTable("partner_submissions");
        builder.HasIndex(x => x.Reference).IsUnique();
        // Unique so that a form posted twice (back button, double click) is stored once.
        builder.HasIndex(x => x.SubmissionToken).IsUnique();
        builder.HasIndex(x => new { x.Status, x.SubmittedAtUtc });
        builder.Property(x => x.Reference).HasMaxLength(20);
        builder.Property(x => x.SubmissionToken).HasMaxLength(64);
        builder.Property(x => x.SourceCode).HasMaxLength(3);
        builder.Property(x => x.ReferrerName).HasMaxLength(200);
        builder.Property(x => x.ReferrerOrganisation).HasMaxLength(200);
        builder.Property(x => x.ReferrerEmail).HasMaxLength(254);
        builder.Property(x => x.ChildFirstName).HasMaxLength(100);
        builder.Property(x => x.ChildLastName).HasMaxLength(100);
        builder.Property(x => x.Concern).HasMaxLength(10_000);
        builder.Property(x => x.ChildsViews).HasMaxLength(5_000);
        builder.Property(x => x.Consent).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ParentsAware).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
        // The child the front door matched the form to: a key, so that merging duplicates moves the match too.
        builder.HasOne<Person>().WithMany().HasForeignKey(x => x.MatchedPersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
