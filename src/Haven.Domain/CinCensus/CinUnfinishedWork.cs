namespace Haven.Domain.CinCensus;

/// <summary>
/// Queries that, checked before the census year ends, only say that a piece of work is still open. 8670Q (an
/// assessment started more than 45 working days before 31 March with no end date) and 8675Q (a section 47 enquiry
/// started more than 15 working days before 31 March with no conference) are about the state of the work on
/// 31 March; checked in November, an assessment started three weeks ago trips 8670Q although nothing is wrong
/// yet. Such issues are listed apart from real problems until the year ends, then they are real queries again.
/// </summary>
public static class CinUnfinishedWork
{
    public static readonly IReadOnlySet<string> Rules = new HashSet<string>(StringComparer.Ordinal) { "8670Q", "8675Q" };

    public static bool OnlyMeansNotFinishedYet(CinIssue issue, DateOnly today, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return today < referenceDate && Rules.Contains(issue.RuleId);
    }
}
