using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Mvc.TagHelpers;

namespace Haven.GovUk.TagHelpers;

/// <summary>
/// <c>&lt;govuk-button&gt;Save&lt;/govuk-button&gt;</c>: a submit button. <c>variant="secondary|warning|inverse"</c>,
/// <c>href="…"</c> makes it a link styled as a button, <c>is-start-button</c>, <c>prevent-double-click</c>,
/// <c>type</c>, <c>name</c>, <c>value</c>, <c>disabled</c>. Other attributes (formaction, formnovalidate) pass through.
/// </summary>
[HtmlTargetElement("govuk-button")]
public sealed class GovUkButtonTagHelper : TagHelper
{
    public string? Variant { get; set; }

    public string? Href { get; set; }

    public string? Type { get; set; }

    public string? Name { get; set; }

    public string? Value { get; set; }

    public bool Disabled { get; set; }

    public bool IsStartButton { get; set; }

    public bool? PreventDoubleClick { get; set; }

    private const string StartIcon =
        "<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\"><path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg>";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var existing = Css.FromOutput(output);
        output.Attributes.RemoveAll("class");
        var classes = Css.Join(
            "govuk-button",
            string.IsNullOrWhiteSpace(Variant) ? null : "govuk-button--" + Variant.Trim().ToLowerInvariant(),
            existing,
            IsStartButton ? "govuk-button--start" : null);

        output.TagMode = TagMode.StartTagAndEndTag;
        if (Href is not null)
        {
            output.TagName = "a";
            output.Attributes.Insert(0, new TagHelperAttribute("href", Href));
            output.Attributes.Add("role", "button");
            output.Attributes.Add("draggable", "false");
        }
        else
        {
            output.TagName = "button";
            output.Attributes.Insert(0, new TagHelperAttribute("type", string.IsNullOrEmpty(Type) ? "submit" : Type));
            if (Value is not null)
            {
                output.Attributes.Add("value", Value);
            }

            if (Name is not null)
            {
                output.Attributes.Add("name", Name);
            }

            if (Disabled)
            {
                output.Attributes.Add(new TagHelperAttribute("disabled"));
                output.Attributes.Add("aria-disabled", "true");
            }

            if (PreventDoubleClick is { } prevent)
            {
                output.Attributes.Add("data-prevent-double-click", prevent ? "true" : "false");
            }
        }

        output.Attributes.Add("class", classes);
        output.Attributes.Add("data-module", "govuk-button");
        if (IsStartButton)
        {
            output.Content.SetHtmlContent(content);
            output.PostContent.AppendHtml(StartIcon);
        }
    }
}

/// <summary><c>&lt;govuk-tag colour="green"&gt;Open&lt;/govuk-tag&gt;</c>: a GOV.UK tag (colours: grey, green, teal, turquoise, purple, magenta, pink, red, orange, yellow; blue is the default).</summary>
[HtmlTargetElement("govuk-tag")]
public sealed class GovUkTagTagHelper : TagHelper
{
    public string? Colour { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var existing = Css.FromOutput(output);
        output.Attributes.RemoveAll("class");
        var colour = Colour?.Trim().ToLowerInvariant();
        output.TagName = "strong";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Insert(0, new TagHelperAttribute(
            "class",
            Css.Join("govuk-tag", string.IsNullOrEmpty(colour) || colour == "blue" ? null : "govuk-tag--" + colour, existing)));
    }
}

/// <summary><c>&lt;govuk-back-link href="/cases/123" /&gt;</c>: the GOV.UK back link; the text defaults to "Back".</summary>
[HtmlTargetElement("govuk-back-link")]
public sealed class GovUkBackLinkTagHelper : TagHelper
{
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var existing = Css.FromOutput(output);
        output.Attributes.RemoveAll("class");
        output.TagName = "a";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Insert(0, new TagHelperAttribute("href", string.IsNullOrEmpty(Href) ? "#" : Href));
        output.Attributes.Insert(1, new TagHelperAttribute("class", Css.Join("govuk-back-link", existing)));
        if (content.IsEmptyOrWhiteSpace)
        {
            output.Content.SetContent("Back");
        }
    }
}

/// <summary><c>&lt;govuk-inset-text&gt;…&lt;/govuk-inset-text&gt;</c>: GOV.UK inset text.</summary>
[HtmlTargetElement("govuk-inset-text")]
public sealed class GovUkInsetTextTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-inset-text", HtmlEncoder.Default);
    }
}

/// <summary><c>&lt;govuk-warning-text&gt;You can be fined up to £5,000&lt;/govuk-warning-text&gt;</c>: GOV.UK warning text with the "!" icon.</summary>
[HtmlTargetElement("govuk-warning-text")]
public sealed class GovUkWarningTextTagHelper : TagHelper
{
    /// <summary>Visually hidden text read before the warning; defaults to "Warning".</summary>
    public string? IconFallbackText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-warning-text", HtmlEncoder.Default);
        var m = new Markup()
            .Raw("<span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>")
            .Open("strong", new Attrs().Class("govuk-warning-text__text"))
            .Open("span", new Attrs().Class("govuk-visually-hidden"))
            .Text(string.IsNullOrEmpty(IconFallbackText) ? "Warning" : IconFallbackText)
            .Close("span")
            .Raw(" ")
            .Content(content)
            .Close("strong");
        output.Content.SetHtmlContent(m.ToHtml());
    }
}

