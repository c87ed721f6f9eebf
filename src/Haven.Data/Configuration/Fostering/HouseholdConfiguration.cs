using Haven.Domain.Fostering;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Haven.Data.Configuration.Fostering;

/// <summary>A household's journey (one per carer on the register) with its entries and members.</summary>
internal sealed class HouseholdConfiguration :
    IEntityTypeConfiguration<HouseholdJourney>,
    IEntityTypeConfiguration<HouseholdEntry>,
    IEntityTypeConfiguration<HouseholdMember>
{
    private const int Name = 200;
    private const int UserId = 450;
    private const int Line = 500;
    private const int Narrative = 20_000;

    public void Configure(EntityTypeBuilder<HouseholdJourney> builder)
    {
        builder.ToTable("household_journeys");
        // One journey per household: a household that comes back later is a new carer on the register.
        builder.HasIndex(x => x.CarerId).IsUnique();
        builder.HasIndex(x => x.SupervisingWorkerUserId);
        builder.HasOne<Carer>().WithMany().HasForeignKey(x => x.CarerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Haven.Domain.Permanence.AdoptionJourney>().WithMany().HasForeignKey(x => x.MatchedAdoptionJourneyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.Route).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.CareTypes).HasConversion<string>().HasMaxLength(100);
        builder.Property(x => x.EndReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(x => x.AssessingWorkerUserId).HasMaxLength(UserId);
        builder.Property(x => x.SupervisingWorkerUserId).HasMaxLength(UserId);
        builder.Property(x => x.TemporaryApprovalChild).HasMaxLength(Name);
        builder.Property(x => x.EndNote).HasMaxLength(Narrative);
        builder.HasMany(x => x.Entries).WithOne().HasForeignKey(x => x.JourneyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(x => x.Members).WithOne().HasForeignKey(x => x.JourneyId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(x => x.Stage);
        builder.Ignore(x => x.IsApproved);
    }

    public void Configure(EntityTypeBuilder<HouseholdEntry> builder)
    {
        builder.ToTable("household_entries");
        builder.HasIndex(x => new { x.JourneyId, x.Kind, x.On });
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(x => x.Summary).HasMaxLength(Line);
        builder.Property(x => x.Outcome).HasMaxLength(Narrative);
        builder.Property(x => x.RecordedByUserId).HasMaxLength(UserId);
        builder.Property(x => x.RecordedByName).HasMaxLength(Name);
    }

    public void Configure(EntityTypeBuilder<HouseholdMember> builder)
    {
        builder.ToTable("household_members");
        builder.HasIndex(x => x.JourneyId);
        builder.Property(x => x.Name).HasMaxLength(Name);
        builder.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
    }
}
