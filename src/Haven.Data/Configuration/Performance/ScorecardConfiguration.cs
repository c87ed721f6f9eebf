using Haven.Domain.Performance;

namespace Haven.Data.Configuration.Performance;

/// <summary>Targets set for the scorecard's indicators: one per indicator, year and quarter (0 for the year).</summary>
internal sealed class ScorecardTargetConfiguration : IEntityTypeConfiguration<ScorecardTarget>
{
    public void Configure(EntityTypeBuilder<ScorecardTarget> builder)
    {
        builder.ToTable("scorecard_targets");
        builder.HasIndex(x => new { x.IndicatorId, x.YearEnding, x.Quarter }).IsUnique();
        builder.Property(x => x.IndicatorId).HasMaxLength(16);
        builder.Property(x => x.Target).HasPrecision(9, 2);
        builder.Property(x => x.AmberWithin).HasPrecision(9, 2);
        builder.Property(x => x.SetByName).HasMaxLength(200);
    }
}

/// <summary>Commentary on an indicator's quarter, kept with its author; the latest for a quarter is the one shown.</summary>
internal sealed class ScorecardCommentaryConfiguration : IEntityTypeConfiguration<ScorecardCommentary>
{
    public void Configure(EntityTypeBuilder<ScorecardCommentary> builder)
    {
        builder.ToTable("scorecard_commentary");
        builder.HasIndex(x => new { x.YearEnding, x.IndicatorId, x.Quarter });
        builder.Property(x => x.IndicatorId).HasMaxLength(16);
        builder.Property(x => x.Text).HasMaxLength(ScorecardRules.CommentaryMaxLength);
        builder.Property(x => x.AuthorUserId).HasMaxLength(450);
        builder.Property(x => x.AuthorName).HasMaxLength(200);
    }
}

/// <summary>Published comparators: one per indicator, year and area; importing a year again replaces its figures.</summary>
internal sealed class ScorecardComparatorConfiguration : IEntityTypeConfiguration<ScorecardComparator>
{
    public void Configure(EntityTypeBuilder<ScorecardComparator> builder)
    {
        builder.ToTable("scorecard_comparators");
        builder.HasIndex(x => new { x.IndicatorId, x.YearEnding, x.Area }).IsUnique();
        builder.Property(x => x.IndicatorId).HasMaxLength(16);
        builder.Property(x => x.Area).HasMaxLength(8);
        builder.Property(x => x.Value).HasPrecision(9, 2);
        builder.Property(x => x.ImportedByName).HasMaxLength(200);
    }
}

/// <summary>The authority's children aged 0 to 17, one figure a reporting year.</summary>
internal sealed class ChildPopulationConfiguration : IEntityTypeConfiguration<ChildPopulation>
{
    public void Configure(EntityTypeBuilder<ChildPopulation> builder)
    {
        builder.ToTable("child_population");
        builder.HasKey(x => x.YearEnding);
        builder.Property(x => x.YearEnding).ValueGeneratedNever();
        builder.Property(x => x.SetByName).HasMaxLength(200);
    }
}
