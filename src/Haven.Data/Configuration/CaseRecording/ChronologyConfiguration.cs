namespace Haven.Data.Configuration.CaseRecording;

/// <summary>
/// What a child's chronology keeps of its own: entries typed in by hand, and marks on events drawn from other
/// records (which is why a mark names its event by a key, not a foreign key: the event may be in any table).
/// </summary>
internal sealed class ChronologyConfiguration :
    IEntityTypeConfiguration<ChronologyEntry>,
    IEntityTypeConfiguration<ChronologyMark>
{
    public void Configure(EntityTypeBuilder<ChronologyEntry> builder)
    {
        builder.ToTable("chronology_entries");
        builder.HasIndex(x => new { x.PersonId, x.OccurredOn });
        builder.Property(x => x.Category).HasConversion<string>().HasMaxLength(30);
        // The column holds what the rule allows, so the form check and the rule give the same limit.
        builder.Property(x => x.Summary).HasMaxLength(Haven.Domain.CaseRecording.Chronology.SummaryMaxLength);
        builder.PartOfRecord(x => x.PersonId);
    }

    public void Configure(EntityTypeBuilder<ChronologyMark> builder)
    {
        builder.ToTable("chronology_marks");
        builder.HasIndex(x => new { x.PersonId, x.EventKey }).IsUnique();
        builder.Property(x => x.EventKey).HasMaxLength(120);
        builder.PartOfRecord(x => x.PersonId);
    }
}
