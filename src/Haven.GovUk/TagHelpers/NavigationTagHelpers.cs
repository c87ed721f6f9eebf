using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Haven.GovUk.TagHelpers;

internal static class QueryLinks
{
    /// <summary>The current path with <paramref name="set"/> replacing (or adding) query values and <paramref name="remove"/> dropped.</summary>
    public static string With(HttpRequest request, IEnumerable<KeyValuePair<string, string>> set, params string[] remove)
    {
        var replaced = set.ToList();
        var builder = new QueryBuilder();
        foreach (var (key, values) in request.Query)
        {
            if (remove.Contains(key, StringComparer.OrdinalIgnoreCase) || replaced.Any(s => s.Key.Equals(key, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            foreach (var value in values)
            {
                builder.Add(key, value ?? string.Empty);
            }
        }

        foreach (var (key, value) in replaced)
        {
            builder.Add(key, value);
        }

        return request.PathBase + request.Path + builder.ToQueryString();
    }
}

/// <summary>How a table sorts and which cells head rows: set once by govuk-table, read by its cells.</summary>
internal sealed record TableSettings(
    string? SortBy = null,
    string? SortDirection = null,
    string SortParam = "sort",
    string DirectionParam = "dir",
    string PageParam = "page",
    bool FirstCellIsHeader = false);

internal sealed class TableState
{
    public bool InHead { get; set; }

    /// <summary>Set when a govuk-table-head holds its own govuk-table-row (so it is not wrapped in one).</summary>
    public bool HeadHasRow { get; set; }

    public TableState? Parent { get; set; }

    public TableSettings Settings { get; init; } = new();

    public int CellIndex { get; set; }

    public TableState Child(bool inHead) => new() { InHead = inHead, Parent = this, Settings = Settings };

    public static TableState? Find(TagHelperContext context) =>
        context.Enclosing<TableState>();
}

/// <summary>
/// <c>&lt;govuk-table caption="Children" caption-size="m"&gt;&lt;govuk-table-head&gt;&lt;govuk-table-header sort-key="name"&gt;Name&lt;/govuk-table-header&gt;…&lt;/govuk-table-head&gt;&lt;govuk-table-body&gt;&lt;govuk-table-row&gt;&lt;govuk-table-cell&gt;…</c>:
/// the GOV.UK table. Headers with <c>sort-key</c> become links that sort on the server (?sort=name&amp;dir=asc), with
/// aria-sort, so sorting works without JavaScript. The current sort comes from <c>sort-by</c> / <c>sort-direction</c>,
/// else from the query string.
/// </summary>
[HtmlTargetElement("govuk-table")]
public sealed class GovUkTableTagHelper : TagHelper
{
    public string? Caption { get; set; }

    /// <summary>Caption size: s, m, l or xl.</summary>
    public string? CaptionSize { get; set; }

    public string? CaptionClass { get; set; }

    /// <summary>The column the rows are sorted by (its sort-key). Defaults to the "sort" query value.</summary>
    public string? SortBy { get; set; }

    /// <summary>"ascending" or "descending" (also "asc"/"desc"). Defaults to the "dir" query value.</summary>
    public string? SortDirection { get; set; }

    public string SortParam { get; set; } = "sort";

    public string DirectionParam { get; set; } = "dir";

    /// <summary>The page query value dropped from sort links (a new sort starts at page 1).</summary>
    public string PageParam { get; set; } = "page";

    /// <summary>Makes the first cell of each body row a row header (th scope="row").</summary>
    public bool FirstCellIsHeader { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var query = ViewContext?.HttpContext?.Request.Query;
        context.Items[typeof(TableState)] = new TableState
        {
            Settings = new TableSettings(
                SortBy ?? query?[SortParam].FirstOrDefault(),
                Normalise(SortDirection ?? query?[DirectionParam].FirstOrDefault()),
                SortParam,
                DirectionParam,
                PageParam,
                FirstCellIsHeader),
        };

        output.TagName = "table";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-table", HtmlEncoder.Default);
        if (!string.IsNullOrEmpty(Caption))
        {
            output.PreContent.AppendHtml(new Markup()
                .Open("caption", new Attrs().Class("govuk-table__caption", Css.Size("govuk-table__caption", CaptionSize), CaptionClass))
                .Text(Caption)
                .Close("caption")
                .ToHtml());
        }
    }

    internal static string? Normalise(string? direction) => direction?.Trim().ToLowerInvariant() switch
    {
        "asc" or "ascending" => "ascending",
        "desc" or "descending" => "descending",
        _ => null,
    };
}

/// <summary>
/// <c>&lt;govuk-table-head&gt;</c> (thead) and <c>&lt;govuk-table-body&gt;</c> (tbody). Headers may go straight in the
/// head (they are wrapped in a row) or in a <c>&lt;govuk-table-row&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-table-head", ParentTag = "govuk-table")]
[HtmlTargetElement("govuk-table-body", ParentTag = "govuk-table")]
public sealed class GovUkTableSectionTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var isHead = context.TagName == "govuk-table-head";
        var state = (TableState.Find(context) ?? new TableState()).Child(isHead);
        context.Items[typeof(TableState)] = state;
        await output.GetChildContentAsync();

        output.TagName = isHead ? "thead" : "tbody";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass(isHead ? "govuk-table__head" : "govuk-table__body", HtmlEncoder.Default);
        if (isHead && !state.HeadHasRow)
        {
            output.PreContent.AppendHtml("<tr class=\"govuk-table__row\">");
            output.PostContent.AppendHtml("</tr>");
        }
    }
}

/// <summary><c>&lt;govuk-table-row&gt;</c>: a row (tr).</summary>
[HtmlTargetElement("govuk-table-row")]
public sealed class GovUkTableRowTagHelper : TagHelper
{
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var section = TableState.Find(context) ?? new TableState();
        if (section.InHead)
        {
            section.HeadHasRow = true;
        }

