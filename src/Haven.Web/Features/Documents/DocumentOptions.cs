namespace Haven.Web.Features.Documents;

/// <summary>Settings under Haven:Documents.</summary>
public sealed class DocumentOptions
{
    public const string Section = "Haven:Documents";

    public const string UploadPage = "/Documents/Upload";

    /// <summary>The largest file a worker may upload (default 20 MB).</summary>
    public long MaxUploadBytes { get; set; } = DocumentRules.DefaultMaxBytes;

    /// <summary>How big the whole upload request may be: twice the file limit and a megabyte for the other fields.</summary>
    public long RequestLimitBytes => checked((MaxUploadBytes * 2) + (1024 * 1024));

    /// <summary>Where pdftotext is; when it is missing, PDFs are found by title only.</summary>
    public string PdfToTextPath { get; set; } = "pdftotext";
}
