using System.Globalization;
using System.IO.Compression;
using Haven.Domain.CinCensus;
using Haven.Domain.Ssda903;
using Microsoft.AspNetCore.Antiforgery;

namespace Haven.Web.Features.Ssda903;

/// <summary>
/// The SSDA903 page: check this year's return as the record stands, download its files, or check files from another
/// system. Nothing uploaded is stored.
/// </summary>
[IgnoreAntiforgeryToken]
[RequestSizeLimit(MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 1024 * 1024)]
public sealed class IndexModel(Ssda903Check check, Ssda903Exporter exporter, IAntiforgery antiforgery, TimeProvider clock, AuditTrail audit) : PageModel
{
    /// <summary>A large authority's files are a few tens of megabytes; this leaves room without inviting abuse.</summary>
    public const long MaxBytes = 100L * 1024 * 1024;

    /// <summary>Issues shown on the page; the CSV has them all.</summary>
    public const int Shown = 200;

    [BindProperty(SupportsGet = true, Name = "year")]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true, Name = "rule")]
    public string? Rule { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    public IReadOnlyList<int> Years { get; private set; } = [];

    public CensusPeriod Period { get; private set; } = null!;

    public Ssda903CheckResult? Result { get; private set; }

    /// <summary>The uploaded files' names, when the result is of an upload rather than the record.</summary>
    public IReadOnlyList<string>? Uploaded { get; private set; }

    public IReadOnlyList<Ssda903Issue> Issues { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "check")] bool runCheck, CancellationToken ct)
    {
        if (Prepare() && runCheck)
        {
            Show(await check.CheckRecordAsync(Period, ct));
        }
        return Page();
    }

    /// <summary>The eleven files in one zip. Every looked-after child's data is leaving Haven, so it is audited first.</summary>
    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken ct)
    {
        if (!Prepare())
        {
            return Page();
        }
        var ssda903 = await exporter.BuildAsync(Period, ct);
        var name = $"{Ssda903Exporter.FolderName(Period)}.zip";
        await exporter.RecordExportAsync(Period, name, ssda903, ct);
        return File(Ssda903Writer.Zip(ssda903), "application/zip", name);
    }

    /// <summary>The issues as CSV (child, rule, message, field, value); they name children, so the download is audited.</summary>
    public async Task<IActionResult> OnGetIssuesAsync(CancellationToken ct)
    {
        if (!Prepare())
        {
            return Page();
        }
        var result = await check.CheckRecordAsync(Period, ct);
        var name = $"ssda903-{Period.End.Year}-issues.csv";
        await audit.ExportedAsync($"SSDA903 issues {Period.Start.Year} to {Period.End.Year}", name, result.Validation.Issues.Count, ct);
        return File(Ssda903IssueReport.Encode(result.Validation.Issues), "text/csv; charset=utf-8", name);
    }

    public async Task<IActionResult> OnPostUploadAsync(CancellationToken ct)
    {
        if (!Prepare())
        {
            return Page();
        }
        var (form, refusal) = await LargeUpload.ReadFormAsync(this, antiforgery, MaxBytes, "files",
            $"The files must be smaller than {MaxBytes / 1024 / 1024} MB in all",
            "The upload could not be read. Select the SSDA903 files again", ct);
        if (form is null)
        {
            return refusal!;
        }
        if (form.Files.Count == 0 || form.Files.All(f => f.Length == 0))
        {
            ModelState.AddModelError("files", "Select the SSDA903 CSV files, or a zip of them");
            return Page();
        }
        List<(string FileName, string Text)> files;
        try
        {
            files = await Ssda903Check.ReadUploadAsync(form.Files, ct);
        }
        catch (InvalidDataException)
        {
            ModelState.AddModelError("files", "The zip file could not be opened. Select the CSV files, or a zip of them, again");
            return Page();
        }
        Uploaded = files.Select(f => f.FileName).ToList();
        Show(await check.CheckAsync(Ssda903Reader.Read(files), Period, ct));
        return Page();
    }

    private void Show(Ssda903CheckResult result)
    {
        Result = result;
        var issues = result.Validation.Issues.AsEnumerable();
        if (!string.IsNullOrEmpty(Rule))
        {
            issues = issues.Where(i => i.RuleId == Rule);
        }
        Issues = (Sort == "rule"
            ? issues.OrderBy(i => i.RuleId, StringComparer.Ordinal).ThenBy(i => i.Child, StringComparer.Ordinal)
            : issues.OrderBy(i => i.Child, StringComparer.Ordinal).ThenBy(i => i.RuleId, StringComparer.Ordinal)).ToList();
    }

    private bool Prepare()
    {
        var today = UkClock.Today(clock);
        var current = today.Month >= 4 ? today.Year + 1 : today.Year;
        Years = Enumerable.Range(current - 4, 5).Reverse().ToList();
        Year ??= current;
        if (!Years.Contains(Year.Value))
        {
            ModelState.AddModelError("year", $"Choose a collection year between {Years[^1]} and {Years[0]}");
            Year = current;
            Period = CensusPeriod.YearEnding(current);
            return false;
        }
        Period = CensusPeriod.YearEnding(Year.Value);
        return true;
    }

    public static string YearLabel(int year) => string.Create(CultureInfo.InvariantCulture, $"{year - 1} to {year} (ending 31 March {year})");

    /// <summary>This page's check with a rule filter and sort, keeping the ones not given.</summary>
    public string Query(string? rule = null, string? sort = null)
    {
        var (r, s) = (rule ?? Rule, sort ?? Sort);
        return $"/returns/ssda903?year={Year}&check=true"
            + (string.IsNullOrEmpty(r) ? "" : $"&rule={Uri.EscapeDataString(r)}")
            + (string.IsNullOrEmpty(s) ? "" : $"&sort={Uri.EscapeDataString(s)}");
    }
}
