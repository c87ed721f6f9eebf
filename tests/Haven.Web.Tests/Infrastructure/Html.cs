using AngleSharp.Html.Dom;

namespace Haven.Web.Tests.Infrastructure;

public static class Html
{
    /// <summary>The error summary's messages, in order.</summary>
    public static IReadOnlyList<string> ErrorSummary(IHtmlDocument doc) =>
        doc.QuerySelectorAll(".govuk-error-summary__list a").Select(a => a.TextContent.Trim()).ToList();

    /// <summary>The inline error message shown for the field with this id (the text after "Error:").</summary>
    public static string? InlineError(IHtmlDocument doc, string fieldId)
    {
        var message = doc.QuerySelector($"#{fieldId}-error");
        return message?.TextContent.Replace("Error:", "", StringComparison.Ordinal).Trim();
    }

    public static string? Value(IHtmlDocument doc, string fieldId) => (doc.QuerySelector($"#{fieldId}") as IHtmlInputElement)?.Value;

    public static string MainText(IHtmlDocument doc) => doc.QuerySelector("main")?.TextContent ?? "";
}
