namespace Haven.Web.Features.ChildProtection;

/// <summary>
/// One row of a "who took part" list. Forms show a few blank rows and an "add another" button that posts back,
/// so a list of any length can be typed without JavaScript.
/// </summary>
public sealed class PersonRow
{
    public string? Name { get; set; }
    public string? Agency { get; set; }
    public bool Attended { get; set; }
    public bool ReportSubmitted { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Agency);

    public static List<PersonRow> Blank(int count) => [.. Enumerable.Range(0, count).Select(_ => new PersonRow())];

    /// <summary>The rows typed so far with blank ones added to make room for more.</summary>
    public static List<PersonRow> WithRoomFor(IEnumerable<PersonRow> rows, int blank) => [.. rows.Where(r => !r.IsBlank), .. Blank(blank)];
}
