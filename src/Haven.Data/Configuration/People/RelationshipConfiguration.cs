namespace Haven.Data.Configuration.People;

/// <summary>A family or household link between two people.</summary>
internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        builder.ToTable("relationships");
        builder.HasIndex(r => r.PersonId);
        builder.HasIndex(r => r.RelatedPersonId);
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(30);
        // Restrict, not cascade: a relationship is part of both people's records, so neither may take it away.
        builder.PartOfRecord(r => r.PersonId);
        builder.PartOfRecord(r => r.RelatedPersonId);
    }
}
