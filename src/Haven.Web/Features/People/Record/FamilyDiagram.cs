using System.Globalization;
using System.Net;
using System.Text;

namespace Haven.Web.Features.People.Record;

/// <summary>
/// Draws the family network as an SVG: older generations above, the person in the middle row with siblings
/// and partners, children below, a line to each relative labelled with the relationship. The list beside it
/// is the accessible equivalent; the drawing is a picture of the same facts.
/// </summary>
public static class FamilyDiagram
{
    private const int BoxWidth = 150;
    private const int BoxHeight = 54;
    private const int ColumnGap = 24;
    private const int RowGap = 70;

    public static string Render(string personName, string? personDetail, IReadOnlyList<FamilyMember> members)
    {
        var current = members.Where(m => m.IsCurrent).ToList();
        var rows = current.GroupBy(m => Math.Clamp(m.Generation, -2, 2)).ToDictionary(g => g.Key, g => g.ToList());
        var generations = rows.Keys.Append(0).Distinct().OrderByDescending(g => g).ToList();
        var widest = Math.Max(1, generations.Max(g => (rows.GetValueOrDefault(g)?.Count ?? 0) + (g == 0 ? 1 : 0)));
        var width = (widest * (BoxWidth + ColumnGap)) + ColumnGap;
        var height = (generations.Count * (BoxHeight + RowGap)) + 10;

        var boxes = new StringBuilder();
        var lines = new StringBuilder();
        (double X, double Y) centre = default;
        var positions = new List<(FamilyMember Member, double X, double Y)>();

        for (var rowIndex = 0; rowIndex < generations.Count; rowIndex++)
        {
            var generation = generations[rowIndex];
            var y = 10 + (rowIndex * (BoxHeight + RowGap));
            var inRow = rows.GetValueOrDefault(generation) ?? [];
            var count = inRow.Count + (generation == 0 ? 1 : 0);
            var startX = (width - ((count * (BoxWidth + ColumnGap)) - ColumnGap)) / 2.0;
            var slot = 0;
            if (generation == 0)
            {
                // The person sits in the middle of their own row.
                var middle = inRow.Count / 2;
                foreach (var m in inRow.Take(middle))
                {
                    positions.Add((m, startX + (slot++ * (BoxWidth + ColumnGap)), y));
                }
                centre = (startX + (slot++ * (BoxWidth + ColumnGap)), y);
                foreach (var m in inRow.Skip(middle))
                {
                    positions.Add((m, startX + (slot++ * (BoxWidth + ColumnGap)), y));
                }
            }
            else
            {
                foreach (var m in inRow)
                {
                    positions.Add((m, startX + (slot++ * (BoxWidth + ColumnGap)), y));
                }
            }
        }

        foreach (var (m, x, y) in positions)
        {
            var x1 = centre.X + (BoxWidth / 2.0);
            var y1 = y < centre.Y ? centre.Y : y > centre.Y ? centre.Y + BoxHeight : centre.Y + (BoxHeight / 2.0);
            var x2 = x + (BoxWidth / 2.0);
            var y2 = y < centre.Y ? y + BoxHeight : y > centre.Y ? y : y + (BoxHeight / 2.0);
            if (Math.Abs(y - centre.Y) < 1)
            {
                x1 = x < centre.X ? centre.X : centre.X + BoxWidth;
                x2 = x < centre.X ? x + BoxWidth : x;
            }
            lines.Append(CultureInfo.InvariantCulture, $"<line x1=\"{x1:0.#}\" y1=\"{y1:0.#}\" x2=\"{x2:0.#}\" y2=\"{y2:0.#}\" class=\"haven-family__line{(m.LivesWith ? " haven-family__line--lives-with" : "")}\"/>");
            boxes.Append(Box(x, y, m.Name ?? Haven.Web.Infrastructure.MaskedPerson.Label(m.IsRestricted), m.Relationship + (m.DateOfBirth is { } d ? $", born {d.Year}" : ""), false));
        }
        boxes.Append(Box(centre.X, centre.Y, personName, personDetail ?? "", true));

        return $"<svg class=\"haven-family__svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"family-diagram-title\" xmlns=\"http://www.w3.org/2000/svg\">"
            + $"<title id=\"family-diagram-title\">Family diagram for {Encode(personName)}: {current.Count} current relationships, listed in the table</title>"
            + lines + boxes + "</svg>";
    }

    private static string Box(double x, double y, string name, string detail, bool isSubject) =>
        string.Create(CultureInfo.InvariantCulture,
            $"<g class=\"haven-family__person{(isSubject ? " haven-family__person--subject" : "")}\"><rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{BoxWidth}\" height=\"{BoxHeight}\" rx=\"4\"/>"
            + $"<text x=\"{x + 8:0.#}\" y=\"{y + 22:0.#}\" class=\"haven-family__name\">{Encode(Truncate(name, 20))}</text>"
            + $"<text x=\"{x + 8:0.#}\" y=\"{y + 42:0.#}\" class=\"haven-family__detail\">{Encode(Truncate(detail, 24))}</text></g>");

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
