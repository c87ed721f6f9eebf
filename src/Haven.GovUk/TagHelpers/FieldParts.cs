using Microsoft.AspNetCore.Mvc.TagHelpers;

namespace Haven.GovUk.TagHelpers;

/// <summary>
/// What child elements (<c>govuk-label</c>, <c>govuk-hint</c>, <c>govuk-legend</c>, <c>govuk-error-message</c>)
/// give their parent component. The parent puts one in <see cref="TagHelperContext.Items"/> before running its
/// children, and renders them in the right place with the right ids.
/// </summary>
internal sealed class FieldParts
{
    public Caption? Label { get; set; }

    public IHtmlContent? Hint { get; set; }

    public string? HintClass { get; set; }

    public Caption? Legend { get; set; }

    public IHtmlContent? ErrorMessage { get; set; }

    public string? ErrorVisuallyHiddenText { get; set; }

    /// <summary>Makes a fresh set of parts visible to the children of <paramref name="context"/>.</summary>
    public static FieldParts Begin(TagHelperContext context)
    {
        var parts = new FieldParts();
        context.Items[typeof(FieldParts)] = parts;
        return parts;
    }

    /// <summary>Hides the enclosing component's parts, e.g. inside conditionally revealed content.</summary>
    public static void Hide(TagHelperContext context) => context.Items.Remove(typeof(FieldParts));

    public static FieldParts? Find(TagHelperContext context) =>
        context.Enclosing<FieldParts>();
}

/// <summary>Writes the shared pieces of GOV.UK form components: label, legend, hint and error message.</summary>
internal static class Pieces
{
    public const string DefaultErrorPrefix = "Error";

    public static void OpenFormGroup(Markup m, bool hasError, string? extraClass) =>
        m.Open("div", new Attrs().Class("govuk-form-group", hasError ? "govuk-form-group--error" : null, extraClass));

    /// <summary>govukLabel: optionally wrapped in an h1 when the label is the page heading.</summary>
    public static void Label(Markup m, string forId, IHtmlContent? html, string? text, string? classes, bool isPageHeading)
    {
        if (html is null && string.IsNullOrEmpty(text))
        {
            return;
        }

        if (isPageHeading)
        {
            m.Open("h1", new Attrs().Class("govuk-label-wrapper"));
        }

        m.Open("label", new Attrs().Class("govuk-label", classes).Add("for", forId)).ContentOrText(html, text).Close("label");
        if (isPageHeading)
        {
            m.Close("h1");
        }
    }

    public static void Hint(Markup m, string? id, IHtmlContent? html, string? text, string? classes)
    {
        m.Open("div", new Attrs().Add("id", id).Class("govuk-hint", classes)).ContentOrText(html, text).Close("div");
    }

    /// <summary>govukErrorMessage: <c>&lt;p class="govuk-error-message"&gt;&lt;span class="govuk-visually-hidden"&gt;Error:&lt;/span&gt; …</c></summary>
    public static void ErrorMessage(Markup m, string? id, IHtmlContent? html, string? text, string? visuallyHiddenText)
    {
        var hidden = visuallyHiddenText ?? DefaultErrorPrefix;
        m.Open("p", new Attrs().Add("id", id).Class("govuk-error-message"));
        if (hidden.Length > 0)
        {
            m.Open("span", new Attrs().Class("govuk-visually-hidden")).Text(hidden + ":").Close("span").Raw(" ");
        }

        m.ContentOrText(html, text).Close("p");
    }

    /// <summary>Opens govukFieldset and writes its legend (as an h1 when it is the page heading).</summary>
    public static void OpenFieldset(
        Markup m, string? describedBy, string? role, string? classes, IHtmlContent? legendHtml, string? legendText,
        string? legendClasses, bool legendIsPageHeading, TagHelperAttributeList? passThrough = null)
    {
        m.Open(
            "fieldset",
            new Attrs().Class("govuk-fieldset", classes).Add("role", role).Add("aria-describedby", NullIfEmpty(describedBy)),
            passThrough);
        if (legendHtml is null && string.IsNullOrEmpty(legendText))
        {
            return;
        }

        m.Open("legend", new Attrs().Class("govuk-fieldset__legend", legendClasses));
        if (legendIsPageHeading)
        {
            m.Open("h1", new Attrs().Class("govuk-fieldset__heading")).ContentOrText(legendHtml, legendText).Close("h1");
        }
        else
        {
            m.ContentOrText(legendHtml, legendText);
        }

        m.Close("legend");
    }