/// <summary><c>&lt;govuk-details summary="Help with nationality"&gt;…&lt;/govuk-details&gt;</c>: GOV.UK details (works without JavaScript).</summary>
[HtmlTargetElement("govuk-details")]
public sealed class GovUkDetailsTagHelper : TagHelper
{
    public string Summary { get; set; } = string.Empty;

    public bool Open { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        output.TagName = "details";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-details", HtmlEncoder.Default);
        if (Open)
        {
            output.Attributes.Add(new TagHelperAttribute("open"));
        }

        var m = new Markup()
            .Raw("<summary class=\"govuk-details__summary\"><span class=\"govuk-details__summary-text\">")
            .Text(Summary)
            .Raw("</span></summary>")
            .Open("div", new Attrs().Class("govuk-details__text"))
            .Content(content)
            .Close("div");
        output.Content.SetHtmlContent(m.ToHtml());
    }
}

/// <summary>
/// <c>&lt;govuk-fieldset legend="What is your address?" is-page-heading="true"&gt;…&lt;/govuk-fieldset&gt;</c>: a GOV.UK fieldset
/// grouping other components. <c>&lt;govuk-legend&gt;</c> gives a rich legend.
/// </summary>
[HtmlTargetElement("govuk-fieldset")]
public sealed class GovUkFieldsetTagHelper : TagHelper
{
    public string? Legend { get; set; }

    public string? LegendClass { get; set; }

    public string? LegendSize { get; set; }

    public bool IsPageHeading { get; set; }

    public string? DescribedBy { get; set; }

    public string? Role { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var parts = FieldParts.Begin(context);
        var content = await output.GetChildContentAsync();
        var isPageHeading = parts.Legend?.IsPageHeading ?? IsPageHeading;
        var existing = Css.FromOutput(output);
        var m = new Markup();
        Pieces.OpenFieldset(
            m, DescribedBy, Role, existing, parts.Legend?.Content, Legend,
            Pieces.SizeClasses("govuk-fieldset__legend", Css.Join(LegendClass, parts.Legend?.Class), LegendSize, isPageHeading),
            isPageHeading,
            [.. output.Attributes.Where(a => !a.Name.Equals("class", StringComparison.OrdinalIgnoreCase))]);
        m.Content(content).Close("fieldset");
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(m.ToHtml());
    }
}

/// <summary>
/// <c>&lt;govuk-notification-banner type="success"&gt;&lt;p class="govuk-notification-banner__heading"&gt;Saved&lt;/p&gt;&lt;/govuk-notification-banner&gt;</c>:
/// the GOV.UK notification banner. Success banners get role="alert" and the title "Success"; others role="region"
/// and "Important". Plain text content (or <c>text="…"</c>) is written as a single heading line; HTML content as it is.
/// </summary>
[HtmlTargetElement("govuk-notification-banner")]
public sealed class GovUkNotificationBannerTagHelper : TagHelper
{
    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? TitleId { get; set; }

    public int TitleHeadingLevel { get; set; } = 2;

    public string? Role { get; set; }

    public string? Text { get; set; }

    public bool? DisableAutoFocus { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var success = string.Equals(Type, "success", StringComparison.OrdinalIgnoreCase);
        var titleId = string.IsNullOrEmpty(TitleId) ? "govuk-notification-banner-title" : TitleId;
        var level = Math.Clamp(TitleHeadingLevel, 1, 6);
        var existing = Css.FromOutput(output);
        var m = new Markup();
        m.Open(
            "div",
            new Attrs()
                .Class("govuk-notification-banner", success ? "govuk-notification-banner--success" : null, existing)
                .Add("role", Role ?? (success ? "alert" : "region"))
                .Add("aria-labelledby", titleId)
                .Add("data-module", "govuk-notification-banner")
                .Add("data-disable-auto-focus", DisableAutoFocus is { } d ? (d ? "true" : "false") : null),
            [.. output.Attributes.Where(a => !a.Name.Equals("class", StringComparison.OrdinalIgnoreCase))]);
        m.Open("div", new Attrs().Class("govuk-notification-banner__header"))
            .Open($"h{level}", new Attrs().Class("govuk-notification-banner__title").Add("id", titleId))
            .Text(Title ?? (success ? "Success" : "Important"))
            .Close($"h{level}")
            .Close("div");
        m.Open("div", new Attrs().Class("govuk-notification-banner__content"));
        if (!content.IsEmptyOrWhiteSpace && content.GetContent().TrimStart().StartsWith('<'))
        {
            m.Content(content);
        }
        else if (!content.IsEmptyOrWhiteSpace)
        {
            // Plain text content is a single heading line, as with the Nunjucks macro's "text".
            m.Open("p", new Attrs().Class("govuk-notification-banner__heading")).Content(content).Close("p");
        }
        else if (!string.IsNullOrEmpty(Text))
        {
            m.Open("p", new Attrs().Class("govuk-notification-banner__heading")).Text(Text).Close("p");
        }

        m.Close("div").Close("div");
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(m.ToHtml());
    }
}
