using System.Text;
using System.Xml;
using Haven.Domain.CinCensus;
using static Haven.Domain.Tests.CinCensus.CinXml;

namespace Haven.Domain.Tests.CinCensus;

public class CinCensusWriterTests
{
    private static readonly CinCensusHeader Header2026 = new()
    {
        Collection = "CIN",
        Year = "2026",
        ReferenceDate = new DateOnly(2026, 3, 31),
        SourceLevel = "L",
        LEA = "201",
        SoftwareCode = "Haven",
        Release = "1.0",
        SerialNo = "001",
        DateTime = "2026-05-01T09:00:00",
    };

    /// <summary>A child using every element, so order and round trips cover the whole tree.</summary>
    private static readonly CinCensusChild FullChild = ReadChild(Child(
        Ids(formerUpn: "X12345678901A", upnUnknown: "UN3", died: "2026-02-01"),
        Characteristics("WBRI", "MOB", "HAND"),
        Episode(
            closure: "2025-12-01", reason: "RC7", icpc: "2025-06-02",
            modules: Assessment() + CinPlan("2025-06-11", "2025-07-01") + S47(target: "2025-06-02", icpc: "2025-06-02"),
            cpp: Cpp(end: "2025-11-01", reviews: ["2025-08-01", "2025-10-01"]))));

    [Fact]
    public void Writes_CINdetails_in_the_DfE_order()
    {
        var xml = Write(Header2026, [FullChild]);

        var document = new XmlDocument();
        document.LoadXml(xml);
        var order = document.SelectSingleNode("/Message/Children/Child/CINdetails")!.ChildNodes.Cast<XmlNode>().Select(n => n.Name).Distinct();
        Assert.Equal(
            ["CINreferralDate", "ReferralSource", "PrimaryNeedCode", "CINclosureDate", "ReasonForClosure", "DateOfInitialCPC",
             "Assessments", "CINPlanDates", "Section47", "ReferralNFA", "ChildProtectionPlans"],
            order);
        var identifiers = document.SelectSingleNode("/Message/Children/Child/ChildIdentifiers")!.ChildNodes.Cast<XmlNode>().Select(n => n.Name);
        Assert.Equal(["LAchildID", "UPN", "FormerUPN", "UPNunknown", "PersonBirthDate", "Sex", "PersonDeathDate"], identifiers);
        Assert.Null(document.DocumentElement!.NamespaceURI is { Length: > 0 } ns ? ns : null);
    }

    [Fact]
    public void Writes_GenderCurrent_before_the_2024_25_census_and_Sex_from_then()
    {
        var before = Write(Header2026 with { Year = "2024", ReferenceDate = new DateOnly(2024, 3, 31) }, [FullChild]);
        var from = Write(Header2026, [FullChild with { Sex = null, GenderCurrent = "2" }]);

        Assert.Contains("<GenderCurrent>2</GenderCurrent>", before, StringComparison.Ordinal);
        Assert.DoesNotContain("<Sex>", before, StringComparison.Ordinal);
        Assert.Contains("<Sex>F</Sex>", from, StringComparison.Ordinal);
        Assert.DoesNotContain("<GenderCurrent>", from, StringComparison.Ordinal);
    }

    [Fact]
    public void Leaves_out_empty_optional_elements_and_writes_dates_as_yyyy_MM_dd()
    {
        var xml = Write(Header2026, [new CinCensusChild { LAchildID = "C1", PersonBirthDate = new DateOnly(2015, 6, 1) }]);

        Assert.Contains("<PersonBirthDate>2015-06-01</PersonBirthDate>", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<UPN", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<Disabilities", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("<Ethnicity", xml, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_input_gives_the_same_bytes_in_UTF8_without_a_byte_order_mark()
    {
        var first = WriteBytes(Header2026, [FullChild, FullChild with { LAchildID = "C2" }]);
        var second = WriteBytes(Header2026, [FullChild, FullChild with { LAchildID = "C2" }]);

        Assert.Equal(first, second);
        Assert.Equal((byte)'<', first[0]);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<Message>\n  <Header>", Encoding.UTF8.GetString(first), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Async_writing_gives_the_same_bytes_as_writing_synchronously()
    {
        var children = Enumerable.Range(1, 500).Select(i => FullChild with { LAchildID = $"C{i}" }).ToList();
        using var output = new MemoryStream();

        await CinCensusWriter.WriteAsync(output, Header2026, children.ToAsyncEnumerable(), TestContext.Current.CancellationToken);

        Assert.Equal(WriteBytes(Header2026, children), output.ToArray());
    }

    [Fact]
    public void Children_are_written_as_they_are_enumerated_not_gathered_first()
    {
        using var output = new MemoryStream();
        long writtenBeforeLastChild = 0;

        CinCensusWriter.Write(output, Header2026, Children());

        Assert.True(writtenBeforeLastChild > 0, "Nothing reached the stream until every child had been produced.");

        IEnumerable<CinCensusChild> Children()
        {
            for (var i = 0; i < 2000; i++)
            {
                yield return FullChild with { LAchildID = $"C{i}" };
            }

            writtenBeforeLastChild = output.Length;
        }
    }

    [Fact]
    public void Writing_then_reading_gives_back_equal_children_and_header()
    {
        var header = Header2026 with { Unparsed = [] };
        var badDate = FullChild with { PersonDeathDate = null, Unparsed = [new UnparsedValue(CinElements.PersonDeathDate, "01/02/2026")] };
        CinCensusChild[] children = [FullChild, badDate];

        using var reader = CinCensusReader.Open(new MemoryStream(WriteBytes(header, children)));
        var read = reader.ReadChildren().ToList();

        Assert.Equal(header, reader.Header);
        Assert.Equal(children, read);
        Assert.Single(reader.Problems); // the unreadable death date, kept and reported again
    }

    [Fact]
    public void The_reference_sample_survives_a_read_write_read_round_trip()
    {
        CinCensusHeader header;
        List<CinCensusChild> children;
        using (var file = Sample("fake_CIN_data.xml"))
        using (var reader = CinCensusReader.Open(file))
        {
            children = reader.ReadChildren().ToList();
            header = reader.Header;
        }

        var written = WriteBytes(header, children);
        using var again = CinCensusReader.Open(new MemoryStream(written));

        Assert.Equal(children, again.ReadChildren().ToList());
        Assert.Equal(header, again.Header);
        Assert.Equal(written, WriteBytes(again.Header, children));
    }

    private static byte[] WriteBytes(CinCensusHeader header, IEnumerable<CinCensusChild> children)
    {
        using var output = new MemoryStream();
        CinCensusWriter.Write(output, header, children);
        return output.ToArray();
    }

    private static string Write(CinCensusHeader header, IEnumerable<CinCensusChild> children) =>
        Encoding.UTF8.GetString(WriteBytes(header, children));
}
