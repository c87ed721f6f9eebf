using Haven.Domain.Safeguarding;
using static Haven.Data.Configuration.TextLimits;

namespace Haven.Data.Configuration.Safeguarding;

/// <summary>A referral of a child's family to MARAC, with its meeting and actions: part of the child's record.</summary>
internal sealed class MaracConfiguration : IEntityTypeConfiguration<MaracReferral>
{
    public void Configure(EntityTypeBuilder<MaracReferral> builder)
    {
        builder.ToTable("marac_referrals");
        builder.HasIndex(x => new { x.PersonId, x.ReferredOn });
        builder.PartOfRecord(x => x.PersonId);
        builder.Property(x => x.ReferredBy).HasMaxLength(Line);
        builder.Property(x => x.RiskLevel).HasConversion<string>().HasMaxLength(10);
        builder.Property(x => x.Actions).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(Identifier);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }
}
