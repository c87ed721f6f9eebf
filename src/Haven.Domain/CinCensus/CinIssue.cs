namespace Haven.Domain.CinCensus;

/// <summary>Errors must be fixed before the DfE accepts the return; queries must be fixed or explained.</summary>
public enum CinRuleLevel
{
    Error,
    Query,
}

/// <summary>Which part of the census an issue was found in.</summary>
public enum CinModule
{
    /// <summary>The return as a whole (header, or totals over all children).</summary>
    Return,
    Child,
    CinDetails,
    Assessment,
    CinPlan,
    Section47,
    ChildProtectionPlan,
}

/// <summary>
/// Where in a child's record an issue is, so a page can link to the thing to fix. Episodes and items are
/// numbered from 0 in file order; the referral date and the item's date name them for people.
/// </summary>
public sealed record CinIssueLocation(
    CinModule Module,
    int? EpisodeIndex = null,
    DateOnly? CINreferralDate = null,
    int? ItemIndex = null,
    DateOnly? ItemDate = null)
{
    public static CinIssueLocation Return { get; } = new(CinModule.Return);

    public static CinIssueLocation Child { get; } = new(CinModule.Child);

    public override string ToString()
    {
        var episode = EpisodeIndex is null ? "" : $" in the episode referred {Describe(CINreferralDate)}";
        return Module switch
        {
            CinModule.Return => "the return",
            CinModule.Child => "the child's details",
            CinModule.CinDetails => "the episode referred " + Describe(CINreferralDate),
            _ => $"the {Module} starting {Describe(ItemDate)}{episode}",
        };
    }

    private static string Describe(DateOnly? date) => date is { } d ? "on " + CinDates.Format(d) : "(no date)";
}

/// <summary>One failed check: which rule, on which child, which field, the value flagged and where it is.</summary>
public sealed record CinIssue(
    string? LAchildID,
    string RuleId,
    CinRuleLevel Level,
    string Message,
    string Field,
    string? Value,
    CinIssueLocation Location);
