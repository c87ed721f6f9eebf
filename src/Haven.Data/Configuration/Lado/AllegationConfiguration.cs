using Haven.Domain.People;
using Haven.Domain.Safeguarding;
using static Haven.Data.Configuration.TextLimits;

namespace Haven.Data.Configuration.Lado;

/// <summary>
/// An allegation against an adult who works with children, and the children it concerns. Kept in its own tables, apart
/// from the children's records: the link names a child, but no child's page or chronology reads these tables.
/// </summary>
internal sealed class AllegationConfiguration :
    IEntityTypeConfiguration<Allegation>,
    IEntityTypeConfiguration<AllegationChild>
{
    private const int Enum = 40;

    public void Configure(EntityTypeBuilder<Allegation> builder)
    {
        builder.ToTable("allegations");
        builder.HasIndex(x => x.ReceivedOn);
        builder.HasMany(x => x.Children).WithOne().HasForeignKey(x => x.AllegationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(x => x.AdultName).HasMaxLength(Line);
        builder.Property(x => x.Employer).HasMaxLength(Line);
        builder.Property(x => x.AdultRole).HasMaxLength(Line);
        builder.Property(x => x.Details).HasMaxLength(Narrative);
        builder.Property(x => x.ReportedBy).HasMaxLength(Line);
        builder.Property(x => x.InitialConsiderationDecision).HasMaxLength(Narrative);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.EmployerAction).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(Identifier);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
        builder.Ignore(x => x.IsOpen);
    }

    public void Configure(EntityTypeBuilder<AllegationChild> builder)
    {
        builder.ToTable("allegation_children");
        builder.HasIndex(x => new { x.AllegationId, x.PersonId }).IsUnique();
        builder.HasIndex(x => x.PersonId);
        // A child with an allegation linked is not deleted with it, nor is the allegation lost with the child.
        builder.HasOne<Person>().WithMany().HasForeignKey(x => x.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
