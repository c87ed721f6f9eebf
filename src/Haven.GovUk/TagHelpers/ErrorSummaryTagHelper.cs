using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Haven.GovUk.TagHelpers;

/// <summary>
/// <c>&lt;govuk-error-summary /&gt;</c>: the GOV.UK error summary, built from ModelState. Each field's first error
/// links to the field's id (the first radio or checkbox; for a date input, the first part in error). Errors on
/// the model itself (key "") are listed without a link. Renders nothing when there are no errors. Put it at the
/// top of the main column, before the h1.
/// </summary>
[HtmlTargetElement("govuk-error-summary")]
public sealed class GovUkErrorSummaryTagHelper : TagHelper
{
    /// <summary>
    /// ViewData key for links to other pages where a problem is put right (<see cref="ErrorSummaryLink"/>s), listed
    /// after the field errors: a page sets it when the rule that refused a change is fixed elsewhere.
    /// </summary>
    public const string LinksKey = "govuk-error-summary:links";

    /// <summary>The heading; defaults to "There is a problem".</summary>
    public string Title { get; set; } = "There is a problem";

    /// <summary>Optional text under the heading.</summary>
    public string? Description { get; set; }

    /// <summary>Stops the GOV.UK JavaScript moving focus to the summary on page load.</summary>
    public bool? DisableAutoFocus { get; set; }

    /// <summary>ModelState keys to leave out (comma-separated).</summary>
    public string? ExcludeKeys { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var extra = new List<(string? Href, IHtmlContent Content)>();
        context.Items[typeof(GovUkErrorSummaryTagHelper)] = extra;
        await output.GetChildContentAsync();

        if (ViewContext.ViewData[LinksKey] is IEnumerable<ErrorSummaryLink> links)
        {
            extra.AddRange(links.Select(l => ((string?)l.Href, (IHtmlContent)new HtmlString(System.Net.WebUtility.HtmlEncode(l.Text)))));
        }
        var excluded = (ExcludeKeys ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var errors = Build(ViewContext.ViewData.ModelState, excluded, ViewContext.ViewData.ModelMetadata);
        if (errors.Count == 0 && extra.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        var m = new Markup();
        m.Open("div", new Attrs().Class("govuk-error-summary", Css.FromOutput(output))
            .Add("data-disable-auto-focus", DisableAutoFocus is { } d ? (d ? "true" : "false") : null)
            .Add("data-module", "govuk-error-summary"), WithoutClass(output.Attributes));
        m.Raw("<div role=\"alert\">");
        m.Open("h2", new Attrs().Class("govuk-error-summary__title")).Text(Title).Close("h2");
        m.Open("div", new Attrs().Class("govuk-error-summary__body"));
        if (!string.IsNullOrEmpty(Description))
        {
            m.Open("p").Text(Description).Close("p");
        }

        m.Open("ul", new Attrs().Class("govuk-list", "govuk-error-summary__list"));
        foreach (var (href, message) in errors)
        {
            Item(m, href, null, message);
        }

        foreach (var (href, content) in extra)
        {
            Item(m, href, content, null);
        }

        m.Close("ul").Close("div").Raw("</div>").Close("div");
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(m.ToHtml());
    }

    private static void Item(Markup m, string? href, IHtmlContent? html, string? text)
    {
        m.Open("li");
        if (href is not null)
        {
            m.Open("a", new Attrs().Add("href", href)).ContentOrText(html, text).Close("a");
        }
        else
        {
            m.ContentOrText(html, text);
        }

        m.Close("li");
    }

    private static TagHelperAttributeList WithoutClass(TagHelperAttributeList attributes) =>
        [.. attributes.Where(a => !a.Name.Equals("class", StringComparison.OrdinalIgnoreCase))];

    /// <summary>
    /// One (href, message) per field in error. Errors are ordered as the model's properties are declared (so they
    /// match the order of the fields on a page that follows the model), then in ModelState order; errors on the
    /// model itself come first.
    /// </summary>
    internal static List<(string? Href, string Message)> Build(
        ModelStateDictionary modelState, IReadOnlyCollection<string> excluded, ModelMetadata? rootMetadata = null)
    {
        var unordered = new List<(string Key, string? Href, string Message)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, entry) in modelState)
        {
            if (entry.Errors.Count == 0)
            {
                continue;
            }

            // Errors on a date part ("Dob.Month") belong to the date ("Dob").
            var fieldKey = key;
            var lastDot = key.LastIndexOf('.');
            if (lastDot > 0 && key[(lastDot + 1)..] is "Day" or "Month" or "Year"
                && DateInputValues.LooksLikeDateInput(modelState, key[..lastDot]))
            {
                fieldKey = key[..lastDot];
            }

            if (!seen.Add(fieldKey) || excluded.Contains(fieldKey) || excluded.Contains(key))
            {
                continue;
            }

            if (fieldKey.Length == 0)
            {
                foreach (var error in entry.Errors)
                {
                    unordered.Add((fieldKey, null, ModelStateErrors.MessageOf(error)));
                }

                continue;
            }

            var id = FieldIds.FromName(fieldKey);
            string message;
            if (DateInputValues.LooksLikeDateInput(modelState, fieldKey))
            {
                message = ModelStateErrors.FirstMessage(modelState, fieldKey, includeChildren: true) ?? ModelStateErrors.MessageOf(entry.Errors[0]);
                var current = DateInputValues.Current(modelState, fieldKey, null);
                id += "-" + DateInputValues.FirstPartInError(DateInputValues.ErrorParts(modelState, fieldKey, current));
            }
            else
            {
                message = ModelStateErrors.MessageOf(entry.Errors[0]);
            }

            unordered.Add((fieldKey, "#" + id, message));
        }

        return [.. unordered
            .Select((e, i) => (Error: e, Order: DeclarationOrder(rootMetadata, e.Key), Index: i))
            .OrderBy(e => e.Order, OrderComparer.Instance)
            .ThenBy(e => e.Index)
            .Select(e => (e.Error.Href, e.Error.Message))];
    }

