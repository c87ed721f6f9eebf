using Haven.Domain.CaseRecording;
using Haven.Web.Features.Documents;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Haven.Web.Tests.Documents;

public sealed class DocumentTextExtractorTests
{
    private static DocumentTextExtractor Extractor(string pdfToText = "pdftotext") =>
        new(Options.Create(new DocumentOptions { PdfToTextPath = pdfToText }), NullLogger<DocumentTextExtractor>.Instance);

    [Fact]
    public async Task Without_pdftotext_a_pdf_has_no_text_and_says_why()
    {
        var text = await Extractor("/nonexistent/pdftotext").ExtractAsync(FileFormat.Pdf, TestFiles.Pdf("Hidden words"), CancellationToken.None);
        Assert.Equal("", text.Text);
        Assert.Equal(DocumentTextExtractor.PdfToolMissing, text.Problem);
    }

    [Fact]
    public async Task Word_paragraphs_and_spreadsheet_strings_come_out_as_separate_lines()
    {
        var word = await Extractor().ExtractAsync(FileFormat.Docx, TestFiles.Docx("First paragraph", "Second paragraph"), CancellationToken.None);
        Assert.Equal("First paragraph\nSecond paragraph", word.Text);
        var sheet = await Extractor().ExtractAsync(FileFormat.Xlsx, TestFiles.XlsxParts(), CancellationToken.None);
        Assert.Equal("Visit log\nMissed appointment", sheet.Text);
        Assert.True(DocumentTextExtractor.IsOfficePackage(FileFormat.Xlsx, TestFiles.XlsxParts()));
        Assert.False(DocumentTextExtractor.IsOfficePackage(FileFormat.Docx, TestFiles.XlsxParts()));
    }
}