        context.Items[typeof(TableState)] = section.Child(section.InHead);
        output.TagName = "tr";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.AddClass("govuk-table__row", HtmlEncoder.Default);
    }
}

/// <summary>
/// <c>&lt;govuk-table-header&gt;</c> (th: scope="col" in the head, scope="row" in the body) and <c>&lt;govuk-table-cell&gt;</c> (td).
/// <c>format="numeric"</c> right-aligns numbers. In the head, <c>sort-key="name"</c> makes a server-side sort link.
/// </summary>
[HtmlTargetElement("govuk-table-header")]
[HtmlTargetElement("govuk-table-cell")]
public sealed class GovUkTableCellTagHelper : TagHelper
{
    public string? Format { get; set; }

    public string? SortKey { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var state = TableState.Find(context);
        var index = state is null ? 0 : state.CellIndex++;
        var isHeader = context.TagName == "govuk-table-header"
            || (state is { InHead: false, Settings.FirstCellIsHeader: true } && index == 0);
        var existing = Css.FromOutput(output);
        output.Attributes.RemoveAll("class");
        output.TagMode = TagMode.StartTagAndEndTag;
        if (!isHeader)
        {
            output.TagName = "td";
            output.Attributes.Insert(0, new TagHelperAttribute(
                "class",
                Css.Join("govuk-table__cell", string.IsNullOrEmpty(Format) ? null : "govuk-table__cell--" + Format, existing)));
            return;
        }

        output.TagName = "th";
        output.Attributes.Insert(0, new TagHelperAttribute("scope", state is { InHead: false } ? "row" : "col"));
        output.Attributes.Insert(1, new TagHelperAttribute(
            "class",
            Css.Join("govuk-table__header", string.IsNullOrEmpty(Format) ? null : "govuk-table__header--" + Format, existing)));

        if (SortKey is null || state is null || ViewContext?.HttpContext is null)
        {
            return;
        }

        var settings = state.Settings;
        var isCurrent = string.Equals(settings.SortBy, SortKey, StringComparison.OrdinalIgnoreCase);
        var current = isCurrent ? settings.SortDirection ?? "ascending" : null;
        output.Attributes.Add("aria-sort", current ?? "none");
        var next = current == "ascending" ? "desc" : "asc";
        var href = QueryLinks.With(
            ViewContext.HttpContext.Request,
            [new(settings.SortParam, SortKey), new(settings.DirectionParam, next)],
            settings.PageParam);
        var content = await output.GetChildContentAsync();
        output.Content.SetHtmlContent(new Markup()
            .Open("a", new Attrs().Class("govuk-link", "haven-sort-link").Add("href", href))
            .Content(content)
            .Close("a")
            .ToHtml());
    }
}

