using Haven.Domain.Permanence;

namespace Haven.Data.Configuration.Permanence;

/// <summary>Life story work and later life letters (one per period of care), long-term fostering matches (with the household on the register) and plans to return home.</summary>
internal sealed class PermanenceFollowUpConfiguration :
    IEntityTypeConfiguration<LifeStoryWork>,
    IEntityTypeConfiguration<LongTermFosteringMatch>,
    IEntityTypeConfiguration<ReturnHomePlan>
{
    private const int Name = 200;
    private const int UserId = 450;
    private const int Narrative = 20_000;

    public void Configure(EntityTypeBuilder<LifeStoryWork> builder)
    {
        builder.ToTable("life_story_work");
        builder.HasIndex(x => x.CarePeriodId).IsUnique();
        builder.HasIndex(x => x.PersonId);
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(x => x.Status);
        builder.Property(x => x.NotNeededReason).HasMaxLength(Narrative);
        builder.Property(x => x.BookGivenTo).HasMaxLength(Name);
        builder.Property(x => x.LetterGivenTo).HasMaxLength(Name);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<LongTermFosteringMatch> builder)
    {
        builder.ToTable("long_term_fostering_matches");
        builder.HasIndex(x => new { x.PersonId, x.DecidedOn });
        builder.HasIndex(x => x.PlacementId).IsUnique();
        builder.HasIndex(x => x.CarerId);
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Placement>().WithMany().HasForeignKey(x => x.PlacementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Carer>().WithMany().HasForeignKey(x => x.CarerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.DecidedBy).HasMaxLength(Name);
        builder.Property(x => x.Note).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<ReturnHomePlan> builder)
    {
        builder.ToTable("return_home_plans");
        builder.HasIndex(x => x.CarePeriodId).IsUnique();
        builder.HasIndex(x => x.PersonId);
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Assessment).HasMaxLength(Narrative);
        builder.Property(x => x.SupportPlan).HasMaxLength(Narrative);
        builder.Property(x => x.ReviewOutcome).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }
}