    public static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string? AppendId(string? list, string? id) =>
        string.IsNullOrEmpty(id) ? list : string.IsNullOrEmpty(list) ? id : list + " " + id;

    /// <summary>Label or legend classes: explicit classes, else the size ("l"), else "l" for a page heading.</summary>
    public static string? SizeClasses(string block, string? classes, string? size, bool isPageHeading) =>
        Css.Join(Css.Size(block, size ?? (isPageHeading && string.IsNullOrWhiteSpace(classes) ? "l" : null)), classes) is { Length: > 0 } c
            ? c
            : null;
}

/// <summary>
/// <c>&lt;govuk-hint&gt;</c>: rich hint content for the enclosing component or item. On its own, a GOV.UK hint.
/// </summary>
[HtmlTargetElement("govuk-hint")]
public sealed class GovUkHintTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var parts = FieldParts.Find(context);
        if (parts is not null)
        {
            parts.Hint = content;
            parts.HintClass = Css.FromOutput(output);
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-hint", System.Text.Encodings.Web.HtmlEncoder.Default);
    }
}

/// <summary>
/// A child element that gives its content to the enclosing component's <see cref="FieldParts"/> and writes
/// nothing itself; outside such a component it is a mistake in the view.
/// </summary>
public abstract class FieldPartTagHelper : TagHelper
{
    /// <summary>Where the element may stand, for the message when it stands elsewhere.</summary>
    private protected abstract string MustBeInside { get; }

    private protected abstract void Give(FieldParts parts, TagHelperContent content, string? classes);

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var parts = FieldParts.Find(context)
            ?? throw new InvalidOperationException($"<{output.TagName}> must be inside {MustBeInside}.");
        Give(parts, content, Css.FromOutput(output));
        output.SuppressOutput();
    }
}

/// <summary>A label's or legend's rich content from its child element, with its classes and whether it is the page heading.</summary>
internal sealed record Caption(IHtmlContent Content, string? Class, bool? IsPageHeading);

/// <summary>A child element that captions the enclosing component: its label or its legend.</summary>
public abstract class CaptionPartTagHelper : FieldPartTagHelper
{
    public bool? IsPageHeading { get; set; }

    private protected abstract void Give(FieldParts parts, Caption caption);

    private protected override void Give(FieldParts parts, TagHelperContent content, string? classes) =>
        Give(parts, new Caption(content, classes, IsPageHeading));
}

/// <summary><c>&lt;govuk-label&gt;</c>: rich label content for the enclosing input, textarea or select.</summary>
[HtmlTargetElement("govuk-label")]
public sealed class GovUkLabelTagHelper : CaptionPartTagHelper
{
    private protected override string MustBeInside => "a GOV.UK form component such as <govuk-input>";

    private protected override void Give(FieldParts parts, Caption caption) => parts.Label = caption;
}

/// <summary><c>&lt;govuk-legend&gt;</c>: rich legend content for the enclosing fieldset, radios, checkboxes or date input.</summary>
[HtmlTargetElement("govuk-legend")]
public sealed class GovUkLegendTagHelper : CaptionPartTagHelper
{
    private protected override string MustBeInside => "<govuk-fieldset>, <govuk-radios>, <govuk-checkboxes> or <govuk-date-input>";

    private protected override void Give(FieldParts parts, Caption caption) => parts.Legend = caption;
}

/// <summary><c>&lt;govuk-error-message&gt;</c>: an error message for the enclosing component that replaces the one from ModelState.</summary>
[HtmlTargetElement("govuk-error-message")]
public sealed class GovUkErrorMessageTagHelper : FieldPartTagHelper
{
    public string? VisuallyHiddenText { get; set; }

    private protected override string MustBeInside => "a GOV.UK form component";

    private protected override void Give(FieldParts parts, TagHelperContent content, string? classes)
    {
        if (!content.IsEmptyOrWhiteSpace)
        {
            parts.ErrorMessage = content;
        }

        parts.ErrorVisuallyHiddenText = VisuallyHiddenText;
    }
}
