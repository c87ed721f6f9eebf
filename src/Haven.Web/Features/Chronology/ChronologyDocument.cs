using Haven.Web.Features.Messaging;
using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Xml;
using ChronologyRules = Haven.Domain.CaseRecording.Chronology;

namespace Haven.Web.Features.Chronology;

/// <summary>
/// A child's chronology as a document to print or share: the same events, in the same order, as the screen.
/// <see cref="ToHtml"/> is the print view and, through Chromium, the PDF; <see cref="ToDocx"/> is a Word file
/// written by hand as WordprocessingML so that no package is needed to make one.
/// </summary>
public sealed record ChronologyDocument
{

    public required string AuthorityName { get; init; }
    public required string ChildName { get; init; }
    public required string HavenId { get; init; }
    public DateOnly? DateOfBirth { get; init; }
    public required string ProducedBy { get; init; }
    public required string ProducedAt { get; init; }

    /// <summary>"All events", or the filter the worker chose, so a reader knows what was left out.</summary>
    public required string FilterDescription { get; init; }

    public required IReadOnlyList<ChronologyLine> Lines { get; init; }

    public string ProtectiveMarking { get; init; } = "OFFICIAL-SENSITIVE";

    public string Title => $"Chronology for {ChildName}";

    public string FileName(string extension) =>
        $"chronology-{string.Concat(HavenId.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'))}.{extension}";

    private string Facts => $"Haven ID {HavenId}{(DateOfBirth is { } dob ? $" · born {DateText.Short(dob)}" : "")}";

    private string Produced => $"Produced by {ProducedBy} on {ProducedAt}. {FilterDescription}. {Lines.Count} {(Lines.Count == 1 ? "event" : "events")}, newest first.";

    /// <summary>The CSP source for the inline stylesheet, which Haven's default policy (style-src 'self') would block.</summary>
    public static string StyleSourceHash { get; } = PrintPage.StyleHash(Css);

