namespace Haven.Data.Configuration.ChildProtection;

/// <summary>
/// An initial or review child protection conference and who attended. An initial conference follows a section 47
/// enquiry; a review conference belongs to the plan it reviews.
/// </summary>
internal sealed class ChildProtectionConferenceConfiguration :
    IEntityTypeConfiguration<ChildProtectionConference>,
    IEntityTypeConfiguration<ConferenceAttendee>
{
    public void Configure(EntityTypeBuilder<ChildProtectionConference> builder)
    {
        builder.ToTable("child_protection_conferences");
        builder.HasIndex(x => x.PersonId);
        builder.HasIndex(x => x.ScheduledFor);
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Decision).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Category).HasMaxLength(3);
        builder.PartOfEpisode(x => x.PersonId, x => x.ReferralId);
        builder.HasOne<Section47Enquiry>().WithMany().HasForeignKey(x => x.Section47Id).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ChildProtectionPlan>().WithMany().HasForeignKey(x => x.ChildProtectionPlanId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Attendees).WithOne().HasForeignKey(x => x.ConferenceId);
    }

    public void Configure(EntityTypeBuilder<ConferenceAttendee> builder) => builder.ToTable("conference_attendees");
}
