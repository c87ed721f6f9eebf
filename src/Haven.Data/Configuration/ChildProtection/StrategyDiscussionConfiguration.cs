namespace Haven.Data.Configuration.ChildProtection;

/// <summary>A strategy discussion and who took part.</summary>
internal sealed class StrategyDiscussionConfiguration :
    IEntityTypeConfiguration<StrategyDiscussion>,
    IEntityTypeConfiguration<StrategyParticipant>
{
    public void Configure(EntityTypeBuilder<StrategyDiscussion> builder)
    {
        builder.ToTable("strategy_discussions");
        builder.HasIndex(x => x.PersonId);
        builder.Property(x => x.Decision).HasConversion<string>().HasMaxLength(30);
        builder.PartOfEpisode(x => x.PersonId, x => x.ReferralId);
        builder.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.StrategyDiscussionId);
    }

    public void Configure(EntityTypeBuilder<StrategyParticipant> builder) => builder.ToTable("strategy_participants");
}