    public string ToHtml()
    {
        var html = new StringBuilder(16 * 1024);
        html.Append(PrintPage.Head(Title, Css)).Append('\n').Append($$"""
            <p class="marking">{{E(ProtectiveMarking)}}</p>
            <header>
            <p class="authority">{{E(AuthorityName)}}</p>
            <h1>{{E(Title)}}</h1>
            <p>{{E(Facts)}}</p>
            <p class="produced">{{E(Produced)}}</p>
            </header>
            <main>
            """).Append('\n');
        if (Lines.Count == 0)
        {
            html.Append("<p>There are no events to show.</p>\n");
        }
        else
        {
            html.Append("<table>\n<caption>Events in ").Append(E(ChildName)).Append("'s life and Haven's work with them, newest first</caption>\n");
            html.Append("<thead><tr><th scope=\"col\" class=\"date\">Date</th><th scope=\"col\" class=\"category\">Category</th><th scope=\"col\">What happened</th><th scope=\"col\" class=\"by\">Recorded by</th></tr></thead>\n<tbody>\n");
            foreach (var line in Lines)
            {
                var e = line.Event;
                html.Append(line.IsSignificant ? "<tr class=\"significant\">" : "<tr>");
                html.Append($"<td>{E(DateText.Short(e.Date))}</td><td>{E(ChronologyRules.CategoryLabel(e.Category))}</td><td>");
                if (line.IsSignificant)
                {
                    html.Append("<span class=\"flag\">Significant: </span>");
                }
                html.Append(E(e.Summary));
                if (e.Source is { } source)
                {
                    html.Append($"<br><span class=\"source\">Source: {E(source)}</span>");
                }
                html.Append($"</td><td>{E(e.RecordedBy ?? "")}</td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        html.Append($"</main>\n<footer>\n<p>This chronology contains personal information about a child. Keep it secure and share it only with people who need to know.</p>\n<p class=\"marking\">{E(ProtectiveMarking)}</p>\n</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>A Word document: a title, the child's details and one table row per event, the header row repeated on each page.</summary>
    public byte[] ToDocx()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
                <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
                </Types>
                """);
            Part(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
                </Relationships>
                """);
            Part(zip, "word/_rels/document.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
                </Relationships>
                """);
            Part(zip, "docProps/core.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">
                <dc:title>{X(Title)}</dc:title>
                <dc:creator>{X(AuthorityName)}</dc:creator>
                <dc:language>en-GB</dc:language>
                </cp:coreProperties>
                """);
            Part(zip, "word/styles.xml", Styles);
            Part(zip, "word/document.xml", DocumentXml());
        }
        return output.ToArray();
    }

    private string DocumentXml()
    {
        var body = new StringBuilder(16 * 1024);
        body.Append(Paragraph(ProtectiveMarking, style: "Marking"));
        body.Append(Paragraph(AuthorityName));
        body.Append(Paragraph(Title, style: "Heading1"));
        body.Append(Paragraph(Facts));
        body.Append(Paragraph(Produced));
        if (Lines.Count == 0)
        {
            body.Append(Paragraph("There are no events to show."));
        }
        else
        {
            body.Append("""<w:tbl><w:tblPr><w:tblStyle w:val="Chronology"/><w:tblW w:w="5000" w:type="pct"/><w:tblCaption w:val="Events, newest first"/></w:tblPr>""");
            body.Append("""<w:tblGrid><w:gridCol w:w="1600"/><w:gridCol w:w="1900"/><w:gridCol w:w="4200"/><w:gridCol w:w="1700"/></w:tblGrid>""");
            body.Append("""<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>""");
            foreach (var heading in new[] { "Date", "Category", "What happened", "Recorded by" })
            {
                body.Append("<w:tc>").Append(Paragraph(heading, bold: true)).Append("</w:tc>");
            }
            body.Append("</w:tr>");
            foreach (var line in Lines)
            {
                var e = line.Event;
                body.Append("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
                body.Append("<w:tc>").Append(Paragraph(DateText.Short(e.Date))).Append("</w:tc>");
                body.Append("<w:tc>").Append(Paragraph(ChronologyRules.CategoryLabel(e.Category))).Append("</w:tc>");
                body.Append("<w:tc>");
                body.Append(Paragraph(line.IsSignificant ? $"Significant: {e.Summary}" : e.Summary, bold: line.IsSignificant));
                if (e.Source is { } source)
                {
                    body.Append(Paragraph($"Source: {source}"));
                }
                body.Append("</w:tc>");
                body.Append("<w:tc>").Append(Paragraph(e.RecordedBy ?? "")).Append("</w:tc>");
                body.Append("</w:tr>");
            }
            body.Append("</w:tbl>");
        }
        body.Append(Paragraph("This chronology contains personal information about a child. Keep it secure and share it only with people who need to know."));
        body.Append(Paragraph(ProtectiveMarking, style: "Marking"));
        // A4 portrait with 2 cm margins.
        body.Append("""<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>""");
        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>
            """;
    }

    private static string Paragraph(string text, string? style = null, bool bold = false)
    {
        var properties = style is null ? "" : $"<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>";
        var run = bold ? "<w:rPr><w:b/></w:rPr>" : "";
        return $"<w:p>{properties}<w:r>{run}<w:t xml:space=\"preserve\">{X(text)}</w:t></w:r></w:p>";
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.Write(xml.TrimStart());
    }

    /// <summary>Escapes text for XML, dropping characters XML 1.0 cannot hold (a stray control character would make Word refuse the file).</summary>
    private static string X(string text)
    {
        var valid = new string(text.Where(XmlConvert.IsXmlChar).ToArray());
        return WebUtility.HtmlEncode(valid).Replace("&#39;", "&apos;", StringComparison.Ordinal);
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);


    private const string Styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
        <w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
        <w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
        <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>
        <w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/></w:rPr></w:style>
        <w:style w:type="paragraph" w:styleId="Marking"><w:name w:val="Protective marking"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
        <w:style w:type="table" w:styleId="Chronology"><w:name w:val="Chronology table"/><w:tblPr><w:tblBorders>
        <w:top w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/>
        <w:insideH w:val="single" w:sz="4" w:space="0" w:color="B1B4B6"/></w:tblBorders><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="80" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        </w:styles>
        """;

    // Arial, as GOV.UK services outside service.gov.uk use; Liberation Sans has the same widths where Arial is missing.
    private const string Css = """
        @page { size: A4; margin: 15mm 15mm 15mm 15mm; }
        body { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 11pt; line-height: 1.35; color: #0b0c0c; margin: 0; }
        main, header, footer { max-width: 60rem; }
        .marking { text-align: center; font-weight: bold; margin: 0 0 4mm; }
        .authority { font-weight: bold; margin: 0; }
        h1 { font-size: 20pt; margin: 2mm 0 3mm; }
        header p { margin: 0 0 2mm; }
        .produced { color: #505a5f; }
        table { width: 100%; border-collapse: collapse; margin-top: 5mm; }
        caption { text-align: left; font-weight: bold; padding-bottom: 2mm; }
        th, td { text-align: left; vertical-align: top; padding: 2mm 2mm 2mm 0; border-bottom: 1px solid #b1b4b6; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        .date { width: 17%; } .category { width: 19%; } .by { width: 18%; }
        .significant td { font-weight: bold; }
        .source { font-weight: normal; color: #505a5f; }
        footer { margin-top: 8mm; font-size: 9pt; }
        @media screen { body { max-width: 60rem; margin: 2rem auto; padding: 0 1rem; } }
        """;
}
