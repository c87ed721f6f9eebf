using Haven.Domain.CinCensus;
using Haven.Domain.Ssda903;

namespace Haven.Web.Features.Ssda903;

/// <summary>Builds the SSDA903 return for a year straight from the record, and records each export in the audit trail.</summary>
public sealed class Ssda903Exporter(Ssda903Records records, AuditTrail audit)
{
    /// <summary>
    /// The return for the year ending 31 March. <paramref name="progress"/> hears (children done, children in all)
    /// every batch, for a long export's progress line.
    /// </summary>
    public async Task<Ssda903Return> BuildAsync(CensusPeriod year, CancellationToken ct, IProgress<(int Done, int Total)>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(year);
        var total = progress is null ? 0 : await records.CountAsync(year, ct);
        var builder = new Ssda903ReturnBuilder();
        var done = 0;
        await foreach (var record in records.ChildrenAsync(year, ct))
        {
            if (Ssda903FromRecord.Child(record, year, SocialWorkerId) is { } child)
            {
                builder.Add(child);
            }
            if (++done % 500 == 0)
            {
                progress?.Report((done, total));
            }
        }
        progress?.Report((done, total));
        return builder.Build();
    }

    /// <summary>The return's files left Haven: recorded with the year, where they went and how many children.</summary>
    public Task RecordExportAsync(CensusPeriod year, string destination, Ssda903Return ssda903, CancellationToken ct) =>
        audit.ExportedAsync($"SSDA903 return {year.Start.Year} to {year.End.Year}", destination, ssda903.Header.Count, ct);

    /// <summary>
    /// SW_ID must start "SW" (a Social Work England registration number) or "XX" (rule SW02). Haven does not hold
    /// workers' registration numbers yet, so each worker gets a stable "XX" id from their account, the same every year.
    /// </summary>
    public static string SocialWorkerId(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var compact = new string([.. userId.Where(char.IsLetterOrDigit)]).ToUpperInvariant();
        return "XX" + (compact.Length > 8 ? compact[..8] : compact);
    }

    public static string FolderName(CensusPeriod year) => $"SSDA903_{year.End.Year}";
}
