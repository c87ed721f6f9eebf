using System.Text;

namespace Haven.Domain.Formatting;

/// <summary>
/// CSV for spreadsheets, the one writer every download uses: RFC 4180 quoting, CRLF line ends whatever the
/// platform, and a byte-order mark so Excel reads accented names. A cell a spreadsheet would run as a formula
/// (starting = + - @, tab or carriage return) is prefixed with an apostrophe, because names, messages and
/// values in these files were typed by people or came from other systems.
/// </summary>
public static class Csv
{
    /// <summary>The rows as the bytes of a UTF-8 file with a byte-order mark.</summary>
    public static byte[] Encode(IEnumerable<IReadOnlyList<string?>> rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ToText(rows))];

    /// <summary>The rows as text, without the byte-order mark (for writing to a stream that adds its own).</summary>
    public static string ToText(IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var csv = new StringBuilder();
        foreach (var row in rows)
        {
            csv.AppendJoin(',', row.Select(Cell)).Append("\r\n");
        }
        return csv.ToString();
    }

    /// <summary>Writes one row, for files too large to hold in memory.</summary>
    public static void WriteRow(TextWriter output, IReadOnlyList<string?> row)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(row);
        output.Write(string.Join(',', row.Select(Cell)));
        output.Write("\r\n");
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }
        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    /// <summary>
    /// Reads CSV text (RFC 4180: commas, double quotes with "" inside, CRLF or LF line ends), skipping blank lines and
    /// a leading byte-order mark. Each row comes with the line it starts on, so a problem can be reported by line.
    /// <paramref name="unclosedQuoteLine"/> is the line of a quote never closed, or 0; the row it is in and everything
    /// after it are not returned (they would be one broken cell).
    /// </summary>
    public static IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Read(string text, out int unclosedQuoteLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rows = new List<(int, IReadOnlyList<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var (line, rowStart, quoteStart, quoted) = (1, 1, 0, false);
        void EndRow()
        {
            cells.Add(cell.ToString());
            cell.Clear();
            if (cells.Count > 1 || cells[0].Trim().Length > 0)
            {
                rows.Add((rowStart, cells.ToList()));
            }
            cells.Clear();
        }
        var body = text.TrimStart('\uFEFF');
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < body.Length && body[i + 1] == '"')
                {
                    // "" inside a quoted cell is one quote.
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    cell.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case '"':
                    quoted = true;
                    quoteStart = line;
                    break;
                case ',':
                    cells.Add(cell.ToString());
                    cell.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRow();
                    line++;
                    rowStart = line;
                    break;
                default:
                    cell.Append(c);
                    break;
            }
        }
        unclosedQuoteLine = quoted ? quoteStart : 0;
        if (!quoted)
        {
            EndRow();
        }
        return rows;
    }
}
