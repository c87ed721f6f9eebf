namespace Haven.Domain.CaseRecording;

/// <summary>
/// A document on a child's file (letters, reports, photographs, Office files). The bytes live in a separate
/// table so listing and searching documents never loads them; the extracted text makes them findable.
/// </summary>
public sealed class CaseDocument
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public required string Title { get; set; }
    public DocumentType Type { get; set; }
    public DateOnly DocumentDate { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the bytes, so a re-upload of the same file is noticed.</summary>
    public required string Sha256 { get; set; }

    /// <summary>Plain text pulled out of the file for full-text search; empty for images.</summary>
    public string ExtractedText { get; set; } = "";

    public required string UploadedByUserId { get; set; }
    public required string UploadedByName { get; set; }
    public DateTime UploadedAtUtc { get; set; }
}

public sealed class CaseDocumentContent
{
    public Guid DocumentId { get; set; }
    public required byte[] Bytes { get; set; }
}

public enum DocumentType
{
    Assessment,
    Plan,
    ConferenceReport,
    ConferenceMinutes,
    Letter,
    Report,
    CourtDocument,
    Photograph,
    Consent,
    Other,
}
