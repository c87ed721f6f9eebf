using Haven.Domain.CinCensus;

namespace Haven.Web.Features.CinCensus;

/// <summary>How a census year is named in the audit trail, so the analyst's home can find its last check and download.</summary>
public static class CinCensusReturn
{
    /// <summary>The audit trail's target type for a statutory return.</summary>
    public const string Target = "Return";

    public static string Id(CensusPeriod period) => $"cin-census-{period.End.Year}";

    public static string YearText(CensusPeriod period) => $"{period.End.Year - 1} to {period.End.Year}";

    /// <summary>The list name a census download is recorded under.</summary>
    public static string ExportName(CensusPeriod period) => $"CIN census {YearText(period)}";
}
