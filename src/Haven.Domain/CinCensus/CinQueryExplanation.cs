namespace Haven.Domain.CinCensus;

/// <summary>
/// An answer to a DfE query (a Q rule) for one child in one census year: the DfE accepts a query that is
/// explained, so the explanation is kept with who gave it and is shown beside the query every time the return
/// is checked again.
/// </summary>
public sealed class CinQueryExplanation
{
    public Guid Id { get; set; }
    public int CensusYear { get; set; }

    /// <summary>The child's LAchildID, or empty for a return-level query.</summary>
    public required string LAchildID { get; set; }
    public required string RuleId { get; set; }
    public required string Explanation { get; set; }
    public required string ExplainedByName { get; set; }
    public DateTime ExplainedAtUtc { get; set; }
}
