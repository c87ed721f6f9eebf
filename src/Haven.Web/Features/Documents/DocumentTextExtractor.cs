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

    /// <summary>No real Office file opens out to more than this; a zip bomb does (440 KB to 450 MB).</summary>
    public const long MaxInflatedBytes = 100L * 1024 * 1024;

    /// <summary>A long report with images has a few hundred parts; a package with thousands is made to waste time.</summary>
    public const int MaxParts = 2_000;

    /// <summary>
    /// Reads the whole package before it is stored, and says what is wrong, or null when it may be stored: a file that
    /// is not this kind of package; one with too many parts or that opens out to more than <see cref="MaxInflatedBytes"/>
    /// (the sizes the package declares are checked first, then the bytes actually inflated, since a package can lie);
    /// and XML that is not well-formed, which would otherwise fail later when the text is read for searching.
    /// </summary>
    public static string? CheckOfficePackage(FileFormat format, byte[] bytes)
    {
        var notReal = $"The selected file is not a real {DocumentRules.Describe(format)} file. Check you chose the right file";
        var tooBig = $"The selected file opens out to more than {DocumentRules.DescribeSize(MaxInflatedBytes)}, which no real {DocumentRules.Describe(format)} file does. Check you chose the right file";
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxParts)
            {
                return $"The selected file has more than {MaxParts:N0} parts, which no real {DocumentRules.Describe(format)} file does. Check you chose the right file";
            }
            if (zip.Entries.Sum(e => e.Length) > MaxInflatedBytes)
            {
                return tooBig;
            }
            if (zip.GetEntry(MainPart(format)) is null)
            {
                return notReal;
            }
            var budget = MaxInflatedBytes;
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
            {
                using var stream = new InflateLimit(entry.Open(), budget);
                using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true });
                while (reader.Read())
                {
                }
                budget -= stream.Inflated;
            }
            return null;
        }
        catch (InvalidDataException stopped) when (stopped.Message == InflateLimit.Stopped)
        {
            return tooBig;
        }
        catch (XmlException)
        {
            return $"The selected file is damaged, so Haven cannot read it. Open it in {Application(format)}, save a new copy and upload that";
        }
        catch (InvalidDataException)
        {
            return notReal;
        }
    }

    private static string Application(FileFormat format) => format switch
    {
        FileFormat.Xlsx => "Excel",
        FileFormat.Pptx => "PowerPoint",
        _ => "Word",
    };

    /// <summary>Counts what a part inflates to as it is read, and stops at the budget whatever the package declared.</summary>
    private sealed class InflateLimit(Stream inner, long budget) : Stream
    {
        public const string Stopped = "The package inflates beyond the limit";

        public long Inflated { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            Inflated += read;
            return Inflated > budget ? throw new InvalidDataException(Stopped) : read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Inflated; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
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
