using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Haven.Web.Features.Messaging;

/// <summary>
/// The letter that tells a referrer (school, GP, police, family member) the outcome of their contact. One HTML
/// document serves the screen preview and, through <see cref="PdfRenderer"/>, the paper copy; <see cref="ToPlainText"/>
/// gives the same words for an email. It says only what was decided and what happens next: a referrer is told
/// the outcome, not the child's history.
/// </summary>
public sealed record ReferrerLetter
{

    public required string AuthorityName { get; init; }

    /// <summary>The team that signs the letter and takes calls.</summary>
    public string ServiceName { get; init; } = "Children's Services Front Door";

    public required IReadOnlyList<string> AuthorityAddress { get; init; }

    public required DateOnly LetterDate { get; init; }

    public required string ReferrerName { get; init; }

    /// <summary>The school, surgery or force the referrer wrote from; null for a family member or neighbour.</summary>
    public string? ReferrerOrganisation { get; init; }

    public required IReadOnlyList<string> ReferrerAddress { get; init; }

    public required string ChildName { get; init; }

    /// <summary>Date of birth, or the expected date for an unborn child (see <see cref="ChildIsUnborn"/>).</summary>
    public DateOnly? ChildDateOfBirth { get; init; }

    public bool ChildIsUnborn { get; init; }

    public required DateOnly ContactDate { get; init; }

    public required string Reference { get; init; }

    /// <summary>What was decided, in plain words. Blank lines separate paragraphs.</summary>
    public required string Outcome { get; init; }

    /// <summary>What happens now, and anything the referrer should do. Blank lines separate paragraphs.</summary>
    public required string WhatHappensNext { get; init; }

    public required string FrontDoorPhone { get; init; }

    public required string FrontDoorEmail { get; init; }

    /// <summary>Government Security Classification printed at the top and bottom of each page; null for none.</summary>
    public string? ProtectiveMarking { get; init; } = "OFFICIAL-SENSITIVE";

    public string Title => $"Outcome of your contact – reference {Reference}";

    /// <summary>A subject line without the child's name, which mail previews and notifications would show to anyone nearby.</summary>
    public string EmailSubject => $"Outcome of your contact with {AuthorityName} children's services – reference {Reference}";

    public string PdfFileName => $"outcome-letter-{string.Concat(Reference.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'))}.pdf";

    /// <summary>
    /// The CSP source for the letter's inline stylesheet. A page that shows the letter must add it to its
    /// style-src, because Haven's default policy (style-src 'self') blocks inline styles.
    /// </summary>
    public static string StyleSourceHash { get; } = PrintPage.StyleHash(Css);