internal sealed class TabItems : List<(string Id, string Label, IHtmlContent Panel)>;

/// <summary>
/// <c>&lt;govuk-tabs title="Contents"&gt;&lt;govuk-tab id="overview" label="Overview"&gt;…&lt;/govuk-tab&gt;&lt;/govuk-tabs&gt;</c>: GOV.UK tabs.
/// Without JavaScript they are a list of links to sections that are all shown, one after another.
/// </summary>
[HtmlTargetElement("govuk-tabs")]
public sealed class GovUkTabsTagHelper : TagHelper
{
    public string Title { get; set; } = "Contents";

    /// <summary>Prefix for tab panel ids not given explicitly: "{prefix}-1", "{prefix}-2" …</summary>
    public string IdPrefix { get; set; } = "tab";

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var tabs = new TabItems();
        context.Items[typeof(TabItems)] = tabs;
        await output.GetChildContentAsync();

        var m = new Markup();
        m.Open("div", new Attrs().Class("govuk-tabs", Css.FromOutput(output)).Add("data-module", "govuk-tabs"),
            [.. output.Attributes.Where(a => !a.Name.Equals("class", StringComparison.OrdinalIgnoreCase))]);
        m.Open("h2", new Attrs().Class("govuk-tabs__title")).Text(Title).Close("h2");
        if (tabs.Count > 0)
        {
            m.Open("ul", new Attrs().Class("govuk-tabs__list"));
            for (var i = 0; i < tabs.Count; i++)
            {
                var (id, label, _) = tabs[i];
                m.Open("li", new Attrs().Class("govuk-tabs__list-item", i == 0 ? "govuk-tabs__list-item--selected" : null))
                    .Open("a", new Attrs().Class("govuk-tabs__tab").Add("href", "#" + (id.Length > 0 ? id : $"{IdPrefix}-{i + 1}")))
                    .Text(label)
                    .Close("a")
                    .Close("li");
            }

            m.Close("ul");
            for (var i = 0; i < tabs.Count; i++)
            {
                var (id, _, panel) = tabs[i];
                m.Open("div", new Attrs()
                        .Class("govuk-tabs__panel", i > 0 ? "govuk-tabs__panel--hidden" : null)
                        .Add("id", id.Length > 0 ? id : $"{IdPrefix}-{i + 1}"))
                    .Content(panel)
                    .Close("div");
            }
        }

        m.Close("div");
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(m.ToHtml());
    }
}

/// <summary><c>&lt;govuk-tab id="notes" label="Notes"&gt;…panel…&lt;/govuk-tab&gt;</c>: one tab and its panel. Start each panel with a heading.</summary>
[HtmlTargetElement("govuk-tab", ParentTag = "govuk-tabs")]
public sealed class GovUkTabTagHelper : TagHelper
{
    public string? Id { get; set; }

    public string Label { get; set; } = string.Empty;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        context.GiveToEnclosing<TabItems, (string Id, string Label, IHtmlContent Panel)>(output, (Id ?? string.Empty, Label, content));
    }
}

/// <summary>
/// <c>&lt;govuk-pagination page="3" page-count="12" href-template="/cases?page={page}" /&gt;</c>: GOV.UK pagination with
/// previous/next and numbered links (first, last, current and its neighbours, with ellipses). Without
/// <c>href-template</c> the links keep the current query string and set "page". Renders nothing for one page.
/// </summary>
[HtmlTargetElement("govuk-pagination")]
public sealed class GovUkPaginationTagHelper : TagHelper
{
    public int Page { get; set; } = 1;

    public int PageCount { get; set; }

