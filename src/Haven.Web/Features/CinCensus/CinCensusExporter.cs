using System.Globalization;
using System.Reflection;
using Haven.Domain.CinCensus;

namespace Haven.Web.Features.CinCensus;

/// <summary>Writes the CIN census for a year straight from the record.</summary>
public sealed class CinCensusExporter(CinCensusRecords records, IOptions<HavenOptions> options, TimeProvider clock)
{
    public CinCensusHeader Header(CensusPeriod period) => new()
    {
        Collection = "CIN",
        Year = period.End.Year.ToString(CultureInfo.InvariantCulture),
        ReferenceDate = period.End,
        SourceLevel = "L",
        LEA = options.Value.LaCode,
        SoftwareCode = "Haven",
        Release = typeof(CinCensusExporter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "1.0.0",
        SerialNo = "1",
        DateTime = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture),
    };

    public async IAsyncEnumerable<CinCensusChild> ChildrenAsync(CensusPeriod period, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var record in records.ChildrenAsync(period, ct))
        {
            if (CinCensusFromRecord.Child(record, period, WorkingDayCalendar.EnglandAndWales) is { } child)
            {
                yield return child;
            }
        }
    }

    public Task WriteAsync(Stream output, CensusPeriod period, CancellationToken ct) =>
        CinCensusWriter.WriteAsync(output, Header(period), ChildrenAsync(period, ct), ct);

    public static string FileName(CensusPeriod period, string laCode) => $"CIN_Census_{period.End.Year}_{laCode}.xml";
}
