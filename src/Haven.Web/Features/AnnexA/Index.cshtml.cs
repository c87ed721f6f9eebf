using Haven.Domain.AnnexA;
using Haven.Domain.CinCensus;

namespace Haven.Web.Features.AnnexA;

/// <summary>
/// Ofsted's Annex A for a date range: how many rows each list has, any list's rows with a link to each child the
/// viewer may open (through <see cref="VisiblePeople"/>), and the workbook to download (audited). The lists cover every
/// child, as the inspectors ask, so the page is for those who run the statutory returns.
/// </summary>
public sealed class IndexModel(AnnexAExporter exporter, VisiblePeople visible, TimeProvider clock) : PageModel
{
    /// <summary>Rows shown on the page; the workbook has them all.</summary>
    public const int Shown = 200;

    /// <summary>A list's columns shown beside the child: the page is for finding children, the workbook has every column.</summary>
    public const int ColumnsShown = 6;

    [BindProperty(SupportsGet = true)]
    public DateInput From { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public DateInput To { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "list")]
    public int? List { get; set; }

    [BindProperty(SupportsGet = true, Name = "child")]
    public string? Child { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public CensusPeriod? Range { get; private set; }

    public AnnexAReturn? Lists { get; private set; }

    public AnnexAList? Selected { get; private set; }

    public IReadOnlyList<AnnexARow> Rows { get; private set; } = [];

    public int RowCount { get; private set; }

    public IReadOnlySet<Guid> Openable { get; private set; } = new HashSet<Guid>();

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "show")] bool show, CancellationToken ct)
    {
        if (!Prepare() || (!show && List is null))
        {
            return Page();
        }
        Lists = await exporter.BuildAsync(Range!, ct);
        Selected = AnnexALists.All.FirstOrDefault(l => l.Number == List);
        if (Selected is not null)
        {
            var rows = Lists.RowsOf(Selected).AsEnumerable();
            if (!string.IsNullOrWhiteSpace(Child))
            {
                rows = rows.Where(r => r.ChildId.Contains(Child.Trim(), StringComparison.OrdinalIgnoreCase));
            }
            var all = (Sort == "child" ? rows.OrderBy(r => r.ChildId, StringComparer.Ordinal) : rows).ToList();
            RowCount = all.Count;
            Rows = all.Take(Shown).ToList();
            Openable = await visible.OpenAmongAsync([.. Rows.Select(r => r.PersonId).Distinct()], ct);
        }
        return Page();
    }

    /// <summary>The workbook. Every child's data in the range is leaving Haven, so it is audited first.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        if (!Prepare())
        {
            return Page();
        }
        var annexA = await exporter.BuildAsync(Range!, ct);
        var name = AnnexAExporter.FileName(Range!);
        await exporter.RecordExportAsync(Range!, name, annexA, ct);
        return File(AnnexAExporter.Workbook(annexA), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name);
    }

    /// <summary>This page's query for the same range, with a list, filter or sort.</summary>
    public string Query(int? list = null, string? sort = null) =>
        "/returns/annex-a" + QueryString.Create(new Dictionary<string, string?>
        {
            ["From.Day"] = From.Day, ["From.Month"] = From.Month, ["From.Year"] = From.Year,
            ["To.Day"] = To.Day, ["To.Month"] = To.Month, ["To.Year"] = To.Year,
            ["show"] = "true", ["list"] = (list ?? List)?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["child"] = Child, ["sort"] = sort ?? Sort,
        }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    /// <summary>
    /// The range as typed, or the six months to today (the inspection's window for lists 1 to 5) when nothing is. False,
    /// with the errors by the fields, when a date is not real, is in the future or the range runs backwards.
    /// </summary>
    private bool Prepare()
    {
        var today = UkClock.Today(clock);
        if (From.IsEmpty && To.IsEmpty)
        {
            From = DateInput.From(today.AddMonths(-6).AddDays(1));
            To = DateInput.From(today);
        }
        var from = DateInputValidation.Validate(From, "the first day", required: true, today: today, notAfter: today);
        var to = DateInputValidation.Validate(To, "the last day", required: true, today: today, notAfter: today);
        var bad = from.AddTo(ModelState, nameof(From)) | to.AddTo(ModelState, nameof(To));
        if (!bad && to.Date < from.Date)
        {
            ModelState.AddModelError(nameof(To), "The last day must be the same as or after the first day");
            bad = true;
        }
        Range = bad ? null : new CensusPeriod(from.Date!.Value, to.Date!.Value);
        return !bad;
    }
}
