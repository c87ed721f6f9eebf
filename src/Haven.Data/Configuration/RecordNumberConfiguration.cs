namespace Haven.Data.Configuration;

/// <summary>The series of reference numbers (not a journey, so not in a journey folder).</summary>
internal sealed class RecordNumberConfiguration : IEntityTypeConfiguration<RecordNumber>
{
    public void Configure(EntityTypeBuilder<RecordNumber> builder)
    {
        builder.ToTable("record_numbers");
        builder.HasKey(n => n.Series);
        builder.Property(n => n.Series).HasMaxLength(40);
    }
}
