namespace Haven.GovUk.TagHelpers;

/// <summary>Label settings shared by text inputs, textareas and selects.</summary>
public abstract class LabelledFieldTagHelper : FormFieldTagHelper
{
    /// <summary>Label text. Defaults to [Display(Name)] or the property name. A <c>&lt;govuk-label&gt;</c> child gives rich content.</summary>
    public string? Label { get; set; }

    /// <summary>Extra label classes, e.g. "govuk-label--m".</summary>
    public string? LabelClass { get; set; }

    /// <summary>Label size: s, m, l or xl.</summary>
    public string? LabelSize { get; set; }

    /// <summary>Wraps the label in an h1 (the label is the page heading); size defaults to l.</summary>
    public bool IsPageHeading { get; set; }

    /// <summary>Disables the control.</summary>
    public bool Disabled { get; set; }

    /// <summary>Whether the field shows an error, and the ids its control is described by.</summary>
    private protected readonly record struct GroupStart(bool HasError, string? DescribedBy);

    /// <summary>
    /// Writes the form group's opening, label, hint and error (from ModelState, or a <c>&lt;govuk-error-message&gt;</c>
    /// child in <paramref name="parts"/>); returns whether there is an error and the aria-describedby value.
    /// </summary>
    private protected GroupStart WriteGroupStart(Markup m, FieldParts parts)
    {
        var error = FindErrorMessage();
        var hasError = error is not null || parts.ErrorMessage is not null;
        Pieces.OpenFormGroup(m, hasError, FormGroupClass);
        var isPageHeading = parts.Label?.IsPageHeading ?? IsPageHeading;
        Pieces.Label(
            m, FieldId, parts.Label?.Content, Label ?? DisplayName(),
            Pieces.SizeClasses("govuk-label", Css.Join(LabelClass, parts.Label?.Class), LabelSize, isPageHeading),
            isPageHeading);

        var describedBy = Pieces.NullIfEmpty(DescribedBy);
        var hintText = DefaultHint();
        if (parts.Hint is not null || !string.IsNullOrEmpty(hintText))
        {
            var hintId = FieldId + "-hint";
            describedBy = Pieces.AppendId(describedBy, hintId);
            Pieces.Hint(m, hintId, parts.Hint, hintText, parts.HintClass);
        }

        if (hasError)
        {
            var errorId = FieldId + "-error";
            describedBy = Pieces.AppendId(describedBy, errorId);
            Pieces.ErrorMessage(m, errorId, parts.ErrorMessage, error, parts.ErrorVisuallyHiddenText);
        }

        return new GroupStart(hasError, describedBy);
    }

    /// <summary>The spellcheck attribute's value; null leaves it out.</summary>
    private protected static string? OnOff(bool? value) => value is { } on ? (on ? "true" : "false") : null;

    private protected static void Replace(TagHelperOutput output, Markup m)
    {
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(m.ToHtml());
    }
}

/// <summary>
/// <c>&lt;govuk-input asp-for="Input.Email" type="email" autocomplete="email" spellcheck="false" width="20" /&gt;</c>:
/// the GOV.UK text input. Other attributes (maxlength, data-*) go on the &lt;input&gt;.
/// </summary>
[HtmlTargetElement("govuk-input")]
public sealed class GovUkInputTagHelper : LabelledFieldTagHelper
{
    /// <summary>text (default), email, tel, number, password, search or url.</summary>
    public string? Type { get; set; }

    /// <summary>Overrides the value shown.</summary>
    public string? Value { get; set; }

    /// <summary>Fixed width: 2, 3, 4, 5, 10, 20, 30 characters, or fluid: full, three-quarters, two-thirds, one-half, one-third, one-quarter.</summary>
    public string? Width { get; set; }

    public string? Autocomplete { get; set; }

    public string? Autocapitalize { get; set; }

    public string? Inputmode { get; set; }

    public string? Pattern { get; set; }

    /// <summary>Spellcheck on or off; left out when not set.</summary>
    public bool? Spellcheck { get; set; }

    /// <summary>Text before the input, e.g. "£".</summary>
    public string? Prefix { get; set; }

    /// <summary>Text after the input, e.g. "kg".</summary>
    public string? Suffix { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        Resolve("govuk-input");
        var parts = FieldParts.Begin(context);
        await output.GetChildContentAsync();

        var m = new Markup();
        var (hasError, describedBy) = WriteGroupStart(m, parts);

        var hasAffix = !string.IsNullOrEmpty(Prefix) || !string.IsNullOrEmpty(Suffix);
        if (hasAffix)
        {
            m.Open("div", new Attrs().Class("govuk-input__wrapper"));
            if (!string.IsNullOrEmpty(Prefix))
            {
                m.Open("div", new Attrs().Class("govuk-input__prefix").Add("aria-hidden", "true")).Text(Prefix).Close("div");
            }
        }

        m.Open(
            "input",
            new Attrs()
                .Class("govuk-input", WidthClass(Width), Css.FromOutput(output), hasError ? "govuk-input--error" : null)
                .Add("id", FieldId)
                .Add("name", FieldName)
                .Add("type", string.IsNullOrEmpty(Type) ? "text" : Type)
                .Add("spellcheck", OnOff(Spellcheck))
                .Add("value", IsPassword ? Value : CurrentValue(Value))
                .Flag("disabled", Disabled)
                .Add("aria-describedby", describedBy)
                .Add("autocomplete", Autocomplete)
                .Add("autocapitalize", Autocapitalize)
                .Add("pattern", Pattern)
                .Add("inputmode", Inputmode),
            output.Attributes);

        if (hasAffix)
        {
            if (!string.IsNullOrEmpty(Suffix))
            {
                m.Open("div", new Attrs().Class("govuk-input__suffix").Add("aria-hidden", "true")).Text(Suffix).Close("div");
            }

            m.Close("div");
        }

        m.Close("div");
        Replace(output, m);
    }

