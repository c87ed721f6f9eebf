using Microsoft.AspNetCore.Mvc.TagHelpers;

namespace Haven.GovUk.TagHelpers;

/// <summary>Legend settings shared by components wrapped in a fieldset (radios, checkboxes, date input).</summary>
public abstract class FieldsetFieldTagHelper : FormFieldTagHelper
{
    /// <summary>Legend text. Defaults to [Display(Name)] or the property name. A <c>&lt;govuk-legend&gt;</c> child gives rich content.</summary>
    public string? Legend { get; set; }

    /// <summary>Extra legend classes, e.g. "govuk-fieldset__legend--m".</summary>
    public string? LegendClass { get; set; }

    /// <summary>Legend size: s, m, l or xl.</summary>
    public string? LegendSize { get; set; }

    /// <summary>Puts the legend in an h1 (the question is the page heading); size defaults to l.</summary>
    public bool IsPageHeading { get; set; }

    /// <summary>Extra classes for the fieldset.</summary>
    public string? FieldsetClass { get; set; }

    private protected (IHtmlContent? Html, string? Text, string? Classes, bool IsPageHeading) LegendFor(FieldParts parts)
    {
        var isPageHeading = parts.Legend?.IsPageHeading ?? IsPageHeading;
        return (
            parts.Legend?.Content,
            Legend ?? DisplayName(),
            Pieces.SizeClasses("govuk-fieldset__legend", Css.Join(LegendClass, parts.Legend?.Class), LegendSize, isPageHeading),
            isPageHeading);
    }

    private protected static void Replace(TagHelperOutput output, Markup m)
    {
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(m.ToHtml());
    }
}

/// <summary>One radio or checkbox (or a divider), collected from the component's children.</summary>
internal sealed class ChoiceItem
{
    public string? Value { get; set; }

    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? LabelText { get; set; }

    public IHtmlContent? LabelHtml { get; set; }

    public string? LabelClass { get; set; }

    public string? HintText { get; set; }

    public IHtmlContent? HintHtml { get; set; }

    public IHtmlContent? Conditional { get; set; }

    public bool? Checked { get; set; }

    public bool Disabled { get; set; }

    public bool Exclusive { get; set; }

    public string? Divider { get; set; }

    public TagHelperAttributeList Attributes { get; } = [];
}

internal sealed class ChoiceItems : List<ChoiceItem>;

/// <summary>Shared rendering for radios and checkboxes (govuk-frontend 6 templates).</summary>
public abstract class ChoicesTagHelper : FieldsetFieldTagHelper
{
    /// <summary>Renders the choices without a fieldset and legend (e.g. a single "I agree" checkbox).</summary>
    public bool Fieldset { get; set; } = true;

    /// <summary>Smaller radios or checkboxes (govuk-radios--small).</summary>
    public bool Small { get; set; }

    private protected abstract string Block { get; }

