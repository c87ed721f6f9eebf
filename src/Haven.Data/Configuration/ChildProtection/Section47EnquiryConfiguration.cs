namespace Haven.Data.Configuration.ChildProtection;

/// <summary>A section 47 enquiry, started by a strategy discussion.</summary>
internal sealed class Section47EnquiryConfiguration : IEntityTypeConfiguration<Section47Enquiry>
{
    public void Configure(EntityTypeBuilder<Section47Enquiry> builder)
    {
        builder.ToTable("section47_enquiries");
        builder.HasIndex(x => x.PersonId);
        builder.HasIndex(x => x.AllocatedWorkerUserId);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(40);
        builder.PartOfEpisode(x => x.PersonId, x => x.ReferralId);
        builder.HasOne<StrategyDiscussion>().WithMany().HasForeignKey(x => x.StrategyDiscussionId).OnDelete(DeleteBehavior.Restrict);
    }
}
