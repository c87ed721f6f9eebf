namespace Haven.Data.Configuration.LookedAfter;

/// <summary>
/// A child in care's health checks, personal education plans, school exclusions, missing episodes and advocacy offers:
/// each row hangs off the period of care it was recorded in, and is part of the child's record.
/// </summary>
internal sealed class CareHealthConfiguration :
    IEntityTypeConfiguration<HealthCheck>,
    IEntityTypeConfiguration<EducationPlan>,
    IEntityTypeConfiguration<SchoolExclusion>,
    IEntityTypeConfiguration<MissingEpisode>,
    IEntityTypeConfiguration<AdvocacyOffer>
{
    private const int Enum = 40;
    private const int Name = 200;
    private const int UserId = 450;
    private const int Narrative = 20_000;

    public void Configure(EntityTypeBuilder<HealthCheck> builder)
    {
        builder.ToTable("care_health_checks");
        builder.HasIndex(x => new { x.PersonId, x.DoneOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.Camhs).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.DoneBy).HasMaxLength(Name);
        builder.Property(x => x.Note).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<EducationPlan> builder)
    {
        builder.ToTable("care_education_plans");
        builder.HasIndex(x => new { x.PersonId, x.HeldOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.SchoolName).HasMaxLength(Name);
        builder.Property(x => x.SchoolUrn).HasMaxLength(6);
        builder.Property(x => x.VirtualSchoolContact).HasMaxLength(Name);
        builder.Property(x => x.AttendancePercent).HasPrecision(4, 1);
        builder.Property(x => x.Sen).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.Note).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<SchoolExclusion> builder)
    {
        builder.ToTable("care_school_exclusions");
        builder.HasIndex(x => new { x.PersonId, x.StartDate });
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.SchoolName).HasMaxLength(Name);
        builder.Property(x => x.Reason).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<MissingEpisode> builder)
    {
        builder.ToTable("care_missing_episodes");
        builder.HasIndex(x => new { x.PersonId, x.StartedAtUtc });
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.MissingOrAway).HasMaxLength(1);
        builder.Property(x => x.WhereFound).HasMaxLength(Narrative);
        builder.Property(x => x.PoliceReference).HasMaxLength(50);
        builder.Property(x => x.InterviewOfferedBy).HasMaxLength(Name);
        builder.Property(x => x.InterviewHeldBy).HasMaxLength(Name);
        builder.Property(x => x.InterviewOutcome).HasMaxLength(Narrative);
        builder.Property(x => x.Screening).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.ScreeningOutcome).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<AdvocacyOffer> builder)
    {
        builder.ToTable("care_advocacy_offers");
        builder.HasIndex(x => new { x.PersonId, x.OfferedOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.Response).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.Who).HasMaxLength(Name);
        builder.Property(x => x.Note).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }
}
