namespace Haven.Domain.CinCensus;

/// <summary>What validating a census file found: the issues in the data and the problems with the file.</summary>
public sealed record CinValidationResult(
    CinCensusHeader Header,
    int ChildCount,
    IReadOnlyList<CinIssue> Issues,
    IReadOnlyList<CinFileProblem> Problems)
{
    /// <summary>False when the file could not be read to the end; the issues then cover only what was read.</summary>
    public bool ReadCompletely => !Problems.Any(p => p.Level == CinFileProblemLevel.Fatal);
}

/// <summary>
/// Runs a rule set over a census file in one streaming pass: each child is read, checked and let go, while
/// return-level rules keep their small running totals.
/// </summary>
public sealed class CinCensusValidator(CinRuleSet? rules = null, WorkingDayCalendar? calendar = null)
{
    private readonly CinRuleSet _rules = rules ?? CinRuleSet.Cin2025To26;
    private readonly WorkingDayCalendar _calendar = calendar ?? WorkingDayCalendar.EnglandAndWales;

    public CinRuleSet Rules => _rules;

    public CinValidationResult Validate(Stream xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var reader = CinCensusReader.Open(xml);
        var header = reader.Header;
        var contextProblems = new List<CinFileProblem>();
        // A file broken before its children has nothing to check, so the period is not worth a second problem.
        var context = reader.HasFatalProblem ? null : ContextFor(header, contextProblems);
        var checks = _rules.ReturnRules.Select(r => r.Start(header, context)).ToList();
        var issues = new List<CinIssue>();
        var children = 0;

        foreach (var child in reader.ReadChildren())
        {
            children++;
            if (context is not null)
            {
                issues.AddRange(ValidateChild(child, context));
            }

            foreach (var check in checks)
            {
                check.Observe(child);
            }
        }

        // Totals over part of a file would mislead, so return-level rules report only for a file read to the end.
        if (!reader.HasFatalProblem)
        {
            issues.AddRange(checks.SelectMany(c => c.Finish()));
        }

        return new CinValidationResult(header, children, issues, [.. reader.Problems, .. contextProblems]);
    }

    /// <summary>
    /// The child-level rules for one child, e.g. as a worker saves a form. Return-level rules (duplicates,
    /// totals) need the whole return and are not run.
    /// </summary>
    public IReadOnlyList<CinIssue> ValidateChild(CinCensusChild child, CinRuleContext context)
    {
        ArgumentNullException.ThrowIfNull(child);
        ArgumentNullException.ThrowIfNull(context);
        return [.. _rules.ChildRules.SelectMany(rule => rule.Check(child, context))];
    }

    /// <summary>The same, for the census year ending on <paramref name="referenceDate"/>.</summary>
    public IReadOnlyList<CinIssue> ValidateChild(CinCensusChild child, DateOnly referenceDate, string? laCode = null) =>
        ValidateChild(child, CinRuleContext.For(referenceDate, laCode, _calendar));

    /// <summary>
    /// The census period comes from the reference date, or else 31 March of the header's Year (rule 100 still
    /// reports the missing date). Without either, dates cannot be judged and child-level rules are not run.
    /// </summary>
    private CinRuleContext? ContextFor(CinCensusHeader header, List<CinFileProblem> problems)
    {
        DateOnly? referenceDate = header.ReferenceDate
            ?? (header.CensusYearEnd is { } year and > 1 and < 9999 ? new DateOnly(year, 3, 31) : null);
        if (referenceDate is not { } date)
        {
            problems.Add(new CinFileProblem(
                CinFileProblemLevel.Error,
                "The header has no readable <ReferenceDate> or <Year>, so the census period is unknown and the children's records were not checked."));
            return null;
        }

        try
        {
            return CinRuleContext.For(date, header.LEA, _calendar);
        }
        catch (InvalidOperationException ex)
        {
            problems.Add(new CinFileProblem(
                CinFileProblemLevel.Error,
                $"The children's records were not checked: working days cannot be counted for a census ending {CinDates.Format(date)}. {ex.Message}"));
            return null;
        }
    }
}
