using System.IO.Compression;
using System.Text;
using Haven.Domain.CinCensus;
using Haven.Domain.Ssda903;

namespace Haven.Web.Features.Ssda903;

/// <summary>A checked return: the rules' issues, the file problems, and the care record page for each child the viewer may open.</summary>
public sealed record Ssda903CheckResult(Ssda903ValidationResult Validation, IReadOnlyDictionary<string, Guid> OpenableChildren)
{
    /// <summary>Where the issue is fixed: the child's care record, when the child is on Haven and the viewer may open it.</summary>
    public string? FixLink(Ssda903Issue issue) =>
        issue.Child is { } child && OpenableChildren.TryGetValue(child, out var personId) ? $"/people/{personId}/care" : null;
}

/// <summary>Checks the return built from the record, or files from another system, and finds each child's care record.</summary>
public sealed class Ssda903Check(HavenDbContext db, Ssda903Exporter exporter, VisiblePeople visible)
{
    public async Task<Ssda903CheckResult> CheckRecordAsync(CensusPeriod year, CancellationToken ct)
    {
        var ssda903 = await exporter.BuildAsync(year, ct);
        return await CheckAsync(new Ssda903ReadResult(ssda903, []), year, ct);
    }

    public async Task<Ssda903CheckResult> CheckAsync(Ssda903ReadResult files, CensusPeriod year, CancellationToken ct)
    {
        var validation = new Ssda903Validator().Validate(files, year);
        var childIds = validation.Issues.Select(i => i.Child).OfType<string>().Distinct().ToList();
        var people = await db.People.AsNoTracking()
            .Where(p => childIds.Contains(p.LaPersonId) && p.MergedIntoId == null)
            .Select(p => new { p.LaPersonId, p.Id })
            .ToListAsync(ct);
        // A link is offered only to a record the viewer may open: the same rule as every other list of children.
        var openable = await visible.OpenAmongAsync(people.Select(p => p.Id).ToList(), ct);
        return new Ssda903CheckResult(validation, people.Where(p => openable.Contains(p.Id)).ToDictionary(p => p.LaPersonId, p => p.Id));
    }

    /// <summary>Uploaded files as name and text: CSV files as they are, and the CSV files inside a zip.</summary>
    public static async Task<List<(string FileName, string Text)>> ReadUploadAsync(IEnumerable<IFormFile> uploads, CancellationToken ct)
    {
        var files = new List<(string, string)>();
        foreach (var upload in uploads)
        {
            await using var stream = upload.OpenReadStream();
            if (upload.FileName.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                using var buffer = new MemoryStream();
                await stream.CopyToAsync(buffer, ct);
                buffer.Position = 0;
                using var zip = new ZipArchive(buffer, ZipArchiveMode.Read);
                foreach (var entry in zip.Entries.Where(e => e.Name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)))
                {
                    using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                    files.Add((entry.Name, await reader.ReadToEndAsync(ct)));
                }
            }
            else
            {
                using var reader = new StreamReader(stream, Encoding.UTF8);
                files.Add((upload.FileName, await reader.ReadToEndAsync(ct)));
            }
        }
        return files;
    }
}
