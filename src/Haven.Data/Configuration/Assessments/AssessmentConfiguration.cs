using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Haven.Data.Configuration.Assessments;

/// <summary>A single or section 47 assessment within a referral.</summary>
internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("assessments");
        builder.HasIndex(x => x.PersonId);
        builder.HasIndex(x => x.ReferralId);
        builder.HasIndex(x => x.AllocatedWorkerUserId);
        builder.Property(x => x.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.ChildVoiceSource).HasConversion<string>().HasMaxLength(20);
        builder.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(40);
        // Factor codes are a short list read with the assessment, never queried one by one.
        builder.Property(x => x.Factors).HasConversion(
            new ValueConverter<List<string>, string>(
                v => string.Join(',', v),
                v => v.Split(',', StringSplitOptions.RemoveEmptyEntries).ToList()),
            new ValueComparer<List<string>>(
                (a, b) => a!.SequenceEqual(b!),
                v => v.Aggregate(0, (h, c) => HashCode.Combine(h, c.GetHashCode(StringComparison.Ordinal))),
                v => v.ToList()))
            .HasMaxLength(200);
        builder.PartOfEpisode(x => x.PersonId, x => x.ReferralId);
    }
}
