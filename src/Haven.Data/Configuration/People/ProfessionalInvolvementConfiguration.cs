namespace Haven.Data.Configuration.People;

/// <summary>A professional (also a person record) involved with a child.</summary>
internal sealed class ProfessionalInvolvementConfiguration : IEntityTypeConfiguration<ProfessionalInvolvement>
{
    public void Configure(EntityTypeBuilder<ProfessionalInvolvement> builder)
    {
        builder.ToTable("professional_involvements");
        builder.HasIndex(r => r.PersonId);
        builder.PartOfRecord(r => r.PersonId);
        builder.PartOfRecord(r => r.ProfessionalId);
    }
}
