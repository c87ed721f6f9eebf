using Haven.Domain.CareLeavers;

namespace Haven.Data.Configuration.CareLeavers;

/// <summary>
/// A young person's leaving care record (one per person), their needs assessment, pathway plans and reviews, and the
/// contacts with them: each part of their record, kept after care ends as leaving care work is.
/// </summary>
internal sealed class CareLeaverConfiguration :
    IEntityTypeConfiguration<CareLeaver>,
    IEntityTypeConfiguration<PathwayPlanRecord>,
    IEntityTypeConfiguration<CareLeaverContact>
{
    private const int Enum = 40;
    private const int Code = 4;
    private const int Name = 200;
    private const int UserId = 450;
    private const int Narrative = 20_000;

    public void Configure(EntityTypeBuilder<CareLeaver> builder)
    {
        builder.ToTable("care_leavers");
        builder.HasIndex(x => x.PersonId).IsUnique();
        builder.HasIndex(x => x.PersonalAdviserUserId);
        builder.PartOfRecord(x => x.PersonId);
        builder.Property(x => x.PersonalAdviserUserId).HasMaxLength(UserId);
        builder.Property(x => x.PersonalAdviserName).HasMaxLength(Name);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<PathwayPlanRecord> builder)
    {
        builder.ToTable("care_leaver_pathway_plans");
        builder.HasIndex(x => new { x.PersonId, x.CompletedOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.Property(x => x.Step).HasConversion<string>().HasMaxLength(Enum);
        builder.Property(x => x.Summary).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<CareLeaverContact> builder)
    {
        builder.ToTable("care_leaver_contacts");
        builder.HasIndex(x => new { x.PersonId, x.ContactOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.Property(x => x.InTouch).HasMaxLength(Code);
        builder.Property(x => x.Accommodation).HasMaxLength(1);
        builder.Property(x => x.Activity).HasMaxLength(2);
        builder.Property(x => x.Note).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
        builder.Ignore(x => x.Oc3Accommodation);
    }
}
