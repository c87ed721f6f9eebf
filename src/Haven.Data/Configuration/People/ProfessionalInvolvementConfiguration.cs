using Haven.Domain.People;

namespace Haven.Data.Configuration.People;

/// <summary>A professional (also a person record) involved with a child.</summary>
internal sealed class ProfessionalInvolvementConfiguration : IEntityTypeConfiguration<ProfessionalInvolvement>
{
    public void Configure(EntityTypeBuilder<ProfessionalInvolvement> builder)
    {
        builder.ToTable("professional_involvements");
        builder.HasIndex(r => r.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.ProfessionalId).OnDelete(DeleteBehavior.Restrict);
    }
}
