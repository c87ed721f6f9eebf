using System.Text;
using Haven.Domain.Formatting;

namespace Haven.Domain.Tests.Formatting;

/// <summary>The CSV rules the work tray, the front-door lists and the users list share.</summary>
public sealed class CsvTests
{
    [Theory]
    [InlineData("Ava Thornbury", "Ava Thornbury")]
    [InlineData("Thornbury, Ava", "\"Thornbury, Ava\"")]
    [InlineData("Ava \"Bee\" Thornbury", "\"Ava \"\"Bee\"\" Thornbury\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("", "")]
    public void A_cell_is_quoted_when_it_must_be_and_never_runs_as_a_formula(string value, string expected) =>
        Assert.Equal(expected, Csv.Cell(value));

    [Fact]
    public void Rows_end_in_crlf_after_a_byte_order_mark()
    {
        var bytes = Csv.Encode([["Child", "Work"], ["Zoë Ash", "Assessment due"]]);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("Child,Work\r\nZoë Ash,Assessment due\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
