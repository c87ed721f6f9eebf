namespace Haven.Data.Configuration.LookedAfter;

/// <summary>
/// Looked-after reviews with their recommendations, and the care and permanence plans they check. Each belongs to a
/// period of care on the child's record; the participation code is stored as the SSDA903 return writes it.
/// </summary>
internal sealed class CareReviewConfiguration :
    IEntityTypeConfiguration<CareReview>,
    IEntityTypeConfiguration<CareReviewRecommendation>,
    IEntityTypeConfiguration<CarePlan>,
    IEntityTypeConfiguration<PermanencePlan>
{
    private const int Code = 4;
    private const int Name = 200;
    private const int UserId = 450;
    private const int Line = 2_000;
    private const int Narrative = 20_000;

    public void Configure(EntityTypeBuilder<CareReview> builder)
    {
        builder.ToTable("care_reviews");
        builder.HasIndex(x => new { x.CarePeriodId, x.HeldOn });
        builder.HasIndex(x => new { x.PersonId, x.HeldOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.ChairUserId).HasMaxLength(UserId);
        builder.Property(x => x.ChairName).HasMaxLength(Name);
        builder.Property(x => x.Participation).HasMaxLength(Code);
        builder.Property(x => x.ChildsViews).HasMaxLength(Narrative);
        builder.Property(x => x.Decisions).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
        builder.HasMany(x => x.Recommendations).WithOne().HasForeignKey(x => x.CareReviewId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CareReviewRecommendation> builder)
    {
        builder.ToTable("care_review_recommendations");
        builder.HasIndex(x => x.CareReviewId);
        builder.Property(x => x.Recommendation).HasMaxLength(Line);
        builder.Property(x => x.Owner).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<CarePlan> builder)
    {
        builder.ToTable("care_plans");
        builder.HasIndex(x => new { x.CarePeriodId, x.AgreedOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Summary).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<PermanencePlan> builder)
    {
        builder.ToTable("permanence_plans");
        builder.HasIndex(x => new { x.CarePeriodId, x.AgreedOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.PlanType).HasConversion<string>().HasMaxLength(40);
        builder.Property(x => x.Note).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }
}
