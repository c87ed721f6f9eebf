using System.Security.Cryptography;

namespace Haven.Web.Features.Documents;

public sealed record NewDocument(string Title, DocumentType Type, DateOnly DocumentDate, string FileName, FileFormat Format, byte[] Bytes);

public sealed record DocumentSearch(string? Text, DocumentType? Type, DateOnly? From, DateOnly? To)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Type is null && From is null && To is null;
}

public enum DocumentSort
{
    Date,
    Title,
    Type,
}

/// <summary>A document in a list: everything but the bytes and the extracted text.</summary>
public sealed record DocumentRow(Guid Id, string Title, DocumentType Type, DateOnly DocumentDate, string FileName, long SizeBytes, string UploadedByName, DateTime UploadedAtUtc);

public sealed record DocumentPage(IReadOnlyList<DocumentRow> Rows, int Total, int PageNumber, int PageCount);

public sealed record AddedDocument(CaseDocument Document, string? TextProblem, string? SameFileAs);

public sealed record DocumentFile(string FileName, string ContentType, byte[] Bytes);

/// <summary>Stores, finds and hands out the documents on a child's record, each with its audit event.</summary>
public sealed class DocumentService(HavenDbContext db, CaseRecorder recorder, CurrentUser user, TimeProvider clock, DocumentTextExtractor extractor)
{
    public const int PageSize = 20;

    /// <summary>
    /// Stores the document. Says when its text could not be read for searching, and when the same file is
    /// already on the record under another title (it is stored anyway: the worker may mean to file it twice).
    /// </summary>
    public async Task<AddedDocument> AddAsync(Guid personId, NewDocument upload, CancellationToken ct)
    {
        var text = await extractor.ExtractAsync(upload.Format, upload.Bytes, ct);
        var hash = Convert.ToHexStringLower(SHA256.HashData(upload.Bytes));
        var sameAs = await db.CaseDocuments.Where(d => d.PersonId == personId && d.Sha256 == hash).Select(d => d.Title).FirstOrDefaultAsync(ct);
        var document = new CaseDocument
        {
            Id = Guid.NewGuid(),
            PersonId = personId,
            Title = upload.Title.Trim(),
            Type = upload.Type,
            DocumentDate = upload.DocumentDate,
            FileName = SafeFileName(upload.FileName),
            ContentType = DocumentRules.ContentType(upload.Format),
            SizeBytes = upload.Bytes.LongLength,
            Sha256 = hash,
            ExtractedText = text.Text,
            UploadedByUserId = user.UserId,
            UploadedByName = user.DisplayName,
            UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.CaseDocuments.Add(document);
        db.CaseDocumentContents.Add(new CaseDocumentContent { DocumentId = document.Id, Bytes = upload.Bytes });
        recorder.Record(personId, CaseEventTypes.DocumentAdded, $"Document added: {document.Title}",
        [
            new("Title", null, document.Title),
            new("Type", null, DocumentRules.TypeLabel(document.Type)),
            new("Document date", null, DateText.Date(document.DocumentDate)),
            new("File", null, $"{document.FileName} ({DocumentRules.DescribeSize(document.SizeBytes)})"),
            new("SHA-256", null, hash),
        ]);
        await db.SaveChangesAsync(ct);
        return new AddedDocument(document, text.Problem, sameAs);
    }

    public async Task<DocumentPage> SearchAsync(Guid personId, DocumentSearch search, DocumentSort sort, bool descending, int pageNumber, CancellationToken ct)
    {
        var query = db.CaseDocuments.AsNoTracking().Where(d => d.PersonId == personId);
        if (!string.IsNullOrWhiteSpace(search.Text))
        {
            // lower() on both sides: SQLite's LIKE and PostgreSQL's LIKE disagree about case, lower() does not
            // (for English text; SQLite folds only ASCII letters).
            var term = search.Text.Trim().ToLowerInvariant();
            query = query.Where(d => d.Title.ToLower().Contains(term) || d.ExtractedText.ToLower().Contains(term));
        }
        if (search.Type is { } type)
        {
            query = query.Where(d => d.Type == type);
        }
        if (search.From is { } from)
        {
            query = query.Where(d => d.DocumentDate >= from);
        }
        if (search.To is { } to)
        {
            query = query.Where(d => d.DocumentDate <= to);
        }
        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (int)Math.Ceiling(total / (double)PageSize));
        pageNumber = Math.Clamp(pageNumber, 1, pageCount);
        var sorted = (sort, descending) switch
        {
            (DocumentSort.Title, false) => query.OrderBy(d => d.Title),
            (DocumentSort.Title, true) => query.OrderByDescending(d => d.Title),
            (DocumentSort.Type, false) => query.OrderBy(d => d.Type).ThenByDescending(d => d.DocumentDate),
            (DocumentSort.Type, true) => query.OrderByDescending(d => d.Type).ThenByDescending(d => d.DocumentDate),
            (_, false) => query.OrderBy(d => d.DocumentDate).ThenBy(d => d.UploadedAtUtc),
            _ => query.OrderByDescending(d => d.DocumentDate).ThenByDescending(d => d.UploadedAtUtc),
        };
        var rows = await sorted.ThenBy(d => d.Id)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize)
            .Select(d => new DocumentRow(d.Id, d.Title, d.Type, d.DocumentDate, d.FileName, d.SizeBytes, d.UploadedByName, d.UploadedAtUtc))
            .ToListAsync(ct);
        return new DocumentPage(rows, total, pageNumber, pageCount);
    }

    /// <summary>The file to download, with its DocumentDownloaded event saved first: a file that left Haven is always on record.</summary>
    public async Task<DocumentFile?> DownloadAsync(Guid personId, Guid documentId, CancellationToken ct)
    {
        var document = await db.CaseDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.PersonId == personId, ct);
        if (document is null)
        {
            return null;
        }
        var bytes = await db.CaseDocumentContents.Where(c => c.DocumentId == documentId).Select(c => c.Bytes).SingleAsync(ct);
        recorder.Record(personId, CaseEventTypes.DocumentDownloaded, $"Document downloaded: {document.Title}",
            [new("File", null, document.FileName)]);
        await db.SaveChangesAsync(ct);
        return new DocumentFile(document.FileName, document.ContentType, bytes);
    }

    /// <summary>The name without any folder a browser sent, and without characters that break a download header.</summary>
    public static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string(file.Where(c => !char.IsControl(c) && c is not ('"' or '/' or '\\')).ToArray()).Trim();
        return clean.Length switch
        {
            0 => "document",
            > 255 => clean[^255..],
            _ => clean,
        };
    }
}
