using Haven.Web.Features.Messaging;
using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Haven.Web.Features.Sharing;

/// <summary>
/// A paper for a family (an assessment, a plan, a conference report or minutes) as one self-contained HTML
/// document: the page a worker opens on screen is the same HTML that <see cref="Messaging.PdfRenderer"/> prints, so
/// what the family receives is what the worker checked. Real headings, lists and table headers give the PDF
/// its tags, so a screen reader can move through it.
/// </summary>
public sealed record FamilyDocument
{

    public required string AuthorityName { get; init; }

    /// <summary>The document's title, e.g. "Child protection plan".</summary>
    public required string Title { get; init; }

    public required string ChildName { get; init; }

    public DateOnly? ChildDateOfBirth { get; init; }

    public required DateOnly PrintedOn { get; init; }

    /// <summary>One line under the title, e.g. "Started on 14 December 2026".</summary>
    public string? Subtitle { get; init; }

    /// <summary>Opening paragraphs before the first section (plain-English versions talk to the family here).</summary>
    public IReadOnlyList<string> Introduction { get; init; } = [];

    public required IReadOnlyList<DocumentSection> Sections { get; init; }

    public string FileName(string kind) =>
        $"{kind}-{string.Concat(ChildName.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-'))}-{PrintedOn:yyyy-MM-dd}.pdf";

    /// <summary>The CSP source for the inline stylesheet: a response serving this document must allow it.</summary>
    public static string StyleSourceHash { get; } = PrintPage.StyleHash(Css);

    /// <summary>The policy for a response that is this document: its own styles and nothing else.</summary>
    public static string ContentSecurityPolicy => $"default-src 'none'; style-src {StyleSourceHash}; frame-ancestors 'none'";

