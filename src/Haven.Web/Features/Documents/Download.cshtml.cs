namespace Haven.Web.Features.Documents;

/// <summary>
/// Hands a document to the browser as an attachment, never shown inline: a file someone uploaded must not run
/// as a page of Haven. Each download is an audited event.
/// </summary>
public sealed class DownloadModel(HavenDbContext db, TimeProvider clock, DocumentService documents) : PersonPageModel(db, clock)
{
    [FromRoute] public Guid DocumentId { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await documents.DownloadAsync(PersonId, DocumentId, ct) is not { } file)
        {
            return NotFound();
        }
        Response.Headers.XContentTypeOptions = "nosniff";
        // A download name makes ASP.NET Core write "attachment; filename=…; filename*=UTF-8''…".
        return File(file.Bytes, file.ContentType, file.FileName);
    }
}
