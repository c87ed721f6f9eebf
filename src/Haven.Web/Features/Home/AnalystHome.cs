using Haven.Domain.CinCensus;
using Haven.Web.Features.CinCensus;

namespace Haven.Web.Features.Home;

/// <summary>The performance analyst's home: the returns with when each was last checked, and the data that would fail them.</summary>
public sealed class AnalystHomeView
{

    public required HomeList Returns { get; init; }

    public required HomeList DataQuality { get; init; }

    public required CensusPeriod Period { get; init; }

    public IReadOnlyList<HomeList> Lists => [Returns, DataQuality];
}

/// <summary>One return and what is known of its last check and download, from the audit trail.</summary>
public sealed record ReturnRow(string Name, string Year, string Link, DateTime? CheckedAtUtc, string? CheckedBy, string? CheckResult, DateTime? DownloadedAtUtc);

/// <summary>One data-quality check: how many children in this year's census it finds.</summary>
public sealed record DataQualityRow(string Check, int Children, string Census);

/// <summary>
/// Aggregates only: an analyst opens no child's record, so nothing here names a child. The counts are over the
/// children the census year covers (an episode open at some point in it), in SQL.
/// </summary>
public sealed class AnalystHome(HavenDbContext db, TimeProvider clock)
 : IRoleHome
{
    public string Partial => "_AnalystHome";

    public string Title => "Returns and data quality";

    /// <summary>What <see cref="LoadAsync"/> found; the partial shows it.</summary>
    public AnalystHomeView View { get; private set; } = null!;

    public IReadOnlyList<HomeList> Lists => View.Lists;

    public async Task LoadAsync(CancellationToken ct)
    {
        var today = UkClock.Today(clock);
        var period = CensusPeriod.YearEnding(CinCensus.IndexModel.CurrentYear(today));
        var checkedEvent = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Type == AuditEventTypes.ReturnChecked && e.TargetId == CinCensusReturn.Id(period))
            .OrderByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        var listName = CinCensusReturn.ExportName(period);
        var downloaded = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Type == AuditEventTypes.Exported && e.TargetName == listName)
            .OrderByDescending(e => e.Id).Select(e => (DateTime?)e.OccurredAtUtc).FirstOrDefaultAsync(ct);
        var returns = new[]
        {
            new ReturnRow("Children in need census", CinCensusReturn.YearText(period), $"/returns/cin-census?year={period.End.Year}&check=true",
                checkedEvent?.OccurredAtUtc, checkedEvent?.ActorName, checkedEvent?.Summary, downloaded),
        };
        string When(DateTime? at) => at is { } t ? DateText.DateAndTime(t) : "Not yet";
        var returnsList = HomeList.Of("returns", "Returns", "No returns", returns,
            [
                new HomeColumn<ReturnRow>("return", "Return", r => r.Name, r => r.Name, r => r.Link),
                new HomeColumn<ReturnRow>("year", "Year", r => r.Year, r => r.Year),
                new HomeColumn<ReturnRow>("checked", "Last checked", r => When(r.CheckedAtUtc) + (r.CheckedBy is null ? "" : $" by {r.CheckedBy}"), r => r.CheckedAtUtc),
                new HomeColumn<ReturnRow>("result", "Result of the last check", r => r.CheckResult ?? "Not checked this year"),
                new HomeColumn<ReturnRow>("downloaded", "Last downloaded", r => When(r.DownloadedAtUtc), r => r.DownloadedAtUtc),
            ], "return", hint: "Check a return to see its errors and queries, who can fix each, and the census figures.");

        var children = db.People.AsNoTracking().Where(p => p.MergedIntoId == null && p.Kind == PersonKind.Child
            && db.Referrals.Any(r => r.PersonId == p.Id && r.ReferralDate <= period.End && (r.ClosedOn == null || r.ClosedOn >= period.Start)));
        var census = CinCensusReturn.YearText(period);
        DataQualityRow[] checks =
        [
            new("No ethnicity recorded", await children.CountAsync(p => p.EthnicityCode == null || p.EthnicityCode == "", ct), census),
            new("Neither a date of birth nor an expected date of birth", await children.CountAsync(p => p.DateOfBirth == null && p.ExpectedDateOfBirth == null, ct), census),
            new("No answer about disability (DfE rule 8540)", await children.CountAsync(p => p.DisabilityCodes == null || p.DisabilityCodes == "", ct), census),
            new("Sex not known", await children.CountAsync(p => p.Sex == Sex.NotKnown, ct), census),
        ];
        var quality = HomeList.Of("data-quality", "Data quality", "Nothing to check", checks,
            [
                new HomeColumn<DataQualityRow>("check", "Check", r => r.Check, r => r.Check),
                new HomeColumn<DataQualityRow>("children", "Children", r => r.Children.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), r => r.Children, Numeric: true),
                new HomeColumn<DataQualityRow>("census", "Census year", r => r.Census),
            ], "children", defaultDescending: true,
            hint: "Children in this year's census whose details are incomplete. The census check lists each child with the worker and team who can fix it.");
        View = new AnalystHomeView { Returns = returnsList, DataQuality = quality, Period = period };
    }
}