    /// <summary>A URL with "{page}" where the page number goes.</summary>
    public string? HrefTemplate { get; set; }

    public string PageParam { get; set; } = "page";

    public string LandmarkLabel { get; set; } = "Pagination";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    private const string ArrowPrevious =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--prev\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z\"></path></svg>";

    private const string ArrowNext =
        "<svg class=\"govuk-pagination__icon govuk-pagination__icon--next\" xmlns=\"http://www.w3.org/2000/svg\" height=\"13\" width=\"15\" aria-hidden=\"true\" focusable=\"false\" viewBox=\"0 0 15 13\"><path d=\"m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z\"></path></svg>";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (PageCount <= 1)
        {
            output.SuppressOutput();
            return;
        }

        var page = Math.Clamp(Page, 1, PageCount);
        var m = new Markup();
        m.Open(
            "nav",
            new Attrs().Class("govuk-pagination", Css.FromOutput(output)).Add("aria-label", LandmarkLabel),
            [.. output.Attributes.Where(a => !a.Name.Equals("class", StringComparison.OrdinalIgnoreCase))]);
        if (page > 1)
        {
            m.Open("div", new Attrs().Class("govuk-pagination__prev"))
                .Open("a", new Attrs().Class("govuk-link", "govuk-pagination__link").Add("href", Href(page - 1)).Add("rel", "prev"))
                .Raw(ArrowPrevious)
                .Raw("<span class=\"govuk-pagination__link-title\">Previous<span class=\"govuk-visually-hidden\"> page</span></span>")
                .Close("a")
                .Close("div");
        }

        m.Open("ul", new Attrs().Class("govuk-pagination__list"));
        foreach (var number in PageNumbers(page, PageCount))
        {
            if (number is null)
            {
                m.Raw("<li class=\"govuk-pagination__item govuk-pagination__item--ellipsis\">&ctdot;</li>");
                continue;
            }

            var n = number.Value;
            var text = n.ToString(CultureInfo.InvariantCulture);
            m.Open("li", new Attrs().Class("govuk-pagination__item", n == page ? "govuk-pagination__item--current" : null))
                .Open("a", new Attrs()
                    .Class("govuk-link", "govuk-pagination__link")
                    .Add("href", Href(n))
                    .Add("aria-label", "Page " + text)
                    .Add("aria-current", n == page ? "page" : null))
                .Text(text)
                .Close("a")
                .Close("li");
        }

        m.Close("ul");
        if (page < PageCount)
        {
            m.Open("div", new Attrs().Class("govuk-pagination__next"))
                .Open("a", new Attrs().Class("govuk-link", "govuk-pagination__link").Add("href", Href(page + 1)).Add("rel", "next"))
                .Raw("<span class=\"govuk-pagination__link-title\">Next<span class=\"govuk-visually-hidden\"> page</span></span>")
                .Raw(ArrowNext)
                .Close("a")
                .Close("div");
        }

        m.Close("nav");
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(m.ToHtml());
    }

    private string Href(int page)
    {
        var number = page.ToString(CultureInfo.InvariantCulture);
        if (HrefTemplate is not null)
        {
            return HrefTemplate.Replace("{page}", number, StringComparison.Ordinal);
        }

        return ViewContext?.HttpContext is { } http
            ? QueryLinks.With(http.Request, [new(PageParam, number)])
            : "?" + PageParam + "=" + number;
    }

    /// <summary>1 … (current-1) current (current+1) … last; null is an ellipsis. A gap of one page shows the page.</summary>
    internal static List<int?> PageNumbers(int page, int pageCount)
    {
        var shown = new SortedSet<int> { 1, pageCount, page };
        if (page > 1)
        {
            shown.Add(page - 1);
        }

        if (page < pageCount)
        {
            shown.Add(page + 1);
        }

        var result = new List<int?>();
        var previous = 0;
        foreach (var n in shown)
        {
            if (n - previous == 2)
            {
                result.Add(n - 1);
            }
            else if (n - previous > 2)
            {
                result.Add(null);
            }

            result.Add(n);
            previous = n;
        }

        return result;
    }
}
