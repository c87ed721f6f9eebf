using System.Text;

namespace Haven.Domain.CinCensus;

/// <summary>Issues as a CSV file (RFC 4180) with the columns child, rule, level, message, field, value.</summary>
public static class CinValidationReport
{
    public const string HeaderLine = "child,rule,level,message,field,value";

    public static void WriteCsv(TextWriter output, IEnumerable<CinIssue> issues)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(issues);

        // RFC 4180 ends every line with CRLF, whatever the platform.
        output.Write(HeaderLine + "\r\n");
        foreach (var issue in issues)
        {
            output.Write(string.Join(',', Field(issue.LAchildID), Field(issue.RuleId), Field(issue.Level.ToString()),
                Field(issue.Message), Field(issue.Field), Field(issue.Value)));
            output.Write("\r\n");
        }
    }

    public static string ToCsv(IEnumerable<CinIssue> issues)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text))
        {
            WriteCsv(writer, issues);
        }

        return text.ToString();
    }

    private static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
