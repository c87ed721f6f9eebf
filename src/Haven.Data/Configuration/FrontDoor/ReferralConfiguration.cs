namespace Haven.Data.Configuration.FrontDoor;

/// <summary>
/// A referral to children's social care: the episode (CIN census) that assessments, plans and conferences hang off.
/// </summary>
internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.ToTable("referrals");
        builder.HasIndex(r => r.PersonId);
        builder.HasIndex(r => r.ReferralDate);
        // Unique: a contact becomes at most one referral. Imported referrals have no contact (null).
        builder.HasIndex(r => r.ContactId).IsUnique();
        builder.Property(r => r.SourceCode).HasMaxLength(3);
        builder.Property(r => r.PrimaryNeedCode).HasMaxLength(3);
        builder.Property(r => r.ReasonForClosure).HasMaxLength(3);
        builder.PartOfRecord(r => r.PersonId);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Restrict);
    }
}