    public string ToHtml()
    {
        var html = new StringBuilder(16 * 1024);
        html.Append(PrintPage.Head($"{Title} – {ChildName}", Css)).Append('\n').Append($$"""
            <header>
            <p class="authority">{{E(AuthorityName)}} children's services</p>
            <p class="marking">Official – sensitive: personal information about a child</p>
            </header>
            <main>
            """).Append('\n');
        html.Append($"<h1>{E(Title)}<span class=\"for\">for {E(ChildName)}</span></h1>\n");
        html.Append("<dl class=\"facts\">\n");
        if (ChildDateOfBirth is { } dob)
        {
            html.Append($"<dt>Date of birth</dt><dd>{Date(dob)}</dd>\n");
        }
        if (Subtitle is not null)
        {
            html.Append($"<dt>About this document</dt><dd>{E(Subtitle)}</dd>\n");
        }
        html.Append($"<dt>Printed</dt><dd>{Date(PrintedOn)}</dd>\n</dl>\n");
        foreach (var paragraph in Introduction)
        {
            html.Append($"<p class=\"intro\">{E(paragraph)}</p>\n");
        }
        foreach (var section in Sections)
        {
            html.Append("<section>\n").Append($"<h2>{E(section.Heading)}</h2>\n");
            foreach (var block in section.Blocks)
            {
                AppendBlock(html, block);
            }
            html.Append("</section>\n");
        }
        html.Append("</main>\n<footer>\n");
        html.Append("<p>If anything in this document is wrong, or you do not understand it, tell your social worker. ")
            .Append("You can ask to see the records we keep about your family, and you can complain if you are unhappy with what we do.</p>\n");
        html.Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendBlock(StringBuilder html, DocumentBlock block)
    {
        switch (block)
        {
            case DocumentBlock.Text text:
                foreach (var paragraph in Paragraphs(text.Value))
                {
                    html.Append($"<p>{E(paragraph)}</p>\n");
                }
                break;
            case DocumentBlock.Facts facts:
                html.Append("<dl class=\"facts\">\n");
                foreach (var (key, value) in facts.Rows)
                {
                    html.Append($"<dt>{E(key)}</dt><dd>{E(value)}</dd>\n");
                }
                html.Append("</dl>\n");
                break;
            case DocumentBlock.List list:
                html.Append("<ul>\n");
                foreach (var item in list.Items)
                {
                    html.Append($"<li>{E(item)}</li>\n");
                }
                html.Append("</ul>\n");
                break;
            case DocumentBlock.Table table:
                html.Append("<table>\n");
                if (table.Caption is not null)
                {
                    html.Append($"<caption>{E(table.Caption)}</caption>\n");
                }
                html.Append("<thead><tr>");
                foreach (var header in table.Headers)
                {
                    html.Append($"<th scope=\"col\">{E(header)}</th>");
                }
                html.Append("</tr></thead>\n<tbody>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    for (var i = 0; i < row.Count; i++)
                    {
                        html.Append(table.DateColumns.Contains(i) ? $"<td class=\"date\">{E(row[i])}</td>" : $"<td>{E(row[i])}</td>");
                    }
                    html.Append("</tr>\n");
                }
                html.Append("</tbody>\n</table>\n");
                break;
        }
    }

    public static string Date(DateOnly date) => DateText.Date(date);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string[] Paragraphs(string text) =>
        text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Arial as GOV.UK uses outside service.gov.uk, Liberation Sans where Arial is not installed; 12pt for reading on paper.
    private const string Css = """
        @page { size: A4; margin: 15mm 18mm 18mm 18mm;
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, "Liberation Sans", Helvetica, sans-serif; color: #505a5f; } }
        html { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 12pt; line-height: 1.45; color: #0b0c0c; background: #fff; }
        body { margin: 0; }
        header { display: flex; justify-content: space-between; align-items: baseline; border-bottom: 3px solid #0b0c0c; padding-bottom: 2mm; margin-bottom: 5mm; }
        header p { margin: 0; }
        .authority { font-size: 13pt; font-weight: bold; }
        .marking { font-size: 9pt; font-weight: bold; letter-spacing: 0.04em; }
        h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 4mm; }
        h1 .for { display: block; font-size: 14pt; font-weight: normal; color: #505a5f; margin-top: 1mm; }
        h2 { font-size: 15pt; line-height: 1.3; margin: 7mm 0 2mm; break-after: avoid; }
        p { margin: 0 0 0.7em; }
        .intro { font-size: 13pt; }
        ul { margin: 0 0 0.7em; padding-left: 6mm; }
        li { margin-bottom: 0.3em; }
        .facts { display: grid; grid-template-columns: max-content 1fr; column-gap: 6mm; row-gap: 1mm; margin: 0 0 4mm; }
        .facts dt { font-weight: bold; }
        .facts dd { margin: 0; }
        table { width: 100%; border-collapse: collapse; margin: 0 0 4mm; font-size: 11pt; }
        caption { text-align: left; font-weight: bold; margin-bottom: 1mm; }
        th, td { text-align: left; vertical-align: top; border-bottom: 1px solid #b1b4b6; padding: 1.5mm 3mm 1.5mm 0; }
        th { border-bottom-width: 2px; border-bottom-color: #0b0c0c; }
        tr { break-inside: avoid; }
        td.date { white-space: nowrap; }
        section { break-inside: auto; }
        footer { margin-top: 8mm; padding-top: 2mm; border-top: 1px solid #b1b4b6; font-size: 10pt; color: #505a5f; break-inside: avoid; }
        @media screen {
          html { background: #f3f2f1; }
          body { max-width: 174mm; margin: 24px auto; padding: 15mm 18mm; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
        }
        """;
}

public sealed record DocumentSection(string Heading, IReadOnlyList<DocumentBlock> Blocks)
{
    public DocumentSection(string heading, params DocumentBlock[] blocks) : this(heading, (IReadOnlyList<DocumentBlock>)blocks)
    {
    }
}

/// <summary>What a section holds: paragraphs, facts (term and value), a bulleted list, or a table.</summary>
public abstract record DocumentBlock
{
    public sealed record Text(string Value) : DocumentBlock;

    public sealed record Facts(IReadOnlyList<(string Key, string Value)> Rows) : DocumentBlock;

    public sealed record List(IReadOnlyList<string> Items) : DocumentBlock;

    /// <param name="Caption">Null when the section's heading already says what the table is.</param>
    public sealed record Table(string? Caption, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : DocumentBlock
    {
        /// <summary>Columns of dates, kept on one line: "16 December" broken from "2026" reads badly.</summary>
        public IReadOnlyList<int> DateColumns { get; init; } = [];
    }
}
