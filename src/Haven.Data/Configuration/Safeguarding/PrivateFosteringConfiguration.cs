using Haven.Domain.Safeguarding;
using static Haven.Data.Configuration.TextLimits;

namespace Haven.Data.Configuration.Safeguarding;

/// <summary>A private fostering arrangement with its visits: part of the child's record.</summary>
internal sealed class PrivateFosteringConfiguration :
    IEntityTypeConfiguration<PrivateFosteringArrangement>,
    IEntityTypeConfiguration<PrivateFosteringVisit>
{
    private const int Enum = 40;
    private const int UserId = Identifier;

    public void Configure(EntityTypeBuilder<PrivateFosteringArrangement> builder)
    {
        builder.ToTable("private_fostering_arrangements");
        builder.HasIndex(x => new { x.PersonId, x.NotifiedOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.HasMany(x => x.Visits).WithOne().HasForeignKey(x => x.ArrangementId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.NotifiedBy).HasMaxLength(Line);
        builder.Property(x => x.CarerName).HasMaxLength(Name);
        builder.Property(x => x.CarerRelationship).HasMaxLength(Line);
        builder.Property(x => x.AssessmentSummary).HasMaxLength(Narrative);
        builder.Property(x => x.EndReason).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<PrivateFosteringVisit> builder)
    {
        builder.ToTable("private_fostering_visits");
        builder.HasIndex(x => new { x.PersonId, x.VisitedOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.Property(x => x.Note).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }
}
