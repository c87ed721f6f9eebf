using Haven.Domain.Escalations;

namespace Haven.Data.Configuration.Escalations;

/// <summary>
/// An IRO's escalation with the stages it reached, and the chair's quality notes. Both name the plan they are about
/// by kind and id (no foreign key to one plan table), so a looked-after care plan can be a third kind later.
/// </summary>
internal sealed class EscalationConfiguration :
    IEntityTypeConfiguration<Escalation>,
    IEntityTypeConfiguration<EscalationStep>,
    IEntityTypeConfiguration<ChairQualityNote>
{
    public void Configure(EntityTypeBuilder<Escalation> builder)
    {
        builder.ToTable("escalations");
        builder.HasIndex(x => new { x.ConcernsKind, x.ConcernsId });
        builder.HasIndex(x => new { x.RaisedByUserId, x.Stage });
        builder.Property(x => x.ConcernsKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
        // As long as a partner's concern (10,000): the form length check takes the shortest column of a name, so a
        // shorter one here cut the public referral form's limit to 4,000.
        builder.Property(x => x.Concern).HasMaxLength(10_000);
        builder.Property(x => x.RaisedWith).HasMaxLength(200);
        builder.Property(x => x.RaisedByUserId).HasMaxLength(450);
        builder.Property(x => x.RaisedByName).HasMaxLength(200);
        builder.Property(x => x.Outcome).HasMaxLength(4000);
        builder.PartOfRecord(x => x.PersonId);
        builder.HasMany(x => x.Steps).WithOne().HasForeignKey(x => x.EscalationId);
    }

    public void Configure(EntityTypeBuilder<EscalationStep> builder)
    {
        builder.ToTable("escalation_steps");
        builder.Property(x => x.Stage).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.RaisedWith).HasMaxLength(200);
        builder.Property(x => x.Note).HasMaxLength(4000);
        builder.Property(x => x.RecordedByName).HasMaxLength(200);
    }

    public void Configure(EntityTypeBuilder<ChairQualityNote> builder)
    {
        builder.ToTable("chair_quality_notes");
        builder.HasIndex(x => new { x.ConcernsKind, x.ConcernsId });
        builder.Property(x => x.ConcernsKind).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Quality).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.Note).HasMaxLength(4000);
        builder.Property(x => x.WrittenByUserId).HasMaxLength(450);
        builder.Property(x => x.WrittenByName).HasMaxLength(200);
        builder.PartOfRecord(x => x.PersonId);
    }
}
