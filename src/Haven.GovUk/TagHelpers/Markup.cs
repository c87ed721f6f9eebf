using System.Text;
using System.Text.Encodings.Web;

namespace Haven.GovUk.TagHelpers;

/// <summary>A small HTML writer: text and attribute values are always encoded; markup is written as given.</summary>
internal sealed class Markup
{
    private readonly StringBuilder _html = new();

    public Markup Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    public Markup Text(string? text)
    {
        _html.Append(HtmlEncoder.Default.Encode(text ?? string.Empty));
        return this;
    }

    public Markup Content(IHtmlContent? content)
    {
        if (content is null)
        {
            return this;
        }

        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        _html.Append(writer.ToString().Trim());
        return this;
    }

    /// <summary>Writes the rich content if there is any, else the text.</summary>
    public Markup ContentOrText(IHtmlContent? content, string? text) =>
        content is not null ? Content(content) : Text(text);

    /// <summary>Writes a start tag, then any attributes the author added to the tag helper element (except class).</summary>
    public Markup Open(string tag, Attrs? attributes = null, TagHelperAttributeList? passThrough = null)
    {
        _html.Append('<').Append(tag);
        attributes?.WriteTo(_html);
        if (passThrough is not null)
        {
            foreach (var attribute in passThrough)
            {
                if (attribute.Name.Equals("class", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                using var writer = new StringWriter();
                attribute.WriteTo(writer, HtmlEncoder.Default);
                _html.Append(' ').Append(writer.ToString());
            }
        }

        _html.Append('>');
        return this;
    }

    public Markup Close(string tag)
    {
        _html.Append("</").Append(tag).Append('>');
        return this;
    }

    public Markup Element(string tag, Attrs? attributes, string? text) => Open(tag, attributes).Text(text).Close(tag);

    public Markup Line()
    {
        _html.Append('\n');
        return this;
    }

    public HtmlString ToHtml() => new(_html.ToString());

    public override string ToString() => _html.ToString();
}

/// <summary>An ordered list of attributes for <see cref="Markup.Open"/>.</summary>
internal sealed class Attrs
{
    private readonly List<KeyValuePair<string, string?>> _items = [];

    /// <summary>Adds name="value"; nothing when the value is null.</summary>
    public Attrs Add(string name, string? value)
    {
        if (value is not null)
        {
            _items.Add(new(name, value));
        }

        return this;
    }

    /// <summary>A boolean attribute such as <c>checked</c>, written bare when true.</summary>
    public Attrs Flag(string name, bool on)
    {
        if (on)
        {
            _items.Add(new(name, null));
        }

        return this;
    }

    public Attrs Class(params string?[] classes) => Add("class", Css.Join(classes));

    internal void WriteTo(StringBuilder html)
    {
        foreach (var (name, value) in _items)
        {
            html.Append(' ').Append(name);
            if (value is not null)
            {
                html.Append("=\"").Append(HtmlEncoder.Default.Encode(value)).Append('"');
            }
        }
    }
}

internal static class Css
{
    /// <summary>Joins the non-empty class names with single spaces.</summary>
    public static string Join(params string?[] classes) =>
        string.Join(' ', classes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c!.Trim()));

    /// <summary>The "class" attribute the author wrote on the tag helper element, if any.</summary>
    public static string? FromOutput(TagHelperOutput output) =>
        output.Attributes.TryGetAttribute("class", out var attribute) ? ValueOf(attribute) : null;

    public static string? ValueOf(TagHelperAttribute attribute)
    {
        switch (attribute.Value)
        {
            case null:
                return null;
            case string s:
                return s;
            case IHtmlContent content:
                using (var writer = new StringWriter())
                {
                    content.WriteTo(writer, NullHtmlEncoder.Default);
                    return writer.ToString();
                }

            default:
                return Convert.ToString(attribute.Value, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary>"s", "m", "l" or "xl" to a size modifier such as "govuk-label--l".</summary>
    public static string? Size(string block, string? size) =>
        string.IsNullOrWhiteSpace(size) ? null : $"{block}--{size.Trim().ToLowerInvariant()}";
}
