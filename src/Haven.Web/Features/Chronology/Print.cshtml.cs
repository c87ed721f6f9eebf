using Haven.Data;
using Haven.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Haven.Web.Features.Chronology;

/// <summary>The chronology as the printable document, the same HTML that becomes the PDF, for the browser's own Print.</summary>
public sealed class PrintModel(HavenDbContext db, TimeProvider clock, ChronologyQueries queries, CurrentUser user, IOptions<HavenOptions> options)
    : ChronologyPageModel(db, clock, queries)
{
    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadChronologyAsync(ct))
        {
            return NotFound();
        }
        // The document carries its own inline stylesheet so it prints the same from a file; allow exactly that style.
        Response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src {ChronologyDocument.StyleSourceHash}; frame-ancestors 'none'";
        return Content(Document(options.Value.AuthorityName, user.DisplayName).ToHtml(), "text/html; charset=utf-8");
    }
}
