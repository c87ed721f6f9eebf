using System.Globalization;
using System.Net;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Domain.CaseRecording;
using Haven.Domain.Events;
using Haven.Domain.People;
using Haven.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.Documents;

/// <summary>Documents uploaded through the real multipart form, searched and downloaded, on both databases.</summary>
public abstract class DocumentTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private async Task<(ApplicationUser Worker, Person Child, HttpClient Client)> SetUpAsync()
    {
        var worker = await app.CreateUserAsync("Dee Documents", Role.SocialWorker);
        var child = await app.RegisterAsync(worker, "Noah", "Pennant", new DateOnly(2015, 1, 1));
        return (worker, child, await app.SignInAsync(worker));
    }

    private static string Url(Person child, string path = "") => $"/people/{child.Id}/documents{path}";

    private static Dictionary<string, string> Fields(string title, DocumentType type, DateOnly date) => new()
    {
        ["Title"] = title,
        ["Type"] = type.ToString(),
        ["DocumentDate.Day"] = date.Day.ToString(CultureInfo.InvariantCulture),
        ["DocumentDate.Month"] = date.Month.ToString(CultureInfo.InvariantCulture),
        ["DocumentDate.Year"] = date.Year.ToString(CultureInfo.InvariantCulture),
    };

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, Person child, string title, DocumentType type, DateOnly date, string fileName, byte[] bytes)
    {
        var form = await client.GetFormAsync(Url(child, "/new"));
        return await client.PostMultipartAsync(Url(child, "/new"), form, Fields(title, type, date), fileName, bytes);
    }

    private static List<string> Titles(AngleSharp.Html.Dom.IHtmlDocument doc) =>
        doc.QuerySelectorAll("main table tbody tr td:nth-child(2) a").Select(a => a.FirstChild!.TextContent.Trim()).ToList();

    [Fact]
    public async Task A_pdf_and_a_word_document_are_stored_and_found_by_their_text_title_type_and_date()
    {
        var (worker, child, client) = await SetUpAsync();
        var pdf = TestFiles.Pdf("Operation Kestrel: police safeguarding referral about Noah");
        var posted = await UploadAsync(client, child, "Police notification", DocumentType.Report, new DateOnly(2026, 10, 3), "notification.pdf", pdf);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var docx = TestFiles.Docx("School attendance report", "Attendance fell to 72 percent in October.");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(client, child, "School report", DocumentType.Letter, new DateOnly(2026, 11, 2), "report.docx", docx)).StatusCode);

        var stored = await app.WithDbAsync(db => db.CaseDocuments.Where(d => d.PersonId == child.Id).OrderBy(d => d.DocumentDate).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.Equal("application/pdf", stored[0].ContentType);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(pdf)), stored[0].Sha256);
        Assert.Contains("Operation Kestrel", stored[0].ExtractedText, StringComparison.Ordinal);
        Assert.Contains("Attendance fell to 72 percent", stored[1].ExtractedText, StringComparison.Ordinal);
        Assert.Equal(pdf.LongLength, stored[0].SizeBytes);
        var bytes = await app.WithDbAsync(db => db.CaseDocumentContents.Where(c => c.DocumentId == stored[1].Id).Select(c => c.Bytes).SingleAsync());
        Assert.Equal(docx, bytes);

        var added = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id && e.Type == CaseEventTypes.DocumentAdded).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["Document added: Police notification", "Document added: School report"], added.Select(e => e.Summary));
        Assert.All(added, e => Assert.Equal(worker.Id, e.ActorUserId));

        Assert.Equal(["School report", "Police notification"], Titles(await client.GetDocumentAsync(Url(child))));
        Assert.Equal(["Police notification"], Titles(await client.GetDocumentAsync(Url(child, "?q=KESTREL"))));
        Assert.Equal(["School report"], Titles(await client.GetDocumentAsync(Url(child, "?q=attendance+fell"))));
        Assert.Equal(["School report"], Titles(await client.GetDocumentAsync(Url(child, "?q=school+REPORT"))));
        Assert.Equal(["Police notification"], Titles(await client.GetDocumentAsync(Url(child, "?type=Report"))));
        Assert.Equal(["School report"], Titles(await client.GetDocumentAsync(Url(child, "?From.Day=1&From.Month=11&From.Year=2026"))));
        Assert.Equal(["Police notification"], Titles(await client.GetDocumentAsync(Url(child, "?To.Day=31&To.Month=10&To.Year=2026"))));
        Assert.Contains("0 documents found", Html.MainText(await client.GetDocumentAsync(Url(child, "?q=kestrel&type=Letter"))), StringComparison.Ordinal);
        Assert.Equal(["Police notification", "School report"], Titles(await client.GetDocumentAsync(Url(child, "?sort=title&dir=asc"))));
    }

    [Theory]
    [InlineData("setup.exe", "The selected file must be a PDF, PNG, JPEG, Word (DOCX), Excel (XLSX), PowerPoint (PPTX) or plain text (TXT)")]
    [InlineData("minutes.pdf", "The selected file is not a real PDF file. Check you chose the right file")]
    [InlineData("minutes.docx", "The selected file is not a real Word (DOCX) file. Check you chose the right file")]
    public async Task A_file_that_is_not_what_it_claims_is_refused_and_nothing_is_stored(string fileName, string message)
    {
        var (_, child, client) = await SetUpAsync();
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF];
        var bytes = fileName.EndsWith(".docx", StringComparison.Ordinal) ? TestFiles.XlsxParts() : exe;
        var refused = await UploadAsync(client, child, "Conference minutes", DocumentType.ConferenceMinutes, new DateOnly(2026, 11, 20), fileName, bytes);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal([message], Html.ErrorSummary(doc));
        Assert.Equal(message, Html.InlineError(doc, "Upload"));
        Assert.Equal("Conference minutes", Html.Value(doc, "Title"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CaseDocuments.CountAsync(d => d.PersonId == child.Id)));
        Assert.Equal(0, await app.WithDbAsync(db => db.CaseEvents.CountAsync(e => e.PersonId == child.Id && e.Type == CaseEventTypes.DocumentAdded)));
    }

    [Fact]
    public async Task A_file_over_the_limit_gets_the_size_message_on_the_field()
    {
        var (_, child, client) = await SetUpAsync();
        var big = new byte[(20 * 1024 * 1024) + 1];
        "%PDF-1.4\n"u8.CopyTo(big);
        var refused = await UploadAsync(client, child, "Scanned court bundle", DocumentType.CourtDocument, new DateOnly(2026, 11, 20), "bundle.pdf", big);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var doc = await refused.ReadDocumentAsync();
        Assert.Equal(["The selected file must be smaller than 20 MB"], Html.ErrorSummary(doc));
        Assert.Equal("The selected file must be smaller than 20 MB", Html.InlineError(doc, "Upload"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CaseDocuments.CountAsync(d => d.PersonId == child.Id)));
    }

    [Fact]
    public async Task An_upload_far_over_the_limit_is_sent_back_to_the_form_unread_with_the_same_message()
    {
        var (_, child, client) = await SetUpAsync();
        var huge = new byte[(41 * 1024 * 1024) + 1];
        var response = await UploadAsync(client, child, "Whole case file", DocumentType.Other, new DateOnly(2026, 11, 20), "all.pdf", huge);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var back = await client.GetAsync(response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
        Assert.Equal("The selected file must be smaller than 20 MB", Html.InlineError(await back.ReadDocumentAsync(), "Upload"));
        Assert.Equal(0, await app.WithDbAsync(db => db.CaseDocuments.CountAsync(d => d.PersonId == child.Id)));
    }

    [Fact]
    public async Task A_download_is_an_audited_attachment_that_browsers_will_not_sniff()
    {
        var (worker, child, client) = await SetUpAsync();
        var text = "Mum rang: Noah is staying with his aunt this week.\n"u8.ToArray();
        await UploadAsync(client, child, "Phone message", DocumentType.Other, new DateOnly(2026, 11, 24), "message.txt", text);
        var document = await app.WithDbAsync(db => db.CaseDocuments.SingleAsync(d => d.PersonId == child.Id));
        Assert.Contains("staying with his aunt", document.ExtractedText, StringComparison.Ordinal);

        var response = await client.GetAsync(Url(child, $"/{document.Id}/download"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(text, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("message.txt", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));

        var downloaded = await app.WithDbAsync(db => db.CaseEvents.SingleAsync(e => e.PersonId == child.Id && e.Type == CaseEventTypes.DocumentDownloaded));
        Assert.Equal(worker.Id, downloaded.ActorUserId);
        Assert.Equal("Document downloaded: Phone message", downloaded.Summary);

        var other = await app.RegisterAsync(worker, "Ava", "Other", new DateOnly(2017, 2, 2));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/people/{other.Id}/documents/{document.Id}/download")).StatusCode);
    }
}

public sealed class DocumentTestsOnSqlite(SqliteAppFactory app) : DocumentTests<SqliteAppFactory>(app);

public sealed class DocumentTestsOnPostgres(PostgresAppFactory app) : DocumentTests<PostgresAppFactory>(app);
