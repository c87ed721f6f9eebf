namespace Haven.Web.Features.Chronology;

/// <summary>The chronology as the printable document, the same HTML that becomes the PDF, for the browser's own Print.</summary>
public sealed class PrintModel(HavenDbContext db, TimeProvider clock, ChronologyQueries queries, CurrentUser user, IOptions<HavenOptions> options)
    : PersonPageModel(db, clock)
{
    /// <summary>The filter, each field under its own query-string name.</summary>
    [BindProperty(SupportsGet = true)]
    public ChronologyFilterForm Form { get; set; } = new();

    public ChronologyView Chronology { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Chronology = await Form.ViewAsync(queries, PersonId, ModelState, Today, ct);
        // The document carries its own inline stylesheet so it prints the same from a file; allow exactly that style.
        Response.Headers.ContentSecurityPolicy = $"default-src 'none'; style-src {ChronologyDocument.StyleSourceHash}; frame-ancestors 'none'";
        return Content(Chronology.Document(Person, options.Value.AuthorityName, user.DisplayName, Clock.GetUtcNow().UtcDateTime).ToHtml(), "text/html; charset=utf-8");
    }
}
