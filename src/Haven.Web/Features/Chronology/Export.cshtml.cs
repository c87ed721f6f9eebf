using Haven.Web.Features.Messaging;

namespace Haven.Web.Features.Chronology;

/// <summary>The chronology, as filtered on screen, downloaded as a PDF (printed by Chromium from the print view) or a Word file.</summary>
public sealed class ExportModel(HavenDbContext db, TimeProvider clock, ChronologyQueries queries, ChronologyService chronology,
    CurrentUser user, IOptions<HavenOptions> options, PdfRenderer pdf, ILogger<ExportModel> logger) : PersonPageModel(db, clock)
{
    /// <summary>The filter, each field under its own query-string name.</summary>
    [BindProperty(SupportsGet = true)]
    public ChronologyFilterForm Form { get; set; } = new();

    public ChronologyView Chronology { get; private set; } = null!;

    [FromRoute] public string Format { get; set; } = "";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Format is not ("pdf" or "docx"))
        {
            return NotFound();
        }
        Chronology = await Form.ViewAsync(queries, PersonId, ModelState, Today, ct);
        var document = Chronology.Document(Person, options.Value.AuthorityName, user.DisplayName, Clock.GetUtcNow().UtcDateTime);
        byte[] bytes;
        try
        {
            bytes = Format == "pdf" ? await pdf.RenderAsync(document.ToHtml(), ct) : document.ToDocx();
        }
        catch (PdfRenderingException ex)
        {
            logger.LogWarning(ex, "Chronology PDF could not be made");
            TempData["Problem"] = "Haven could not make the PDF just now. Try again, or download the Word file or use the print view.";
            return Redirect(Url.Page("/Chronology/Index", new { personId = PersonId }) + Chronology.FilterQuery);
        }
        await chronology.RecordExportAsync(PersonId, Format == "pdf" ? "PDF" : "Word (DOCX)", Chronology.FilterDescription, Chronology.Lines.Count, ct);
        return Format == "pdf"
            ? File(bytes, "application/pdf", document.FileName("pdf"))
            : File(bytes, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", document.FileName("docx"));
    }
}
