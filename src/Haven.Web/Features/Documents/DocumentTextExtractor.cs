using System.ComponentModel;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Haven.Web.Features.Documents;

/// <summary>What could be read from a file for searching, and why not, if nothing could.</summary>
public sealed record ExtractedText(string Text, string? Problem)
{
    public static readonly ExtractedText None = new("", null);
}

/// <summary>
/// Pulls the words out of a document so it can be found by what it says. Office files are ZIP packages of XML,
/// read here with System.IO.Compression; PDFs go through poppler's pdftotext when the server has it.
/// </summary>
public sealed partial class DocumentTextExtractor(IOptions<DocumentOptions> options, ILogger<DocumentTextExtractor> logger)
{
    // Enough for any real report; a ZIP that inflates beyond this is not a document someone wrote.
    private const int MaxChars = 2_000_000;
    private const long MaxPartBytes = 50L * 1024 * 1024;

    public const string PdfToolMissing = "Haven could not read the text of this PDF (pdftotext is not installed), so it can only be found by its title.";

    /// <summary>The package's main part for each Office format; its absence means the file is not what its name says.</summary>
    public static string MainPart(FileFormat format) => format switch
    {
        FileFormat.Docx => "word/document.xml",
        FileFormat.Xlsx => "xl/workbook.xml",
        FileFormat.Pptx => "ppt/presentation.xml",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>Whether an Office file really is that kind of package (a renamed .zip or .xlsx sent as .docx is not).</summary>
    public static bool IsOfficePackage(FileFormat format, byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            return zip.GetEntry(MainPart(format)) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    public async Task<ExtractedText> ExtractAsync(FileFormat format, byte[] bytes, CancellationToken ct) => format switch
    {
        FileFormat.PlainText => new ExtractedText(Limit(new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF')), null),
        FileFormat.Docx => FromPackage(bytes, e => e.FullName == "word/document.xml" || e.FullName.StartsWith("word/header", StringComparison.Ordinal)
            || e.FullName.StartsWith("word/footer", StringComparison.Ordinal), "t", WordParagraphs),
        FileFormat.Xlsx => FromPackage(bytes, e => e.FullName == "xl/sharedStrings.xml" || e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal), "t", ["si", "row"]),
        FileFormat.Pptx => FromPackage(bytes, e => e.FullName.StartsWith("ppt/slides/slide", StringComparison.Ordinal), "t", ["p"]),
        FileFormat.Pdf => await FromPdfAsync(bytes, ct),
        _ => ExtractedText.None,
    };

    private static readonly string[] WordParagraphs = ["p", "tab", "br"];

    /// <summary>
    /// The text runs (a:t, w:t, t) of the chosen parts, in package order, with a line break at each paragraph,
    /// row or shared string so words from neighbouring cells do not run together.
    /// </summary>
    private static ExtractedText FromPackage(byte[] bytes, Func<ZipArchiveEntry, bool> parts, string textElement, string[] breakElements)
    {
        var text = new StringBuilder();
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        foreach (var entry in zip.Entries.Where(parts).OrderBy(e => e.FullName.Length).ThenBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (entry.Length > MaxPartBytes)
            {
                continue;
            }
            using var stream = entry.Open();
            using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true });
            while (reader.Read() && text.Length < MaxChars)
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == textElement && !reader.IsEmptyElement)
                {
                    text.Append(reader.ReadElementContentAsString());
                    // ReadElementContentAsString moved to the next node already; look at it without reading past it.
                    if (reader.NodeType == XmlNodeType.EndElement && breakElements.Contains(reader.LocalName))
                    {
                        text.Append('\n');
                    }
                }
                else if ((reader.NodeType == XmlNodeType.EndElement || (reader.NodeType == XmlNodeType.Element && reader.IsEmptyElement))
                         && breakElements.Contains(reader.LocalName))
                {
                    text.Append(reader.LocalName == "tab" ? '\t' : '\n');
                }
            }
            text.Append('\n');
        }
        return new ExtractedText(Limit(text.ToString().Trim()), null);
    }

    private async Task<ExtractedText> FromPdfAsync(byte[] bytes, CancellationToken ct)
    {
        var work = Directory.CreateTempSubdirectory("haven-pdftext-");
        try
        {
            var pdf = Path.Combine(work.FullName, "document.pdf");
            await File.WriteAllBytesAsync(pdf, bytes, ct);
            var start = new ProcessStartInfo(options.Value.PdfToTextPath)
            {
                UseShellExecute = false,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            foreach (var argument in new[] { "-enc", "UTF-8", "-q", pdf, "-" })
            {
                start.ArgumentList.Add(argument);
            }
            using var process = Process.Start(start) ?? throw new Win32Exception("pdftotext did not start");
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var errors = process.StandardError.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(30));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                process.Kill(entireProcessTree: true);
                return new ExtractedText("", "Haven could not read the text of this PDF in time, so it can only be found by its title.");
            }
            var text = await output;
            await errors;
            return process.ExitCode == 0
                ? new ExtractedText(Limit(text.Replace("\f", "\n", StringComparison.Ordinal).Trim()), null)
                : new ExtractedText("", "Haven could not read the text of this PDF, so it can only be found by its title.");
        }
        catch (Win32Exception ex)
        {
            LogPdfToolMissing(logger, options.Value.PdfToTextPath, ex.Message);
            return new ExtractedText("", PdfToolMissing);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string Limit(string text) => text.Length <= MaxChars ? text : text[..MaxChars];

    [LoggerMessage(Level = LogLevel.Warning, Message = "pdftotext ({Path}) could not be run, so PDF text is not searchable: {Message}")]
    private static partial void LogPdfToolMissing(ILogger logger, string path, string message);
}
