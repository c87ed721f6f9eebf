namespace Haven.Data.Configuration.People;

/// <summary>The search keys kept beside each person (a data-layer table, not a domain record).</summary>
internal sealed class PersonSearchNameConfiguration : IEntityTypeConfiguration<PersonSearchName>
{
    public void Configure(EntityTypeBuilder<PersonSearchName> builder)
    {
        builder.ToTable("person_search_names");
        builder.HasIndex(n => n.FirstNameKey);
        builder.HasIndex(n => n.LastNameKey);
        builder.HasIndex(n => n.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(n => n.PersonId);
    }
}
