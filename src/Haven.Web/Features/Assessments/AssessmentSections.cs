namespace Haven.Web.Features.Assessments;

/// <summary>
/// The parts of an assessment, each saved on its own page so a social worker can record what they have as the work
/// goes on. The order follows the assessment: see the child, hear them, hear the adults, then weigh it up.
/// </summary>
public static class AssessmentSections
{
    public sealed record Section(string Slug, string Title, Func<Assessment, bool> IsDone);

    public static readonly IReadOnlyList<Section> All =
    [
        new("seen", "Child seen", a => a.ChildSeenOn is not null && a.SeenAlone is not null),
        new("voice", "The child's wishes and feelings", a => !string.IsNullOrWhiteSpace(a.ChildsWishesAndFeelings)),
        new("views", "Parents' and others' views", a => !string.IsNullOrWhiteSpace(a.ParentsViews) && !string.IsNullOrWhiteSpace(a.OthersViews)),
        new("history", "History considered", a => !string.IsNullOrWhiteSpace(a.HistoryConsidered)),
        new("factors", "Factors identified", a => a.Factors.Count > 0),
        new("analysis", "Analysis and outcome", a => !string.IsNullOrWhiteSpace(a.Analysis) && a.Outcome is not null),
        new("equality", "Equality and diversity", a => !string.IsNullOrWhiteSpace(a.EqualityAndDiversity)),
    ];

    public static Section? Find(string? slug) => All.FirstOrDefault(s => s.Slug == slug);

    public sealed record Factor(string Code, string Label, string? Hint);

    public sealed record FactorGroup(string Heading, IReadOnlyList<Factor> Factors);

    /// <summary>
    /// DfE factor codes grouped as a worker scans them: who the concern is about (child, parent, household) under
    /// each heading, the kinds of abuse together, and the single-code concerns about the child in one group.
    /// </summary>
    public static IReadOnlyList<FactorGroup> FactorGroups { get; } = GroupFactors();

    private static List<FactorGroup> GroupFactors()
    {
        const string Abuse = "Abuse or neglect";
        var byHeading = AssessmentFactorCodes.Codes.Keys.Where(c => c != AssessmentFactorCodes.NoFactors)
            .GroupBy(c => ShortHeading(c) is var h && h.StartsWith(Abuse, StringComparison.Ordinal) ? Abuse : h)
            .ToList();
        var groups = byHeading.Where(g => g.Count() > 1)
            .Select(g => new FactorGroup(g.Key, g.Select(c => g.Key == Abuse
                ? new Factor(c, $"{AbuseKind(c)} ({c})", null)
                : new Factor(c, $"{Capitalise(Variant(c))} ({c})", null)).ToList()))
            .ToList();
        groups.Add(new FactorGroup("Other concerns about the child",
            byHeading.Where(g => g.Count() == 1).Select(g => g.Single()).Select(c => new Factor(c, $"{ShortHeading(c)} ({c})", Detail(c) == ShortHeading(c) ? null : Capitalise(Detail(c)))).ToList()));
        return groups;
    }

    /// <summary>The heading before the colon, or before " - " for the codes the DfE wrote without one.</summary>
    private static string ShortHeading(string code)
    {
        var heading = AssessmentFactorCodes.Heading(code);
        var dash = heading.IndexOf(" - ", StringComparison.Ordinal);
        return dash > 0 ? heading[..dash] : heading;
    }

    private static string Detail(string code)
    {
        var description = AssessmentFactorCodes.Codes[code];
        var colon = description.IndexOf(':', StringComparison.Ordinal);
        var dash = description.IndexOf(" - ", StringComparison.Ordinal);
        return colon > 0 ? description[(colon + 1)..].Trim() : dash > 0 ? description[(dash + 3)..].Trim() : description;
    }

    /// <summary>What tells codes under one heading apart: the private fostering codes differ only after their last " - ".</summary>
    private static string Variant(string code)
    {
        var detail = Detail(code);
        var dash = detail.LastIndexOf(" - ", StringComparison.Ordinal);
        return dash > 0 ? detail[(dash + 3)..] : detail;
    }

    /// <summary>"Abuse or neglect – 'PHYSICAL ABUSE' (child on child)" reads as "Physical abuse (child on child)".</summary>
    private static string AbuseKind(string code)
    {
        var heading = AssessmentFactorCodes.Heading(code);
        var kind = heading[(heading.IndexOf('\'', StringComparison.Ordinal) + 1)..].Replace("'", "", StringComparison.Ordinal);
        return Capitalise(kind.ToLowerInvariant());
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
