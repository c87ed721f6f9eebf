using Haven.Domain.CinCensus;

namespace Haven.Data.Configuration.CinCensus;

/// <summary>
/// An explanation given for a CIN census query. It is keyed by year, the child's LAchildID (empty for a
/// return-level query) and rule, as the DfE reports queries, not by a person row, so it has no foreign key.
/// </summary>
internal sealed class CinQueryExplanationConfiguration : IEntityTypeConfiguration<CinQueryExplanation>
{
    public void Configure(EntityTypeBuilder<CinQueryExplanation> builder)
    {
        builder.ToTable("cin_query_explanations");
        builder.HasIndex(x => new { x.CensusYear, x.LAchildID, x.RuleId }).IsUnique();
        builder.Property(x => x.LAchildID).HasMaxLength(20);
        builder.Property(x => x.RuleId).HasMaxLength(10);
        builder.Property(x => x.Explanation).HasMaxLength(2000);
    }
}
