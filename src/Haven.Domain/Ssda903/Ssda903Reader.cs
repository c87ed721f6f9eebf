using System.Text;

namespace Haven.Domain.Ssda903;

/// <summary>A problem with a file itself (not with the data in it), with the file and line it was found on.</summary>
public sealed record Ssda903FileProblem(string FileName, string Message, int? Line = null)
{
    public override string ToString() => Line is { } line ? $"{FileName}, line {line}: {Message}" : $"{FileName}: {Message}";
}

/// <summary>What reading a set of files gave: the return (rows that could be read) and what was wrong with the files.</summary>
public sealed record Ssda903ReadResult(Ssda903Return Return, IReadOnlyList<Ssda903FileProblem> Problems)
{
    /// <summary>True when nothing was left unread: every file was recognised and every row had its columns.</summary>
    public bool ReadCompletely => Problems.Count == 0;
}

/// <summary>
/// Reads a set of SSDA903 CSV files. Like the DfE's collection, a file is recognised by its set of column names (in any
/// order), not by its name. Values are trimmed and kept as written; a blank cell is null. A file that is not one of
/// the return's, a second copy of one, a row with too many or too few cells and an unclosed quote are reported with
/// the file and line, and the rest is still read, so one bad row does not hide the problems in the others.
/// </summary>
public static class Ssda903Reader
{
    public static Ssda903ReadResult Read(IEnumerable<(string FileName, string Text)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var problems = new List<Ssda903FileProblem>();
        var result = Ssda903Return.Empty;
        var seen = new Dictionary<Ssda903File, string>();
        foreach (var (name, text) in files)
        {
            var lines = Parse(name, text.TrimStart('\uFEFF'), problems);
            if (lines.Count == 0)
            {
                problems.Add(new(name, "The file is empty: it has no row of column names."));
                continue;
            }
            var (headerLine, columns) = lines[0];
            var names = columns.Select(c => c?.Trim() ?? "").ToList();
            if (Recognise(names) is not { } file)
            {
                problems.Add(new(name, Unrecognised(names), headerLine));
                continue;
            }
            if (seen.TryGetValue(file, out var first))
            {
                problems.Add(new(name, $"This is a second {file.FileName} (the first was {first}); only the first was read."));
                continue;
            }
            seen[file] = name;
            var positions = file.Columns.Select(c => names.IndexOf(c)).ToArray();
            var rows = new List<string?[]>();
            foreach (var (line, cells) in lines.Skip(1))
            {
                if (cells.Count != names.Count)
                {
                    problems.Add(new(name, $"The row has {cells.Count} {Plural(cells.Count, "value")} but the file has {names.Count} columns, so it was not read.", line));
                    continue;
                }
                rows.Add([.. positions.Select(p => cells[p] is { } v && v.Trim() is { Length: > 0 } t ? t : null)]);
            }
            result = file.With(result, rows);
        }
        foreach (var needed in new[] { Ssda903Files.Header, Ssda903Files.Episodes })
        {
            if (!seen.ContainsKey(needed))
            {
                problems.Add(new(needed.FileName, $"There is no {needed.FileName} (columns {string.Join(", ", needed.Columns)}), so the return cannot be checked fully."));
            }
        }
        return new Ssda903ReadResult(result, problems);
    }

    /// <summary>Reads every .csv file in a folder.</summary>
    public static Ssda903ReadResult ReadFolder(string folder) =>
        Read(Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8))));

    private static Ssda903File? Recognise(List<string> names) =>
        Ssda903Files.All.FirstOrDefault(f => f.Columns.Count == names.Count && f.Columns.All(names.Contains));

    private static string Unrecognised(List<string> names)
    {
        var closest = Ssda903Files.All.OrderByDescending(f => f.Columns.Count(names.Contains)).First();
        if (!closest.Columns.Any(names.Contains))
        {
            return $"None of its columns ({string.Join(", ", names)}) is in an SSDA903 file, so it was not read.";
        }
        var missing = closest.Columns.Where(c => !names.Contains(c)).ToList();
        var extra = names.Where(n => !closest.Columns.Contains(n)).ToList();
        var duplicated = names.GroupBy(n => n).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add($"it has no {string.Join(", ", missing)}");
        }
        if (extra.Count > 0)
        {
            parts.Add($"it has {string.Join(", ", extra)}, which {(extra.Count == 1 ? "is" : "are")} not in that file");
        }
        if (duplicated.Count > 0)
        {
            parts.Add($"{string.Join(", ", duplicated)} {(duplicated.Count == 1 ? "appears" : "appear")} twice");
        }
        return $"The columns are not those of any SSDA903 file, so it was not read. It looks most like {closest.FileName}, but {string.Join("; ", parts)}.";
    }

    private static string Plural(int n, string word) => n == 1 ? word : word + "s";

    /// <summary>The file's rows (<see cref="Csv.Read"/>); an unclosed quote is reported and what follows it is not read.</summary>
    private static IReadOnlyList<(int Line, IReadOnlyList<string> Cells)> Parse(string name, string text, List<Ssda903FileProblem> problems)
    {
        var rows = Csv.Read(text, out var unclosed);
        if (unclosed > 0)
        {
            problems.Add(new(name, "A value in quotes is never closed, so this row and everything after it was not read.", unclosed));
        }
        return rows;
    }
}
