namespace Haven.Data.Configuration.CaseRecording;

/// <summary>
/// That an assessment, plan or minutes were shared with the family. ItemId names a record of the kind in
/// ItemKind, which may be in any of several tables, so it has no foreign key.
/// </summary>
internal sealed class SharingRecordConfiguration : IEntityTypeConfiguration<SharingRecord>
{
    public void Configure(EntityTypeBuilder<SharingRecord> builder)
    {
        builder.ToTable("sharing_records");
        builder.HasIndex(x => new { x.PersonId, x.ItemId });
        builder.Property(x => x.ItemKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Method).HasConversion<string>().HasMaxLength(20);
        builder.PartOfRecord(x => x.PersonId);
    }
}
