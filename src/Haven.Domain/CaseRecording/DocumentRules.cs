using System.Text;

namespace Haven.Domain.CaseRecording;

/// <summary>The kinds of file Haven keeps on a child's record, told apart by their first bytes.</summary>
public enum FileFormat
{
    Unknown,
    Pdf,
    Png,
    Jpeg,
    Docx,
    Xlsx,
    Pptx,
    PlainText,
}

/// <summary>
/// Which files may go on a record, and whether a file is what its name says. A name is only a claim: an
/// ".exe" renamed ".pdf" starts "MZ", not "%PDF-", and is refused before anyone can download and open it.
/// </summary>
public static class DocumentRules
{
    public const long DefaultMaxBytes = 20L * 1024 * 1024;
    public const int TitleMaxLength = 200;

    private static readonly Dictionary<string, FileFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = FileFormat.Pdf,
        [".png"] = FileFormat.Png,
        [".jpg"] = FileFormat.Jpeg,
        [".jpeg"] = FileFormat.Jpeg,
        [".docx"] = FileFormat.Docx,
        [".xlsx"] = FileFormat.Xlsx,
        [".pptx"] = FileFormat.Pptx,
        [".txt"] = FileFormat.PlainText,
    };

    public const string AllowedDescription = "PDF, PNG, JPEG, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) or plain text (TXT)";

    /// <summary>The format a file name claims, or Unknown for a type Haven does not keep.</summary>
    public static FileFormat FromFileName(string? fileName) =>
        Extensions.TryGetValue(Path.GetExtension(fileName ?? ""), out var format) ? format : FileFormat.Unknown;

    public static string ContentType(FileFormat format) => format switch
    {
        FileFormat.Pdf => "application/pdf",
        FileFormat.Png => "image/png",
        FileFormat.Jpeg => "image/jpeg",
        FileFormat.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileFormat.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileFormat.Pptx => "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        FileFormat.PlainText => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    };

    /// <summary>
    /// Whether the first bytes fit the claimed format. Office files are ZIP packages ("PK"); which Office
    /// format a package really is depends on its parts, which the caller checks when it reads them.
    /// Plain text must be valid UTF-8 with no NUL bytes, which no executable or image is.
    /// </summary>
    public static bool StartsLike(FileFormat claimed, ReadOnlySpan<byte> head) => claimed switch
    {
        FileFormat.Pdf => head.StartsWith("%PDF-"u8),
        FileFormat.Png => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        FileFormat.Jpeg => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        FileFormat.Docx or FileFormat.Xlsx or FileFormat.Pptx => head.StartsWith("PK\u0003\u0004"u8),
        FileFormat.PlainText => IsText(head),
        _ => false,
    };

    /// <summary>
    /// Whether the whole file, not only its start, fits the claimed format: a PDF ends with its end-of-file marker,
    /// a PNG with its IEND chunk, a JPEG with its end-of-image marker, plain text is UTF-8 to the last byte; and
    /// no file carries a Windows or Linux program inside it. (Office packages are opened and read by the caller.)
    /// A PDF's first line put in front of an executable passes <see cref="StartsLike"/> and fails here.
    /// </summary>
    public static bool IsWholeFileLike(FileFormat claimed, ReadOnlySpan<byte> bytes)
    {
        if (ContainsProgram(bytes))
        {
            return false;
        }
        var tail = bytes[Math.Max(0, bytes.Length - 1024)..];
        return claimed switch
        {
            FileFormat.Pdf => tail.IndexOf("%%EOF"u8) >= 0,
            FileFormat.Png => bytes.EndsWith((ReadOnlySpan<byte>)[0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]),
            FileFormat.Jpeg => tail.IndexOf((ReadOnlySpan<byte>)[0xFF, 0xD9]) >= 0,
            FileFormat.PlainText => !bytes.Contains((byte)0) && System.Text.Unicode.Utf8.IsValid(bytes),
            _ => true,
        };
    }

    /// <summary>
    /// The marks of an executable: the DOS stub every Windows program carries, and an ELF header. Long enough that
    /// compressed image or PDF data does not contain them by chance.
    /// </summary>
    private static bool ContainsProgram(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf("This program cannot be run in DOS mode"u8) >= 0
        || bytes.IndexOf((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01]) >= 0
        || bytes.IndexOf((ReadOnlySpan<byte>)[0x7F, 0x45, 0x4C, 0x46, 0x01, 0x01, 0x01]) >= 0;

    private static bool IsText(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Contains((byte)0))
        {
            return false;
        }
        // A multi-byte character may be cut at the end of the sample; only the whole of what was read must decode.
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        try
        {
            Span<char> chars = new char[bytes.Length + 1];
            decoder.Convert(bytes, chars, flush: false, out _, out _, out _);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The error for the file field, or null when the file may be stored.</summary>
    public static string? ValidateFile(string? fileName, long length, long maxBytes, ReadOnlySpan<byte> head)
    {
        if (string.IsNullOrEmpty(fileName) || length == 0)
        {
            return string.IsNullOrEmpty(fileName) ? "Select a file" : "The selected file is empty";
        }
        if (length > maxBytes)
        {
            return $"The selected file must be smaller than {DescribeSize(maxBytes)}";
        }
        var claimed = FromFileName(fileName);
        if (claimed == FileFormat.Unknown)
        {
            return $"The selected file must be a {AllowedDescription}";
        }
        return StartsLike(claimed, head)
            ? null
            : $"The selected file is not a real {Describe(claimed)} file. Check you chose the right file";
    }

    public static string Describe(FileFormat format) => format switch
    {
        FileFormat.Pdf => "PDF",
        FileFormat.Png => "PNG",
        FileFormat.Jpeg => "JPEG",
        FileFormat.Docx => "Word (DOCX)",
        FileFormat.Xlsx => "Excel (XLSX)",
        FileFormat.Pptx => "PowerPoint (PPTX)",
        FileFormat.PlainText => "plain text",
        _ => "supported",
    };

    /// <summary>"20 MB", "512 KB": how GOV.UK writes a size limit.</summary>
    public static string DescribeSize(long bytes) =>
        bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 ? $"{bytes / (1024 * 1024)} MB"
        : bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MB"
        : $"{Math.Max(1, bytes / 1024)} KB";

    public static string TypeLabel(DocumentType type) => type switch
    {
        DocumentType.Assessment => "Assessment",
        DocumentType.Plan => "Plan",
        DocumentType.ConferenceReport => "Conference report",
        DocumentType.ConferenceMinutes => "Conference minutes",
        DocumentType.Letter => "Letter",
        DocumentType.Report => "Report from another agency",
        DocumentType.CourtDocument => "Court document",
        DocumentType.Photograph => "Photograph",
        DocumentType.Consent => "Consent form",
        _ => "Other",
    };
}
