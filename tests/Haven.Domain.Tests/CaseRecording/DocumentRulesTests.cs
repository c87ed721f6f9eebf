using System.Text;
using Haven.Domain.CaseRecording;

namespace Haven.Domain.Tests.CaseRecording;

public sealed class DocumentRulesTests
{
    private const long Max = DocumentRules.DefaultMaxBytes;

    [Theory]
    [InlineData("report.pdf", "%PDF-1.7\n")]
    [InlineData("Photo.JPG", "\u00FF\u00D8\u00FF\u00E0")]
    [InlineData("plan.docx", "PK\u0003\u0004")]
    [InlineData("notes.txt", "Mum rang at 9am. Café visit booked – “Thursday”.")]
    public void A_file_whose_first_bytes_match_its_name_is_accepted(string name, string head)
    {
        var bytes = name.EndsWith(".txt", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(head) : Encoding.Latin1.GetBytes(head);
        Assert.Null(DocumentRules.ValidateFile(name, bytes.Length, Max, bytes));
    }

    [Fact]
    public void A_png_is_recognised_by_its_signature()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        Assert.Null(DocumentRules.ValidateFile("body-map.png", png.Length, Max, png));
        Assert.NotNull(DocumentRules.ValidateFile("body-map.png", 3, Max, png.AsSpan(0, 3)));
    }

    [Fact]
    public void A_program_renamed_as_a_pdf_is_refused()
    {
        var exe = Encoding.Latin1.GetBytes("MZ\u0090\u0000\u0003\u0000\u0000\u0000");
        Assert.Equal("The selected file is not a real PDF file. Check you chose the right file", DocumentRules.ValidateFile("minutes.pdf", exe.Length, Max, exe));
        Assert.Equal("The selected file is not a real plain text file. Check you chose the right file", DocumentRules.ValidateFile("minutes.txt", exe.Length, Max, exe));
    }

    [Fact]
    public void Types_haven_does_not_keep_are_refused_by_name()
    {
        var error = DocumentRules.ValidateFile("setup.exe", 10, Max, "MZ"u8);
        Assert.Equal($"The selected file must be a {DocumentRules.AllowedDescription}", error);
        Assert.Equal(FileFormat.Unknown, DocumentRules.FromFileName("archive.zip"));
    }

    [Fact]
    public void Empty_missing_and_oversized_files_get_their_own_messages()
    {
        Assert.Equal("Select a file", DocumentRules.ValidateFile(null, 0, Max, []));
        Assert.Equal("The selected file is empty", DocumentRules.ValidateFile("a.pdf", 0, Max, []));
        Assert.Equal("The selected file must be smaller than 20 MB", DocumentRules.ValidateFile("a.pdf", Max + 1, Max, "%PDF-"u8));
    }

    [Theory]
    [InlineData(20L * 1024 * 1024, "20 MB")]
    [InlineData(1536L * 1024, "1.5 MB")]
    [InlineData(2048, "2 KB")]
    [InlineData(10, "1 KB")]
    public void Sizes_are_written_as_people_read_them(long bytes, string expected) => Assert.Equal(expected, DocumentRules.DescribeSize(bytes));

    [Fact]
    public void Text_cut_in_the_middle_of_a_character_is_still_text()
    {
        var bytes = Encoding.UTF8.GetBytes("Visit – seen");
        // "–" is three bytes; keep only the first of them.
        var cut = bytes.AsSpan(0, "Visit ".Length + 1);
        Assert.True(DocumentRules.StartsLike(FileFormat.PlainText, cut));
        Assert.False(DocumentRules.StartsLike(FileFormat.PlainText, [0x48, 0x00, 0x49]));
    }
}
