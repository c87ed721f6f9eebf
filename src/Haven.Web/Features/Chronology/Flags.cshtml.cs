using Haven.Web.Features.Home;
using Haven.Web.Features.People;

namespace Haven.Web.Features.Chronology;

/// <summary>
/// Children with an active warning of one kind: who is at risk of exploitation, missing from home, discussed at MARAC;
/// narrowed to an allocated worker or team, sorted on the server and downloadable as CSV (the download audited).
/// </summary>
public sealed class FlagsModel(FlagListQueries queries, AuditTrail audit, TimeProvider clock) : PageModel
{
    /// <summary>The warnings that make a cohort someone needs to see as a list.</summary>
    public static readonly IReadOnlyList<FlagType> ListTypes =
    [
        FlagType.ChildSexualExploitation, FlagType.MissingFromHome, FlagType.DomesticAbuseMarac, FlagType.PrivateFostering,
        FlagType.YoungCarer, FlagType.Disability, FlagType.FemaleGenitalMutilation,
        FlagType.ChildCriminalExploitation, FlagType.CountyLines, FlagType.Radicalisation, FlagType.Trafficking,
    ];

    [BindProperty(SupportsGet = true, Name = "type")]
    public FlagType? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "worker")] public string? Worker { get; set; }
    [BindProperty(SupportsGet = true, Name = "team")] public Guid? Team { get; set; }
    [BindProperty(SupportsGet = true, Name = "download")] public string? Download { get; set; }

    public FlagList? Result { get; private set; }

    public HomeList? List { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Type is not { } type)
        {
            return Page();
        }
        if (!ListTypes.Contains(type))
        {
            return NotFound();
        }
        Result = await queries.ListAsync(type, Worker, Team, ct);
        var filters = QueryString.Create(new Dictionary<string, string?> { ["type"] = type.ToString(), ["worker"] = Worker, ["team"] = Team?.ToString() }
            .Where(f => !string.IsNullOrEmpty(f.Value)));
        var today = UkClock.Today(clock);
        List = new HomeList("warning", "Children", Columns, Result.Children.Select(c => (IReadOnlyList<HomeCell>)
            [
                new HomeCell(c.Name, $"/people/{c.PersonId}/chronology", c.HavenId),
                c.DateOfBirth is { } dob ? HomeCell.Date(dob) : new HomeCell("Not known"),
                HomeCell.Date(c.Since),
                c.ReviewDate is { } review ? HomeCell.Date(review, tagColour: review < today ? "red" : review == today ? "yellow" : null) : new HomeCell("Not set"),
                new HomeCell(c.Worker ?? "Not allocated", Hint: c.Team),
                new HomeCell(c.Note ?? ""),
            ]), "since", defaultDescending: true)
        {
            EmptyText = "No child has this warning at the moment.",
            PageUrl = "/chronology/flags" + filters.ToUriComponent(),
        };
        List.SortBy(Request.Query);
        if (Download is not null)
        {
            if (Download != List.Id)
            {
                return NotFound();
            }
            var name = $"warning-{type}-{today:yyyy-MM-dd}.csv";
            await audit.ExportedAsync($"warning list: {PersonDisplay.Flag(type)}", name, List.Rows.Count, ct);
            return File(Csv.Encode(List.CsvRows()), "text/csv; charset=utf-8", name);
        }
        return Page();
    }

    private static readonly IReadOnlyList<HomeColumn> Columns =
    [
        new("child", "Child"), new("dob", "Date of birth"), new("since", "Warning since"), new("review", "Review"),
        new("worker", "Allocated worker"), new("details", "Details"),
    ];
}
