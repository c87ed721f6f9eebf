using System.IO.Compression;
using System.Net;
using System.Text;

namespace Haven.Web.Tests.Documents;

/// <summary>Small real files to upload: a one-page PDF with a line of text, and Word and Excel packages.</summary>
public static class TestFiles
{
    /// <summary>A valid PDF 1.4 with one page showing <paramref name="text"/> in Helvetica, with a correct cross-reference table.</summary>
    public static byte[] Pdf(string text)
    {
        var content = $"BT /F1 12 Tf 72 720 Td ({text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal)}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>A Word document whose body is the given paragraphs.</summary>
    public static byte[] Docx(params string[] paragraphs)
    {
        var body = string.Concat(paragraphs.Select(p => $"<w:p><w:r><w:t>{WebUtility.HtmlEncode(p)}</w:t></w:r></w:p>"));
        return Zip(new()
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""",
            ["_rels/.rels"] = """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>""",
            ["word/document.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>""",
        });
    }

    /// <summary>A spreadsheet's shared strings and no workbook part: what a .xlsx renamed .docx would look like to Haven.</summary>
    public static byte[] XlsxParts() => Zip(new()
    {
        ["xl/workbook.xml"] = """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>""",
        ["xl/sharedStrings.xml"] = """<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Visit log</t></si><si><t>Missed appointment</t></si></sst>""",
    });

    /// <summary>A Word document whose main part is not well-formed XML (a paragraph never closed), as a broken save leaves it.</summary>
    public static byte[] DocxWithBrokenXml() => Zip(new()
    {
        ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""",
        ["word/document.xml"] = """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Half a sentence</w:body>""",
    });

    /// <summary>
    /// A zip bomb dressed as a Word document: a few hundred kilobytes that inflate to <paramref name="parts"/> headers
    /// of <paramref name="megabytesEach"/> MB of blank XML each, under the per-part limit the text reader had.
    /// </summary>
    public static byte[] DocxBomb(int parts = 10, int megabytesEach = 45)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Add(string name, string xml)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
            Add("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""");
            Add("word/document.xml", """<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>""");
            var blank = new byte[1024 * 1024];
            Array.Fill(blank, (byte)' ');
            for (var i = 1; i <= parts; i++)
            {
                using var stream = zip.CreateEntry($"word/header{i}.xml", CompressionLevel.SmallestSize).Open();
                stream.Write("<?xml version=\"1.0\"?><w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"u8);
                for (var mb = 0; mb < megabytesEach; mb++)
                {
                    stream.Write(blank);
                }
                stream.Write("</w:hdr>"u8);
            }
        }
        return output.ToArray();
    }

    /// <summary>An executable with a PDF's first line in front of it: right for a check of the first bytes only.</summary>
    public static byte[] PdfHeaderThenExecutable()
    {
        var exe = new byte[4096];
        exe[0] = (byte)'M';
        exe[1] = (byte)'Z';
        "This program cannot be run in DOS mode."u8.CopyTo(exe.AsSpan(0x4E));
        exe[0x80] = (byte)'P';
        exe[0x81] = (byte)'E';
        return [.. "%PDF-1.7\n"u8, .. exe];
    }

    private static byte[] Zip(Dictionary<string, string> parts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in parts)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(xml);
            }
        }
        return output.ToArray();
    }

    /// <summary>Posts a multipart form with the page's antiforgery token, as a browser without JavaScript would.</summary>
    public static async Task<HttpResponseMessage> PostMultipartAsync(this HttpClient client, string url, Dictionary<string, string> hidden,
        Dictionary<string, string> fields, string fileName, byte[] bytes, string contentType = "application/octet-stream")
    {
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in hidden.Concat(fields))
        {
            content.Add(new StringContent(value), name);
        }
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(file, "Upload", fileName);
        return await client.PostAsync(url, content);
    }
}
