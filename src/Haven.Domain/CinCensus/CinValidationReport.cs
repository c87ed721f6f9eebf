namespace Haven.Domain.CinCensus;

/// <summary>
/// Issues as a CSV file with the columns child, rule, level, message, field, value, written by the one
/// <see cref="Csv"/> writer: messages and values come from uploaded files, so a cell that would run as a
/// spreadsheet formula is guarded like every other download.
/// </summary>
public static class CinValidationReport
{
    public static readonly IReadOnlyList<string> Header = ["child", "rule", "level", "message", "field", "value"];

    public static IEnumerable<IReadOnlyList<string?>> Rows(IEnumerable<CinIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(issues);
        yield return Header;
        foreach (var issue in issues)
        {
            yield return [issue.LAchildID, issue.RuleId, issue.Level.ToString(), issue.Message, issue.Field, issue.Value];
        }
    }

    /// <summary>The file's text, without the byte-order mark <see cref="Csv.Encode"/> adds.</summary>
    public static string ToCsv(IEnumerable<CinIssue> issues) => Csv.ToText(Rows(issues));

    /// <summary>The file's bytes, ready to download or save.</summary>
    public static byte[] Encode(IEnumerable<CinIssue> issues) => Csv.Encode(Rows(issues));
}