    /// <summary>The position of each property along the key's path, e.g. "Input.DateOfBirth" → [0, 4].</summary>
    private static List<int> DeclarationOrder(ModelMetadata? metadata, string key)
    {
        var order = new List<int>();
        if (key.Length == 0)
        {
            return order;
        }

        foreach (var segment in key.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket >= 0 ? segment[..bracket] : segment;
            var position = int.MaxValue;
            if (metadata is not null)
            {
                var properties = metadata.Properties.ToList();
                var index = properties.FindIndex(p => string.Equals(p.PropertyName, name, StringComparison.OrdinalIgnoreCase));
                position = index;
                metadata = index >= 0 ? properties[index] : null;
                if (index < 0)
                {
                    position = int.MaxValue;
                }
            }

            order.Add(position);
            if (bracket >= 0)
            {
                var end = segment.IndexOf(']', bracket);
                order.Add(end > bracket && int.TryParse(segment[(bracket + 1)..end], out var n) ? n : 0);
                metadata = metadata?.ElementMetadata;
            }
        }

        return order;
    }

    private sealed class OrderComparer : IComparer<List<int>>
    {
        public static readonly OrderComparer Instance = new();

        public int Compare(List<int>? x, List<int>? y)
        {
            x ??= [];
            y ??= [];
            for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
            {
                var c = x[i].CompareTo(y[i]);
                if (c != 0)
                {
                    return c;
                }
            }

            return x.Count.CompareTo(y.Count);
        }
    }
}

/// <summary><c>&lt;govuk-error-summary-item href="#field"&gt;Message&lt;/govuk-error-summary-item&gt;</c>: an extra error summary entry.</summary>
[HtmlTargetElement("govuk-error-summary-item", ParentTag = "govuk-error-summary")]
public sealed class GovUkErrorSummaryItemTagHelper : TagHelper
{
    public string? Href { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        if (context.Items.TryGetValue(typeof(GovUkErrorSummaryTagHelper), out var value) && value is List<(string?, IHtmlContent)> list)
        {
            list.Add((Href, content));
        }

        output.SuppressOutput();
    }
}

/// <summary>An error summary entry that links to another page, where the problem is put right.</summary>
public sealed record ErrorSummaryLink(string Href, string Text);
