using Haven.Domain.Permanence;

namespace Haven.Data.Configuration.Permanence;

/// <summary>
/// The court record (proceedings with their pre-proceedings meetings, hearings and extensions; legal planning meetings;
/// family group conferences), the adoption journey and the orders that end care with permanence. SSDA903 codes are
/// stored as the DfE writes them, so the return reads these columns.
/// </summary>
internal sealed class PermanenceConfiguration :
    IEntityTypeConfiguration<CareProceedings>,
    IEntityTypeConfiguration<PreProceedingsMeeting>,
    IEntityTypeConfiguration<CourtHearing>,
    IEntityTypeConfiguration<ProceedingsExtension>,
    IEntityTypeConfiguration<LegalPlanningMeeting>,
    IEntityTypeConfiguration<FamilyGroupConference>,
    IEntityTypeConfiguration<AdoptionJourney>,
    IEntityTypeConfiguration<PermanenceOrder>
{
    private const int Code = 4;
    private const int Enum = 40;
    private const int CaseNumber = 40;
    private const int Name = 200;
    private const int UserId = 450;
    private const int Narrative = 20_000;

    public void Configure(EntityTypeBuilder<CareProceedings> builder)
    {
        builder.ToTable("care_proceedings");
        builder.HasIndex(x => new { x.PersonId, x.IssuedOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.Property(x => x.Court).HasMaxLength(Name);
        builder.Property(x => x.CaseNumber).HasMaxLength(CaseNumber);
        builder.Property(x => x.FinalOrder).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
        builder.Ignore(x => x.ConcludeBy);
        builder.HasMany(x => x.Meetings).WithOne().HasForeignKey(x => x.ProceedingsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Hearings).WithOne().HasForeignKey(x => x.ProceedingsId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Extensions).WithOne().HasForeignKey(x => x.ProceedingsId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PreProceedingsMeeting> builder)
    {
        builder.ToTable("pre_proceedings_meetings");
        builder.PartOfRecord(x => x.PersonId);
        builder.Property(x => x.Outcome).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<CourtHearing> builder)
    {
        builder.ToTable("court_hearings");
        builder.PartOfRecord(x => x.PersonId);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.OrderMade).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.Note).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<ProceedingsExtension> builder)
    {
        builder.ToTable("proceedings_extensions");
        builder.PartOfRecord(x => x.PersonId);
        builder.Property(x => x.Reason).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<LegalPlanningMeeting> builder)
    {
        builder.ToTable("legal_planning_meetings");
        builder.HasIndex(x => new { x.PersonId, x.HeldOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.Property(x => x.Decision).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.Rationale).HasMaxLength(Narrative);
        builder.Property(x => x.Chair).HasMaxLength(Name);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<FamilyGroupConference> builder)
    {
        builder.ToTable("family_group_conferences");
        builder.HasIndex(x => new { x.PersonId, x.OfferedOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.Property(x => x.Note).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<AdoptionJourney> builder)
    {
        builder.ToTable("adoption_journeys");
        builder.HasIndex(x => new { x.PersonId, x.DecisionOn });
        builder.HasIndex(x => x.CarePeriodId);
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.DecisionBy).HasMaxLength(Name);
        builder.Property(x => x.DecisionRationale).HasMaxLength(Narrative);
        builder.Property(x => x.Adopters).HasMaxLength(Name);
        builder.Property(x => x.AdoptersSex).HasMaxLength(Code);
        builder.Property(x => x.AdoptersLegalStatus).HasMaxLength(Code);
        builder.Property(x => x.ReversalReason).HasMaxLength(Code);
        builder.Property(x => x.ReversalNote).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<PermanenceOrder> builder)
    {
        builder.ToTable("permanence_orders");
        builder.HasIndex(x => new { x.PersonId, x.MadeOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<CarePeriod>().WithMany().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.Carers).HasMaxLength(Name);
        builder.Property(x => x.ReasonCeased).HasMaxLength(Code);
        builder.Property(x => x.Note).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }
}
