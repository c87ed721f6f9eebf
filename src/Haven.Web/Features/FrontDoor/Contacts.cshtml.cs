using System.Text;

namespace Haven.Web.Features.FrontDoor;

/// <summary>
/// The list behind each dashboard figure. A GET page so a manager can bookmark "decisions overdue", send the
/// link to a colleague, sort and page it, and download the same rows as CSV.
/// </summary>
public sealed partial class ContactsModel(FrontDoorQueries queries, TimeProvider clock, AuditTrail audit) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "view")]
    public string? View { get; set; }

    [BindProperty(SupportsGet = true, Name = "outcome")]
    public string? OutcomeSlug { get; set; }

    [BindProperty(SupportsGet = true, Name = "source")]
    public string? Source { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "dir")]
    public string? Direction { get; set; }

    // Not "page": Razor Pages reserves that name for the page's own route value.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true, Name = "format")]
    public string? Format { get; set; }

    public ScreeningOutcome? Outcome { get; private set; }
    public FrontDoorPage Result { get; private set; } = new([], 0, 1, 1);
    public string SortKey { get; private set; } = "received";
    public bool Descending { get; private set; }

    public string Title
    {
        get
        {
            var title = FrontDoorViews.Title(View!);
            if (Outcome is { } o)
            {
                title += $": {FrontDoorText.Outcome(o).ToLowerInvariant()}";
            }
            if (Source is not null)
            {
                title += $" from {SourceName(Source)}";
            }
            return title;
        }
    }

    public static string SourceName(string code) =>
        FrontDoorCodes.IsReferralSource(code) ? $"{FrontDoorCodes.ReferralSourceLabel(code).ToLowerInvariant()} ({code})" : $"source {code}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!FrontDoorViews.IsKnown(View)
            || (OutcomeSlug is not null && !FrontDoorViews.TryParseOutcome(OutcomeSlug, out _))
            || Source is { Length: 0 or > 3 })
        {
            return NotFound();
        }
        Outcome = FrontDoorViews.TryParseOutcome(OutcomeSlug, out var outcome) ? outcome : null;

        var (sort, defaultDescending) = (Sort ?? DefaultSort(View!)) switch
        {
            "decision-due" => (FrontDoorSort.DecisionDue, false),
            "feedback-due" => (FrontDoorSort.FeedbackDue, false),
            _ => (FrontDoorSort.Received, true),
        };
        SortKey = sort switch
        {
            FrontDoorSort.DecisionDue => "decision-due",
            FrontDoorSort.FeedbackDue => "feedback-due",
            _ => "received",
        };
        Descending = Direction switch
        {
            "asc" or "ascending" => false,
            "desc" or "descending" => true,
            _ => defaultDescending,
        };
        var filter = new FrontDoorFilter(View!, Outcome, Source);

        if (string.Equals(Format, "csv", StringComparison.OrdinalIgnoreCase))
        {
            var all = await queries.ListAsync(filter, sort, Descending, 1, int.MaxValue, ct);
            var name = $"front-door-{View}{(Source is null ? "" : "-" + Source)}{(OutcomeSlug is null ? "" : "-" + OutcomeSlug)}-{UkClock.Today(clock):yyyy-MM-dd}.csv";
            // A list of children's names is leaving Haven: record who took it, which list and how many rows.
            await audit.ExportedAsync("front door contacts", name, all.Rows.Count, ct);
            return File(Csv(all.Rows), "text/csv; charset=utf-8", name);
        }

        Result = await queries.ListAsync(filter, sort, Descending, PageNumber, FrontDoorQueries.PageSize, ct);
        PageNumber = Result.PageNumber;
        return Page();
    }

    /// <summary>Where each list starts: the queue oldest first, feedback soonest due first, the rest newest first.</summary>
    private static string DefaultSort(string view) => view switch
    {
        FrontDoorViews.Awaiting or FrontDoorViews.DecisionOverdue => "decision-due",
        FrontDoorViews.FeedbackDue or FrontDoorViews.FeedbackOverdue => "feedback-due",
        _ => "received",
    };

    public string ListUrl(int? page = null, string? format = null)
    {
        var query = new List<string> { $"view={Uri.EscapeDataString(View ?? "")}" };
        if (OutcomeSlug is not null)
        {
            query.Add($"outcome={Uri.EscapeDataString(OutcomeSlug)}");
        }
        if (Source is not null)
        {
            query.Add($"source={Uri.EscapeDataString(Source)}");
        }
        query.Add($"sort={SortKey}");
        query.Add($"dir={(Descending ? "desc" : "asc")}");
        if (page is { } p)
        {
            query.Add($"p={p}");
        }
        if (format is not null)
        {
            query.Add($"format={format}");
        }
        return "/front-door/contacts?" + string.Join("&", query);
    }

    public static string FeedbackText(FrontDoorRow row) => row.FeedbackStatus switch
    {
        null => "Not yet: no decision",
        { } status => FrontDoorText.Feedback(status),
    };

    /// <summary>The DfE label without its examples in brackets ("Other legal agency"), to fit a table cell; the CSV has it in full.</summary>
    public static string ShortSourceLabel(string? code)
    {
        var label = FrontDoorCodes.ReferralSourceLabel(code);
        var bracket = label.IndexOf(" (", StringComparison.Ordinal);
        return bracket < 0 ? label : label[..bracket];
    }

    public static byte[] Csv(IEnumerable<FrontDoorRow> rows) => Haven.Domain.Formatting.Csv.Encode(CsvRows(rows));

    private static IEnumerable<IReadOnlyList<string?>> CsvRows(IEnumerable<FrontDoorRow> rows)
    {
        yield return ["Child", "Haven ID", "Contact reference", "Received", "Source code", "Source", "Decision", "Decision due", "Decision timeliness", "Feedback", "Feedback due"];
        foreach (var r in rows)
        {
            yield return
            [
                r.ChildName ?? MaskedPerson.Label(r.IsRestricted),
                r.HavenId,
                r.Reference ?? "",
                DateText.DateAndTime(r.ReceivedAtUtc),
                r.SourceCode ?? "",
                r.SourceCode is null ? "" : FrontDoorCodes.ReferralSourceLabel(r.SourceCode),
                DecisionText(r),
                Haven.Domain.Formatting.DateText.Date(r.DecisionDueOn),
                r.DecisionClock switch
                {
                    DecisionClock.Overdue => "Overdue",
                    DecisionClock.DueToday => "Due today",
                    DecisionClock.InTime => "In time",
                    _ => "",
                },
                FeedbackText(r) + (r.FeedbackOverdue ? " (overdue)" : ""),
                r.FeedbackDueAtUtc is { } due ? DateText.DateAndTime(due) : "",
            ];
        }
    }

    public static string DecisionText(FrontDoorRow row) => row switch
    {
        { IsDecided: false } => "Awaiting decision",
        { Outcome: { } o } => FrontDoorText.Outcome(o),
        _ => "Decision made",
    };
}
