namespace Haven.Data.Configuration.LookedAfter;

/// <summary>
/// A period of care with its legal statuses and placements, and the register of carers. Codes are stored as the DfE
/// writes them (SSDA903), so the return is a read of these columns.
/// </summary>
internal sealed class CareRecordConfiguration :
    IEntityTypeConfiguration<CarePeriod>,
    IEntityTypeConfiguration<CareLegalStatus>,
    IEntityTypeConfiguration<Placement>,
    IEntityTypeConfiguration<Carer>
{
    private const int Code = 4;
    private const int ReasonCode = 6;
    private const int Postcode = 8;
    private const int Name = 200;
    private const int UserId = 450;
    private const int Narrative = 20_000;

    public void Configure(EntityTypeBuilder<CarePeriod> builder)
    {
        builder.ToTable("care_periods");
        builder.HasIndex(x => new { x.PersonId, x.StartDate });
        builder.HasIndex(x => x.IroUserId);
        builder.PartOfEpisode(x => x.PersonId, x => x.ReferralId);
        builder.Property(x => x.EntryRoute).HasConversion<string>().HasMaxLength(40);
        builder.Property(x => x.DecisionBy).HasMaxLength(Name);
        builder.Property(x => x.DecisionRationale).HasMaxLength(Narrative);
        builder.Property(x => x.CategoryOfNeed).HasMaxLength(Code);
        builder.Property(x => x.HomePostcode).HasMaxLength(Postcode);
        builder.Property(x => x.PreviousPermanence).HasMaxLength(Code);
        builder.Property(x => x.IroUserId).HasMaxLength(UserId);
        builder.Property(x => x.IroName).HasMaxLength(Name);
        builder.Property(x => x.ReasonCeased).HasMaxLength(Code);
        builder.Property(x => x.EndNote).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
        builder.HasMany(x => x.LegalStatuses).WithOne().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Placements).WithOne().HasForeignKey(x => x.CarePeriodId).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<CareLegalStatus> builder)
    {
        builder.ToTable("care_legal_statuses");
        builder.HasIndex(x => new { x.CarePeriodId, x.From });
        builder.Property(x => x.Code).HasMaxLength(Code);
        builder.Property(x => x.Note).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.ToTable("placements");
        builder.HasIndex(x => new { x.CarePeriodId, x.StartDate });
        builder.HasIndex(x => new { x.PersonId, x.StartDate });
        builder.HasIndex(x => x.CarerId);
        builder.PartOfRecord(x => x.PersonId);
        builder.HasOne<Carer>().WithMany().HasForeignKey(x => x.CarerId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.PlacementType).HasMaxLength(Code);
        builder.Property(x => x.ProviderCode).HasMaxLength(Code);
        builder.Property(x => x.CarerName).HasMaxLength(Name);
        builder.Property(x => x.Postcode).HasMaxLength(Postcode);
        builder.Property(x => x.Urn).HasMaxLength(10);
        builder.Property(x => x.MatchingNote).HasMaxLength(Narrative);
        // REASON_PLACE_CHANGE codes are words, not two-letter codes: CARPL, CUSTOD (PostgreSQL refused them at 4).
        builder.Property(x => x.ReasonForChange).HasMaxLength(ReasonCode);
        builder.Property(x => x.EndNote).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<Carer> builder)
    {
        builder.ToTable("carers");
        builder.HasIndex(x => x.Name);
        builder.HasIndex(x => x.Urn);
        builder.Property(x => x.Name).HasMaxLength(Name);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(x => x.ProviderCode).HasMaxLength(Code);
        builder.Property(x => x.Urn).HasMaxLength(10);
        builder.Property(x => x.Postcode).HasMaxLength(Postcode);
        builder.Property(x => x.OutOfAreaAuthority).HasMaxLength(Name);
        builder.Property(x => x.Approval).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Notes).HasMaxLength(Narrative);
    }
}
