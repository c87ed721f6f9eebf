using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Caching.Memory;

namespace Haven.Web.Features.CinCensus;

/// <summary>
/// Checks a CIN census file from any system with the same rules. The body is not read until its size is known
/// to be acceptable, so a 2 GB upload gets a plain message at once instead of a broken connection.
/// </summary>
[IgnoreAntiforgeryToken]
[RequestSizeLimit(MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes + 1024 * 1024)]
public sealed class UploadModel(CinCensusCheck check, IAntiforgery antiforgery, IMemoryCache cache, AuditTrail audit) : PageModel
{
    /// <summary>A large authority's return is tens of megabytes; this leaves room without inviting abuse.</summary>
    public const long MaxBytes = 200L * 1024 * 1024;

    public CinCensusCheckResult? Result { get; private set; }

    public string? FileName { get; private set; }

    /// <summary>Names this check's result, kept for half an hour so its issues can be downloaded.</summary>
    public string? Token { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var (form, refusal) = await LargeUpload.ReadFormAsync(this, antiforgery, MaxBytes, "file",
            $"The file must be smaller than {MaxBytes / 1024 / 1024} MB",
            "The upload could not be read. Select the CIN census XML file again", ct);
        if (form is null)
        {
            return refusal!;
        }
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0)
        {
            ModelState.AddModelError("file", "Select a CIN census XML file");
            return Page();
        }
        if (file.Length > MaxBytes)
        {
            ModelState.AddModelError("file", $"The file must be smaller than {MaxBytes / 1024 / 1024} MB");
            return Page();
        }
        FileName = file.FileName;
        // Copied to a temporary file because the check reads it twice (rules, then figures).
        var path = Path.GetTempFileName();
        try
        {
            await using (var copy = System.IO.File.Create(path))
            {
                await file.CopyToAsync(copy, ct);
            }
            await using var input = System.IO.File.OpenRead(path);
            Result = await check.CheckAsync(input, ct);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
        Token = Guid.NewGuid().ToString("N");
        cache.Set(CacheKey(Token), Result, TimeSpan.FromMinutes(30));
        if (!Result.Validation.ReadCompletely)
        {
            ModelState.AddModelError("file", "The file could not be read as a CIN census: " + Result.Validation.Problems.First(p => p.Level == Haven.Domain.CinCensus.CinFileProblemLevel.Fatal));
        }
        return Page();
    }

    public async Task<IActionResult> OnGetIssuesAsync(string token, string format, CancellationToken ct) =>
        cache.TryGetValue(CacheKey(token), out CinCensusCheckResult? result) && result is not null
            ? await CinIssueFiles.DownloadAsync(this, audit, result, format, "cin-census-file-issues", ct)
            : NotFound();

    private static string CacheKey(string token) => "cin-upload:" + token;
}
