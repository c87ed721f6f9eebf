namespace Haven.Data.Configuration.CaseRecording;

/// <summary>Management oversight and supervision recorded on a child's record.</summary>
internal sealed class OversightRecordConfiguration : IEntityTypeConfiguration<OversightRecord>
{
    public void Configure(EntityTypeBuilder<OversightRecord> builder)
    {
        builder.ToTable("oversight_records");
        builder.HasIndex(x => new { x.PersonId, x.RecordedOn });
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(30);
        builder.PartOfRecord(x => x.PersonId);
    }
}