    private protected abstract bool IsCheckboxes { get; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        Resolve(IsCheckboxes ? "govuk-checkboxes" : "govuk-radios");
        var parts = FieldParts.Begin(context);
        var items = new ChoiceItems();
        context.Items[typeof(ChoiceItems)] = items;
        await output.GetChildContentAsync();

        var error = FindErrorMessage();
        var hasError = error is not null || parts.ErrorMessage is not null;
        var legend = LegendFor(parts);
        var hasFieldset = Fieldset && (legend.Html is not null || !string.IsNullOrEmpty(legend.Text));
        var idPrefix = FieldId;

        var inner = new Markup();
        var describedBy = Pieces.NullIfEmpty(DescribedBy);
        var hintText = DefaultHint();
        if (parts.Hint is not null || !string.IsNullOrEmpty(hintText))
        {
            var hintId = idPrefix + "-hint";
            describedBy = Pieces.AppendId(describedBy, hintId);
            Pieces.Hint(inner, hintId, parts.Hint, hintText, parts.HintClass);
        }

        if (hasError)
        {
            var errorId = idPrefix + "-error";
            describedBy = Pieces.AppendId(describedBy, errorId);
            Pieces.ErrorMessage(inner, errorId, parts.ErrorMessage, error, parts.ErrorVisuallyHiddenText);
        }

        inner.Open(
            "div",
            new Attrs().Class(Block, Small ? Block + "--small" : null, Css.FromOutput(output)).Add("data-module", Block),
            output.Attributes);

        var current = IsCheckboxes ? CurrentValues() : (CurrentValue(Value) is { } one ? [one] : []);
        var index = 0;
        foreach (var item in items)
        {
            index++;
            if (item.Divider is not null)
            {
                inner.Open("div", new Attrs().Class(Block + "__divider")).Text(item.Divider).Close("div");
                continue;
            }

            var itemId = item.Id ?? (index > 1 ? $"{idPrefix}-{index}" : idPrefix);
            var conditionalId = "conditional-" + itemId;
            var isChecked = item.Checked ?? current.Any(v => ValueFormatter.Matches(v, item.Value));
            var hasHint = item.HintHtml is not null || !string.IsNullOrEmpty(item.HintText);
            var itemHintId = itemId + "-item-hint";
            var itemDescribedBy = IsCheckboxes
                ? Pieces.NullIfEmpty(Pieces.AppendId(hasFieldset ? null : describedBy, hasHint ? itemHintId : null))
                : (hasHint ? itemHintId : null);

            inner.Open("div", new Attrs().Class(Block + "__item"));
            inner.Open(
                "input",
                new Attrs()
                    .Class(Block + "__input")
                    .Add("id", itemId)
                    .Add("name", IsCheckboxes ? item.Name ?? FieldName : FieldName)
                    .Add("type", IsCheckboxes ? "checkbox" : "radio")
                    .Add("value", item.Value ?? string.Empty)
                    .Flag("checked", isChecked)
                    .Flag("disabled", item.Disabled)
                    // GOV.UK Frontend promotes data-aria-controls and then sets aria-expanded, which ARIA allows on a
                    // checkbox but not on a radio (axe: aria-allowed-attr). A radio names its reveal in data-reveals
                    // instead, and Haven's script shows and hides it without aria-expanded; the reveal follows the
                    // radio in reading order, so nothing is lost to a screen reader.
                    .Add("data-aria-controls", item.Conditional is not null && IsCheckboxes ? conditionalId : null)
                    .Add("data-reveals", item.Conditional is not null && !IsCheckboxes ? conditionalId : null)
                    .Add("data-behaviour", IsCheckboxes && item.Exclusive ? "exclusive" : null)
                    .Add("aria-describedby", itemDescribedBy),
                item.Attributes);
            Pieces.Label(inner, itemId, item.LabelHtml, item.LabelText ?? item.Value, Css.Join(Block + "__label", item.LabelClass), false);
            if (hasHint)
            {
                Pieces.Hint(inner, itemHintId, item.HintHtml, item.HintText, Block + "__hint");
            }

            inner.Close("div");
            if (item.Conditional is not null)
            {
                inner.Open(
                        "div",
                        new Attrs()
                            .Class(Block + "__conditional", isChecked ? null : Block + "__conditional--hidden")
                            .Add("id", conditionalId))
                    .Content(item.Conditional)
                    .Close("div");
            }
        }

        inner.Close("div");

        var m = new Markup();
        Pieces.OpenFormGroup(m, hasError, FormGroupClass);
        if (hasFieldset)
        {
            Pieces.OpenFieldset(m, describedBy, null, FieldsetClass, legend.Html, legend.Text, legend.Classes, legend.IsPageHeading);
            m.Raw(inner.ToString()).Close("fieldset");
        }
        else
        {
            m.Raw(inner.ToString());
        }

        m.Close("div");
        Replace(output, m);
    }

    /// <summary>Overrides the chosen value (radios).</summary>
    public string? Value { get; set; }
}

/// <summary>
/// <c>&lt;govuk-radios asp-for="Input.Contact" legend="How should we contact you?"&gt;&lt;govuk-radios-item value="email"&gt;Email&lt;/govuk-radios-item&gt;…&lt;/govuk-radios&gt;</c>.
/// The first radio gets the bare field id so error summary links land on it.
/// </summary>
[HtmlTargetElement("govuk-radios")]
public sealed class GovUkRadiosTagHelper : ChoicesTagHelper
{
    /// <summary>Radios side by side (govuk-radios--inline); only for two short options.</summary>
    public bool Inline { get; set; }

    private protected override string Block => "govuk-radios";

    private protected override bool IsCheckboxes => false;

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        if (Inline)
        {
            output.AddClass("govuk-radios--inline", System.Text.Encodings.Web.HtmlEncoder.Default);
        }

        return base.ProcessAsync(context, output);
    }
}

