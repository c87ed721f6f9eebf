namespace Haven.Data.Configuration.People;

/// <summary>A person and what hangs off them alone: other names, addresses, contact details and flags.</summary>
internal sealed class PersonConfiguration :
    IEntityTypeConfiguration<Person>,
    IEntityTypeConfiguration<PersonName>,
    IEntityTypeConfiguration<Address>,
    IEntityTypeConfiguration<ContactDetail>,
    IEntityTypeConfiguration<PersonFlag>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasIndex(p => p.LaPersonId).IsUnique();
        builder.HasIndex(p => p.NhsNumber);
        builder.HasIndex(p => p.DateOfBirth);
        // Only merged-away records are worth indexing (to find what was merged into a person). An index over every row,
        // almost all NULL, tempted SQLite to walk it for "MergedIntoId IS NULL" instead of looking people up by id:
        // the team tray and search's result lookup read all 216,860 people that way at 100,000 children (issue 18).
        builder.HasIndex(p => p.MergedIntoId).HasFilter("\"MergedIntoId\" IS NOT NULL");
        builder.Property(p => p.LaPersonId).HasMaxLength(20);
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.MiddleNames).HasMaxLength(200);
        builder.Property(p => p.PreferredName).HasMaxLength(100);
        builder.Property(p => p.EthnicityCode).HasMaxLength(4);
        builder.Property(p => p.NhsNumber).HasMaxLength(10);
        builder.Property(p => p.UniquePupilNumber).HasMaxLength(13);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasMany(p => p.OtherNames).WithOne().HasForeignKey(n => n.PersonId);
        builder.HasMany(p => p.Addresses).WithOne().HasForeignKey(a => a.PersonId);
        builder.HasMany(p => p.ContactDetails).WithOne().HasForeignKey(c => c.PersonId);
        builder.HasMany(p => p.Flags).WithOne().HasForeignKey(f => f.PersonId);
    }

    public void Configure(EntityTypeBuilder<PersonName> builder)
    {
        builder.ToTable("person_names");
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<Address> builder)
    {
        builder.ToTable("addresses");
        builder.HasIndex(a => a.Postcode);
        builder.Property(a => a.Postcode).HasMaxLength(8);
    }

    public void Configure(EntityTypeBuilder<ContactDetail> builder)
    {
        builder.ToTable("contact_details");
        builder.Property(c => c.Method).HasConversion<string>().HasMaxLength(20);
    }

    public void Configure(EntityTypeBuilder<PersonFlag> builder)
    {
        builder.ToTable("person_flags");
        builder.Property(f => f.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(f => f.AddedByName).HasMaxLength(200);
        builder.Property(f => f.EndedByName).HasMaxLength(200);
        builder.Property(f => f.EndReason).HasMaxLength(500);
    }
}
