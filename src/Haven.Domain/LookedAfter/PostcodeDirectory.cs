using System.Globalization;

namespace Haven.Domain.LookedAfter;

/// <summary>
/// Reads the ONS Postcode Directory (ONSPD) CSV, or any CSV with its <c>pcds</c>, <c>lat</c> and <c>long</c> columns
/// in any position, into postcode centroids. Postcodes without a grid reference (the ONSPD writes latitude 99.999999)
/// are skipped, as are blank rows; a file without the three columns, or with a value that is not a number, is refused
/// with the line number, so a wrong file changes nothing.
/// </summary>
public static class PostcodeDirectory
{
    /// <summary>The ONSPD's "no grid reference" latitude.</summary>
    private const double NoLocation = 99.999999;

    public static IEnumerable<PostcodeCentroid> Read(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var header = input.ReadLine() ?? throw new FormatException("The file is empty.");
        var names = Split(header.TrimStart('\uFEFF')).Select(n => n.Trim().ToLowerInvariant()).ToList();
        var (pcds, lat, lon) = (names.IndexOf("pcds"), names.IndexOf("lat"), names.IndexOf("long"));
        if (pcds < 0 || lat < 0 || lon < 0)
        {
            throw new FormatException("The file needs the ONS Postcode Directory columns pcds, lat and long in its first line.");
        }
        var line = 1;
        while (input.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var cells = Split(text);
            if (cells.Count <= Math.Max(pcds, Math.Max(lat, lon)))
            {
                throw new FormatException($"Line {line} has too few columns.");
            }
            if (!double.TryParse(cells[lat], NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude)
                || !double.TryParse(cells[lon], NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude))
            {
                if (cells[lat].Length == 0 || cells[lon].Length == 0)
                {
                    continue;
                }
                throw new FormatException($"Line {line}: the latitude or longitude is not a number.");
            }
            if (Math.Abs(latitude - NoLocation) < 0.000001 || Postcodes.Normalise(cells[pcds]) is not { } postcode)
            {
                continue;
            }
            yield return new PostcodeCentroid { Postcode = postcode, Latitude = latitude, Longitude = longitude };
        }
    }

    /// <summary>One CSV line into cells: commas, with double quotes around a cell that has commas or quotes in it.</summary>
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