/// <summary>
/// <c>&lt;govuk-checkboxes asp-for="Input.Needs" legend="…"&gt;&lt;govuk-checkboxes-item value="wheelchair"&gt;…&lt;/govuk-checkboxes-item&gt;&lt;/govuk-checkboxes&gt;</c>,
/// bound to a collection (List&lt;string&gt;, enum list) or a bool.
/// </summary>
[HtmlTargetElement("govuk-checkboxes")]
public sealed class GovUkCheckboxesTagHelper : ChoicesTagHelper
{
    private protected override string Block => "govuk-checkboxes";

    private protected override bool IsCheckboxes => true;
}

/// <summary>
/// <c>&lt;govuk-radios-item value="x" hint="…"&gt;Label&lt;govuk-radios-conditional&gt;…&lt;/govuk-radios-conditional&gt;&lt;/govuk-radios-item&gt;</c>
/// (and <c>govuk-checkboxes-item</c>). The content is the label unless <c>label</c> is given.
/// </summary>
[HtmlTargetElement("govuk-radios-item", ParentTag = "govuk-radios")]
[HtmlTargetElement("govuk-checkboxes-item", ParentTag = "govuk-checkboxes")]
public sealed class GovUkChoiceItemTagHelper : TagHelper
{
    public string? Value { get; set; }

    /// <summary>Overrides the item's id (by default the field id, then "-2", "-3" …).</summary>
    public string? Id { get; set; }

    /// <summary>Checkboxes only: overrides the input name.</summary>
    public string? Name { get; set; }

    public string? Label { get; set; }

    public string? LabelClass { get; set; }

    public string? Hint { get; set; }

    /// <summary>Forces checked (true) or unchecked (false); by default it follows the bound value.</summary>
    public bool? Checked { get; set; }

    public bool Disabled { get; set; }

    /// <summary>Checkboxes only: a "None of these" option that unticks the others (data-behaviour="exclusive").</summary>
    public bool Exclusive { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var item = new ChoiceItem
        {
            Value = Value,
            Id = Id,
            Name = Name,
            LabelText = Label,
            LabelClass = Css.FromOutput(output) is { } cls ? Css.Join(LabelClass, cls) : LabelClass,
            HintText = Hint,
            Checked = Checked,
            Disabled = Disabled,
            Exclusive = Exclusive,
        };
        foreach (var attribute in output.Attributes.Where(a => !a.Name.Equals("class", StringComparison.OrdinalIgnoreCase)))
        {
            item.Attributes.Add(attribute);
        }

        var parts = FieldParts.Begin(context);
        context.Items[typeof(ChoiceItem)] = item;
        var content = await output.GetChildContentAsync();
        item.HintHtml = parts.Hint;
        if (parts.Label is not null)
        {
            item.LabelHtml = parts.Label.Content;
        }
        else if (Label is null && !content.IsEmptyOrWhiteSpace)
        {
            item.LabelHtml = content;
        }

        context.GiveToEnclosing<ChoiceItems, ChoiceItem>(output, item);
    }
}

/// <summary><c>&lt;govuk-radios-divider&gt;or&lt;/govuk-radios-divider&gt;</c> (and <c>govuk-checkboxes-divider</c>); the text defaults to "or".</summary>
[HtmlTargetElement("govuk-radios-divider", ParentTag = "govuk-radios")]
[HtmlTargetElement("govuk-checkboxes-divider", ParentTag = "govuk-checkboxes")]
public sealed class GovUkChoiceDividerTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var text = content.IsEmptyOrWhiteSpace ? "or" : System.Net.WebUtility.HtmlDecode(content.GetContent()).Trim();
        context.GiveToEnclosing<ChoiceItems, ChoiceItem>(output, new ChoiceItem { Divider = text });
    }
}

/// <summary>
/// <c>&lt;govuk-radios-conditional&gt;</c> (and <c>govuk-checkboxes-conditional</c>): content revealed when the item is
/// chosen. Without JavaScript it is always shown, so it must make sense on its own.
/// </summary>
[HtmlTargetElement("govuk-radios-conditional", ParentTag = "govuk-radios-item")]
[HtmlTargetElement("govuk-checkboxes-conditional", ParentTag = "govuk-checkboxes-item")]
public sealed class GovUkChoiceConditionalTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var item = context.Enclosing<ChoiceItem>();

        // Components inside the revealed content are independent of the enclosing radios.
        FieldParts.Hide(context);
        context.Items.Remove(typeof(ChoiceItems));
        context.Items.Remove(typeof(ChoiceItem));
        var content = await output.GetChildContentAsync();
        if (item is not null)
        {
            item.Conditional = content;
        }

        output.SuppressOutput();
    }
}