    public string ToHtml()
    {
        ThrowIfIncomplete();
        var html = new StringBuilder(8 * 1024);
        html.Append(PrintPage.Head(Title, Css)).Append('\n');
        if (ProtectiveMarking is { Length: > 0 } marking)
        {
            html.Append($"<p class=\"marking\">{E(marking)}</p>\n");
        }
        html.Append("<header class=\"letterhead\">\n");
        html.Append("<div class=\"recipient\">\n<p>").Append(Lines([ReferrerName, ReferrerOrganisation, .. ReferrerAddress])).Append("</p>\n</div>\n");
        html.Append("<div class=\"sender\">\n");
        html.Append($"<p class=\"authority\">{E(AuthorityName)}</p>\n");
        html.Append("<address>").Append(Lines([ServiceName, .. AuthorityAddress])).Append("</address>\n");
        html.Append("<dl class=\"details\">\n");
        html.Append($"<dt>Phone</dt><dd>{E(FrontDoorPhone)}</dd>\n");
        html.Append($"<dt>Email</dt><dd>{E(FrontDoorEmail)}</dd>\n");
        html.Append($"<dt>Date</dt><dd>{E(DateText.Date(LetterDate))}</dd>\n");
        html.Append($"<dt>Our reference</dt><dd>{E(Reference)}</dd>\n");
        html.Append("</dl>\n</div>\n</header>\n");

        html.Append("<main>\n");
        html.Append($"<p>Dear {E(ReferrerName)},</p>\n");
        html.Append($"<h1>Outcome of your contact about {E(ChildName)}</h1>\n");
        html.Append($"<p>{E(Opening())}</p>\n");
        html.Append("<h2>What we have decided</h2>\n").Append(Paragraphs(Outcome));
        html.Append("<h2>What happens next</h2>\n").Append(Paragraphs(WhatHappensNext));
        html.Append("<h2>If you have questions or more information</h2>\n");
        // A reference split across two lines gets copied wrongly.
        html.Append($"<p>{E(ContactUsLead())} <span class=\"nowrap\">{E(Reference)}</span>.</p>\n");
        // Bold by style rather than <strong>: Chromium tags <strong> with a PDF 2.0 role that PDF 1.4 readers reject.
        html.Append($"<p>Phone: <span class=\"bold\">{E(FrontDoorPhone)}</span><br>Email: <span class=\"bold\">{E(FrontDoorEmail)}</span></p>\n");
        html.Append($"<p class=\"urgent\">{E(Urgent)}</p>\n");
        html.Append("<div class=\"sign-off\">\n<p>Yours sincerely,</p>\n");
        html.Append("<p>").Append(Lines([ServiceName, AuthorityName])).Append("</p>\n</div>\n");
        html.Append("</main>\n");

        html.Append($"<footer>\n<p>{E(Confidential)}</p>\n");
        if (ProtectiveMarking is { Length: > 0 } bottom)
        {
            html.Append($"<p class=\"marking\">{E(bottom)}</p>\n");
        }
        html.Append("</footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The same letter as plain text, for the body of an email.</summary>
    public string ToPlainText()
    {
        ThrowIfIncomplete();
        var text = new StringBuilder();
        text.Append($"Dear {ReferrerName},\n\n");
        text.Append($"Our reference: {Reference}\n\n");
        text.Append($"{Opening()}\n\n");
        text.Append("What we have decided\n\n").Append(PlainParagraphs(Outcome));
        text.Append("What happens next\n\n").Append(PlainParagraphs(WhatHappensNext));
        text.Append("If you have questions or more information\n\n");
        text.Append($"{ContactUsLead()} {Reference}.\n\nPhone: {FrontDoorPhone}\nEmail: {FrontDoorEmail}\n\n");
        text.Append($"{Urgent}\n\n");
        text.Append($"Yours sincerely,\n\n{ServiceName}\n{AuthorityName}\n\n");
        text.Append($"{Confidential}\n");
        return text.ToString();
    }

    private const string Urgent = "If you think a child is in immediate danger, call 999.";

    private const string Confidential =
        "This letter contains personal information about a child. Please keep it secure and share it only with people who need to know.";

    private string Opening()
    {
        var born = ChildDateOfBirth is { } dob ? (ChildIsUnborn ? $" (due {DateText.Date(dob)})" : $" (born {DateText.Date(dob)})") : "";
        return $"Thank you for contacting {AuthorityName} children's services on {DateText.Date(ContactDate)} about {ChildName}{born}. " +
               "We are writing to tell you what we have decided.";
    }

    private string ContactUsLead() =>
        $"If you have any questions, or you learn something new that we should know, contact the {ServiceName}. Please give our reference,";

    private void ThrowIfIncomplete()
    {
        foreach (var (value, name) in new[]
                 {
                     (AuthorityName, nameof(AuthorityName)), (ReferrerName, nameof(ReferrerName)), (ChildName, nameof(ChildName)),
                     (Reference, nameof(Reference)), (Outcome, nameof(Outcome)), (WhatHappensNext, nameof(WhatHappensNext)),
                     (FrontDoorPhone, nameof(FrontDoorPhone)), (FrontDoorEmail, nameof(FrontDoorEmail)), (ServiceName, nameof(ServiceName)),
                 })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new InvalidOperationException($"A referrer letter needs {name}.");
            }
        }
        if (ReferrerAddress is null || AuthorityAddress is null)
        {
            throw new InvalidOperationException("A referrer letter needs both addresses (a list, which may be empty for an emailed letter).");
        }
    }


    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Lines(IEnumerable<string?> lines) =>
        string.Join("<br>\n", lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => E(l!.Trim())));

    private static IEnumerable<string> SplitParagraphs(string text) =>
        text.ReplaceLineEndings("\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(p => p.Length > 0);

    private static string Paragraphs(string text) =>
        string.Concat(SplitParagraphs(text).Select(p => $"<p>{string.Join("<br>\n", p.Split('\n').Select(l => E(l.Trim())))}</p>\n"));

    private static string PlainParagraphs(string text) => string.Concat(SplitParagraphs(text).Select(p => p + "\n\n"));

    // Arial, as GOV.UK services outside service.gov.uk use; Liberation Sans has the same widths where Arial is not installed.
    // The recipient block sits 45 mm from the top and 20 mm from the left of the sheet: the window of a DL envelope.
    private const string Css = """
        @page { size: A4; margin: 12mm 20mm 15mm 20mm;
          @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, "Liberation Sans", Helvetica, sans-serif; color: #505a5f; } }
        html { font-family: Arial, "Liberation Sans", Helvetica, sans-serif; font-size: 11pt; line-height: 1.4; color: #0b0c0c; background: #fff; }
        body { margin: 0; }
        p { margin: 0 0 0.7em; }
        h1 { font-size: 15pt; line-height: 1.25; margin: 0.8em 0 0.5em; }
        h2 { font-size: 12.5pt; line-height: 1.3; margin: 1.1em 0 0.3em; break-after: avoid; }
        .nowrap { white-space: nowrap; }
        .bold { font-weight: bold; }
        .marking { font-size: 9pt; font-weight: bold; letter-spacing: 0.06em; text-align: center; margin: 0 0 3mm; }
        .letterhead { display: flex; justify-content: space-between; gap: 8mm; margin-bottom: 6mm; }
        .recipient { padding-top: 29mm; flex: 0 1 85mm; }
        .recipient p { margin: 0; }
        .sender { flex: 0 0 77mm; font-size: 9.5pt; line-height: 1.35; }
        .authority { font-size: 13pt; font-weight: bold; margin: 0 0 1mm; }
        address { font-style: normal; margin: 0 0 3mm; }
        .details { display: grid; grid-template-columns: max-content 1fr; column-gap: 4mm; row-gap: 0.5mm; margin: 0; }
        .details dt { font-weight: bold; }
        .details dd { margin: 0; white-space: nowrap; }
        .urgent { font-weight: bold; border-left: 4px solid #0b0c0c; padding-left: 3mm; }
        .sign-off { break-inside: avoid; margin-top: 1.1em; }
        footer { break-inside: avoid; margin-top: 8mm; padding-top: 2mm; border-top: 1px solid #b1b4b6; font-size: 9pt; color: #505a5f; }
        footer p { margin: 0; }
        footer .marking { color: #0b0c0c; margin: 2mm 0 0; }
        @media screen {
          html { background: #f3f2f1; }
          body { max-width: 170mm; margin: 24px auto; padding: 15mm 20mm; background: #fff; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.25); }
        }
        """;
}
