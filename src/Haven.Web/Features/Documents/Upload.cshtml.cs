using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Haven.Web.Features.Documents;

/// <summary>
/// Adds a document to the record with an ordinary multipart form, so it works without JavaScript. The file is
/// checked against its name's type, to its last byte (an Office package is opened and read), and must be under the configured size.
/// </summary>
public sealed class UploadModel(HavenDbContext db, TimeProvider clock, DocumentService documents, IOptions<DocumentOptions> options) : PersonPageModel(db, clock)
{
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public DocumentType? Type { get; set; }
    [BindProperty] public DateInput DocumentDate { get; set; } = new();
    [BindProperty] public IFormFile? Upload { get; set; }

    public long MaxBytes => options.Value.MaxUploadBytes;

    public string FileError => ModelState.TryGetValue(nameof(Upload), out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : "";

    public async Task<IActionResult> OnGetAsync(bool tooLarge, CancellationToken ct)
    {
        DocumentDate = DateInput.From(UkClock.Today(Clock));
        if (tooLarge)
        {
            // Sent back here by UploadTooLargeFilter: the request was far over the limit and was not read.
            ModelState.AddModelError(nameof(Upload), TooLargeMessage);
            return this.InvalidPage();
        }
        return Page();
    }

    private string TooLargeMessage => $"The selected file must be smaller than {DocumentRules.DescribeSize(MaxBytes)}";

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var today = UkClock.Today(Clock);
        if (string.IsNullOrWhiteSpace(Title))
        {
            ModelState.AddModelError(nameof(Title), "Enter a title");
        }
        else if (Title.Trim().Length > DocumentRules.TitleMaxLength)
        {
            ModelState.AddModelError(nameof(Title), $"Title must be {DocumentRules.TitleMaxLength} characters or fewer");
        }
        if (Type is null)
        {
            ModelState.AddModelError(nameof(Type), "Select the type of document");
        }
        var date = DateInputValidation.Validate(DocumentDate, "the date of the document", required: true, notAfter: today, today: today);
        date.AddTo(ModelState, nameof(DocumentDate));

        byte[]? bytes = null;
        var head = new byte[512];
        var headLength = 0;
        if (Upload is { Length: > 0 } file && file.Length <= MaxBytes)
        {
            await using var stream = file.OpenReadStream();
            bytes = new byte[file.Length];
            await stream.ReadExactlyAsync(bytes, ct);
            headLength = Math.Min(head.Length, bytes.Length);
            bytes.AsSpan(0, headLength).CopyTo(head);
        }
        var fileError = ModelState.GetFieldValidationState(nameof(Upload)) == ModelValidationState.Invalid
            ? null
            : DocumentRules.ValidateFile(Upload?.FileName, Upload?.Length ?? 0, MaxBytes, head.AsSpan(0, headLength));
        var format = DocumentRules.FromFileName(Upload?.FileName);
        if (fileError is null && bytes is not null)
        {
            // The first bytes are only a claim: the whole file is read before it is stored.
            fileError = format is FileFormat.Docx or FileFormat.Xlsx or FileFormat.Pptx
                ? DocumentTextExtractor.CheckOfficePackage(format, bytes)
                : DocumentRules.IsWholeFileLike(format, bytes) ? null
                : $"The selected file is not a real {DocumentRules.Describe(format)} file. Check you chose the right file";
        }
        if (fileError is not null)
        {
            ModelState.AddModelError(nameof(Upload), fileError);
        }
        if (!ModelState.IsValid)
        {
            return this.InvalidPage();
        }

        var added = await documents.AddAsync(PersonId, new NewDocument(Title!, Type!.Value, date.Date!.Value, Upload!.FileName, format, bytes!), ct);
        TempData["Success"] = $"Document added: {added.Document.Title}";
        if ((added.TextProblem ?? (added.SameFileAs is { } same ? $"This file is the same as “{same}”, which is already on the record." : null)) is { } problem)
        {
            TempData["Problem"] = problem;
        }
        return RedirectToPage("/Documents/Index", new { personId = PersonId });
    }
}