    /// <summary>Passwords are never shown back to the user.</summary>
    private bool IsPassword => string.Equals(Type, "password", StringComparison.OrdinalIgnoreCase);

    internal static string? WidthClass(string? width) => width?.Trim() switch
    {
        null or "" => null,
        "2" or "3" or "4" or "5" or "10" or "20" or "30" => "govuk-input--width-" + width.Trim(),
        "full" or "three-quarters" or "two-thirds" or "one-half" or "one-third" or "one-quarter" => "govuk-!-width-" + width.Trim(),
        _ => throw new InvalidOperationException($"Unknown GOV.UK input width '{width}'."),
    };
}

/// <summary><c>&lt;govuk-textarea asp-for="Input.Notes" rows="8" /&gt;</c>: the GOV.UK textarea.</summary>
[HtmlTargetElement("govuk-textarea")]
public sealed class GovUkTextareaTagHelper : LabelledFieldTagHelper
{
    public int Rows { get; set; } = 5;

    public string? Value { get; set; }

    public string? Autocomplete { get; set; }

    public bool? Spellcheck { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        Resolve("govuk-textarea");
        var parts = FieldParts.Begin(context);
        await output.GetChildContentAsync();

        var m = new Markup();
        var (hasError, describedBy) = WriteGroupStart(m, parts);
        m.Open(
            "textarea",
            new Attrs()
                .Class("govuk-textarea", hasError ? "govuk-textarea--error" : null, Css.FromOutput(output))
                .Add("id", FieldId)
                .Add("name", FieldName)
                .Add("rows", Rows.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add("spellcheck", OnOff(Spellcheck))
                .Flag("disabled", Disabled)
                .Add("aria-describedby", describedBy)
                .Add("autocomplete", Autocomplete),
            output.Attributes);

        // A newline straight after <textarea> is dropped by HTML parsers, so values starting with one survive.
        var value = CurrentValue(Value);
        if (value is not null && (value.StartsWith('\n') || value.StartsWith("\r\n", StringComparison.Ordinal)))
        {
            m.Raw("\n");
        }

        m.Text(value).Close("textarea").Close("div");
        Replace(output, m);
    }
}

/// <summary>
/// <c>&lt;govuk-select asp-for="Input.Team" asp-items="Model.Teams"&gt;&lt;govuk-select-item value=""&gt;Choose a team&lt;/govuk-select-item&gt;&lt;/govuk-select&gt;</c>:
/// the GOV.UK select. Items come from <c>&lt;govuk-select-item&gt;</c> children, then <c>asp-items</c>.
/// </summary>
[HtmlTargetElement("govuk-select")]
public sealed class GovUkSelectTagHelper : LabelledFieldTagHelper
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>Overrides the selected value.</summary>
    public string? Value { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        Resolve("govuk-select");
        var parts = FieldParts.Begin(context);
        var items = new List<SelectItem>();
        context.Items[typeof(List<SelectItem>)] = items;
        await output.GetChildContentAsync();
        if (Items is not null)
        {
            items.AddRange(Items.Select(i => new SelectItem(i.Value, i.Text, null, i.Selected ? true : null, i.Disabled)));
        }

        var m = new Markup();
        var (hasError, describedBy) = WriteGroupStart(m, parts);
        m.Open(
            "select",
            new Attrs()
                .Class("govuk-select", Css.FromOutput(output), hasError ? "govuk-select--error" : null)
                .Add("id", FieldId)
                .Add("name", FieldName)
                .Flag("disabled", Disabled)
                .Add("aria-describedby", describedBy),
            output.Attributes);

        var current = CurrentValue(Value);
        foreach (var item in items)
        {
            var effective = item.Value ?? item.Text ?? PlainText(item.Html);
            var selected = item.Selected ?? ValueFormatter.Matches(current, effective);
            m.Open("option", new Attrs().Add("value", item.Value).Flag("selected", selected).Flag("disabled", item.Disabled))
                .ContentOrText(item.Html, item.Text)
                .Close("option");
        }

        m.Close("select").Close("div");
        Replace(output, m);
    }

    private static string? PlainText(IHtmlContent? html)
    {
        if (html is null)
        {
            return null;
        }

        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return System.Net.WebUtility.HtmlDecode(writer.ToString()).Trim();
    }
}

internal sealed record SelectItem(string? Value, string? Text, IHtmlContent? Html, bool? Selected, bool Disabled);

/// <summary><c>&lt;govuk-select-item value="a"&gt;Text&lt;/govuk-select-item&gt;</c>: an option of <c>&lt;govuk-select&gt;</c>.</summary>
[HtmlTargetElement("govuk-select-item", ParentTag = "govuk-select")]
public sealed class GovUkSelectItemTagHelper : TagHelper
{
    public string? Value { get; set; }

    /// <summary>Forces the option selected (true) or not (false); by default it follows the bound value.</summary>
    public bool? Selected { get; set; }

    public bool Disabled { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        context.GiveToEnclosing<List<SelectItem>, SelectItem>(output, new SelectItem(Value, null, content, Selected, Disabled));
    }
}
