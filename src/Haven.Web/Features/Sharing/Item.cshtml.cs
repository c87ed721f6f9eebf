using Haven.Web.Features.Messaging;

namespace Haven.Web.Features.Sharing;

/// <summary>
/// One paper for the family: read it on screen, print it to PDF (the same HTML), and record when it was shared,
/// with whom and how.
/// </summary>
public sealed partial class ItemModel(HavenDbContext db, TimeProvider clock, SharingService sharing, PdfRenderer pdf, ILogger<ItemModel> logger)
    : PersonPageModel(db, clock)
{
    [FromRoute(Name = "kind")] public string KindSlug { get; set; } = "";
    [FromRoute] public Guid ItemId { get; set; }

    [BindProperty] public DateInput SharedOn { get; set; } = new();
    [BindProperty] public string? SharedWith { get; set; }
    [BindProperty] public SharingMethod? Method { get; set; }

    public ShareableItem Item { get; private set; } = null!;

    public string DocumentUrl(bool plainEnglish, string handler) =>
        Url.Page(null, handler, new { personId = PersonId, kind = KindSlug, itemId = ItemId, version = plainEnglish ? "plain" : null })!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        SharedOn = DateInput.From(Today);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var date = DateInputValidation.Validate(SharedOn, "the date it was shared", required: true, notAfter: Today, today: Today);
        date.AddTo(ModelState, nameof(SharedOn));
        try
        {
            await sharing.RecordAsync(PersonId, Item, date.Date, SharedWith, Method, ct);
        }
        catch (CaseRuleException e)
        {
            AddErrors(e.Result);
            return this.InvalidPage();
        }
        TempData["Success"] = $"Recorded that the {FamilySharing.Describe(Item.Kind).ToLowerInvariant()} was shared with {SharedWith!.Trim()}";
        return RedirectToPage(null, null, new { personId = PersonId, kind = KindSlug, itemId = ItemId }, "shared");
    }

    /// <summary>The paper as the family will see it: the print template itself, served with its own style policy.</summary>
    public async Task<IActionResult> OnGetDocumentAsync(string? version, CancellationToken ct)
    {
        if (await DocumentAsync(version, ct) is not { } document)
        {
            return NotFound();
        }
        Response.Headers.ContentSecurityPolicy = FamilyDocument.ContentSecurityPolicy;
        return Content(document.ToHtml(), "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnGetPdfAsync(string? version, CancellationToken ct)
    {
        if (await DocumentAsync(version, ct) is not { } document)
        {
            return NotFound();
        }
        try
        {
            var bytes = await pdf.RenderAsync(document.ToHtml(), ct);
            return File(bytes, "application/pdf", document.FileName(version == "plain" ? KindSlug + "-plain-english" : KindSlug));
        }
        catch (PdfRenderingException ex)
        {
            LogPdfFailed(logger, ex);
            TempData["Problem"] = "Haven could not make the PDF. Try again; if it keeps failing, tell your administrator.";
            return RedirectToPage(null, null, new { personId = PersonId, kind = KindSlug, itemId = ItemId }, null);
        }
    }

    private Task<FamilyDocument?> DocumentAsync(string? version, CancellationToken ct) =>
        sharing.DocumentAsync(Person, Item.Kind, ItemId, plainEnglish: version == "plain" && Item.HasPlainEnglish, ct);

    protected override async Task LoadAsync(RecordLoader records, CancellationToken ct)
    {
        var kind = FamilySharing.FromSlug(KindSlug) ?? throw RecordStopException.NotFound();
        Item = (await sharing.ItemsAsync(PersonId, ct)).FirstOrDefault(i => i.Kind == kind && i.Id == ItemId) ?? throw RecordStopException.NotFound();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A family paper could not be printed to PDF")]
    private static partial void LogPdfFailed(ILogger logger, Exception exception);
}
