namespace Haven.Data.Configuration.CaseRecording;

/// <summary>A case note or visit, read on a child's record in date order.</summary>
internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> builder)
    {
        builder.ToTable("case_notes");
        builder.HasIndex(x => new { x.PersonId, x.OccurredOn });
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.VisitPurpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Subject).HasMaxLength(200);
        builder.PartOfRecord(x => x.PersonId);
    }
}
