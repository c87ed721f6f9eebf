using AngleSharp.Dom;
using Xunit;

namespace Haven.GovUk.Tests;

public sealed class ComponentTests(TestSite site)
{
    private static IElement One(IParentNode node, string selector) =>
        node.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"Nothing matches {selector}");

    private static string[] Classes(IElement e) => [.. e.ClassList];

    [Fact]
    public async Task Buttons_tags_and_links()
    {
        var doc = await site.GetAsync("/Components");

        var save = One(doc, "button#btn-save");
        Assert.Equal("submit", save.GetAttribute("type"));
        Assert.Equal(["govuk-button"], Classes(save));
        Assert.Equal("govuk-button", save.GetAttribute("data-module"));

        Assert.Equal("button", One(doc, "#btn-secondary").GetAttribute("type"));
        Assert.Contains("govuk-button--secondary", Classes(One(doc, "#btn-secondary")));

        var warning = One(doc, "#btn-warning");
        Assert.Contains("govuk-button--warning", Classes(warning));
        Assert.Equal(("action", "delete", "/delete"), (warning.GetAttribute("name"), warning.GetAttribute("value"), warning.GetAttribute("formaction")));

        var link = One(doc, "a#btn-link");
        Assert.Equal("/cases/new", link.GetAttribute("href"));
        Assert.Equal("button", link.GetAttribute("role"));
        Assert.Equal("false", link.GetAttribute("draggable"));
        Assert.Contains("govuk-button--start", Classes(link));
        Assert.NotNull(link.QuerySelector("svg.govuk-button__start-icon"));

        var disabled = One(doc, "#btn-disabled");
        Assert.True(disabled.HasAttribute("disabled"));
        Assert.Equal("true", disabled.GetAttribute("aria-disabled"));

        Assert.Equal(["govuk-tag", "govuk-tag--green"], Classes(One(doc, "strong#tag-open")));
        Assert.Equal(["govuk-tag"], Classes(One(doc, "strong#tag-blue")));

        var back = One(doc, "a.govuk-back-link");
        Assert.Equal("/cases/1", back.GetAttribute("href"));
        Assert.Equal("Back", back.TextContent);
    }

    [Fact]
    public async Task Notification_banners()
    {
        var doc = await site.GetAsync("/Components");

        var important = One(doc, "[aria-labelledby=banner-important]");
        Assert.Equal("region", important.GetAttribute("role"));
        Assert.Equal(["govuk-notification-banner"], Classes(important));
        Assert.Equal("govuk-notification-banner", important.GetAttribute("data-module"));
        Assert.Equal("Important", One(important, "h2#banner-important.govuk-notification-banner__title").TextContent.Trim());
        Assert.Contains("7 days", One(important, ".govuk-notification-banner__content p").TextContent, StringComparison.Ordinal);

        var success = One(doc, "[aria-labelledby=banner-success]");
        Assert.Equal("alert", success.GetAttribute("role"));
        Assert.Contains("govuk-notification-banner--success", Classes(success));
        Assert.Equal("Success", One(success, "#banner-success").TextContent.Trim());
        Assert.Equal("Visit recorded & saved", One(success, "p.govuk-notification-banner__heading").TextContent.Trim());

        // Plain text content becomes the heading line, encoded once.
        var plain = One(doc, "[aria-labelledby=banner-plain]");
        Assert.Equal("Plain <text> message", One(plain, ".govuk-notification-banner__content > p.govuk-notification-banner__heading").TextContent.Trim());
    }

    [Fact]
    public async Task Inset_warning_details_and_fieldset()
    {
        var doc = await site.GetAsync("/Components");

        Assert.Equal("It can take up to 8 weeks.", One(doc, "div#inset.govuk-inset-text").TextContent.Trim());

        var warning = One(doc, "div#warning.govuk-warning-text");
        Assert.Equal("true", One(warning, ".govuk-warning-text__icon").GetAttribute("aria-hidden"));
        Assert.Equal("Warning", One(warning, "strong.govuk-warning-text__text .govuk-visually-hidden").TextContent);
        Assert.EndsWith("if you do not register.", One(warning, "strong").TextContent.Trim(), StringComparison.Ordinal);

        var details = One(doc, "details#details.govuk-details");
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("Help with nationality", One(details, "summary.govuk-details__summary .govuk-details__summary-text").TextContent.Trim());
        Assert.Equal("We need to know your nationality.", One(details, ".govuk-details__text").TextContent.Trim());

        var fieldset = One(doc, "fieldset#address.govuk-fieldset");
        var legend = One(fieldset, "legend.govuk-fieldset__legend.govuk-fieldset__legend--l");
        Assert.Equal("What is the family's address?", One(legend, "h1.govuk-fieldset__heading").TextContent.Trim());
        Assert.Equal("Address fields", One(fieldset, "p").TextContent);
    }

    [Fact]
    public async Task Summary_list_rows_and_actions()
    {
        var doc = await site.GetAsync("/Components");
        var list = One(doc, "dl#summary.govuk-summary-list");
        var rows = list.QuerySelectorAll(".govuk-summary-list__row");
        Assert.Equal(3, rows.Length);

        Assert.Equal("Name", One(rows[0], "dt.govuk-summary-list__key").TextContent.Trim());
        Assert.Equal("Sarah Philips", One(rows[0], "dd.govuk-summary-list__value").TextContent.Trim());
        var change = One(rows[0], "dd.govuk-summary-list__actions > a.govuk-link");
        Assert.Equal("/change/name", change.GetAttribute("href"));
        Assert.Equal(" name", One(change, ".govuk-visually-hidden").TextContent);

        // Rows without actions in a list where others have them get the no-actions modifier.
        Assert.Contains("govuk-summary-list__row--no-actions", Classes(rows[1]));
        Assert.Equal("5 January 1978", One(rows[1], "dd.govuk-summary-list__value").TextContent.Trim());

        // Several actions become a list; values may hold HTML.
        Assert.Equal(2, rows[2].QuerySelectorAll("ul.govuk-summary-list__actions-list > li.govuk-summary-list__actions-list-item > a").Length);
        Assert.NotNull(rows[2].QuerySelector("dd.govuk-summary-list__value > p.govuk-body"));

        var card = One(doc, "#card .govuk-summary-card");
        Assert.Equal("Parent 1", One(card, "h2.govuk-summary-card__title").TextContent.Trim());
        Assert.Equal(" (Parent 1)", One(card, ".govuk-summary-card__actions a .govuk-visually-hidden").TextContent);
        Assert.NotNull(card.QuerySelector(".govuk-summary-card__content > dl.govuk-summary-list"));
    }

    [Fact]
    public async Task Tabs_are_links_to_sections_that_all_exist()
    {
        var doc = await site.GetAsync("/Components");
        var tabs = One(doc, "#tabs.govuk-tabs");
        Assert.Equal("govuk-tabs", tabs.GetAttribute("data-module"));
        Assert.Equal("Case record", One(tabs, "h2.govuk-tabs__title").TextContent.Trim());
        string[] hrefs = [.. tabs.QuerySelectorAll("a.govuk-tabs__tab").Select(a => a.GetAttribute("href")!)];
        Assert.Equal(["#overview", "#visits", "#tab-3"], hrefs);
        foreach (var href in hrefs)
        {
            Assert.NotNull(tabs.QuerySelector($"div.govuk-tabs__panel{href}"));
        }

        Assert.Contains("govuk-tabs__list-item--selected", Classes(tabs.QuerySelectorAll(".govuk-tabs__list-item")[0]));
        Assert.DoesNotContain("govuk-tabs__panel--hidden", Classes(One(tabs, "#overview")));

        // Hidden only by the JavaScript-enabled styles (.govuk-frontend-supported); without JS all panels show.
        Assert.Contains("govuk-tabs__panel--hidden", Classes(One(tabs, "#visits")));
    }

    [Fact]
    public async Task Sortable_headers_are_links_with_aria_sort()
    {
        var doc = await site.GetAsync("/Table?sort=name&dir=asc&page=3&q=smith");
        var table = One(doc, "table#children.govuk-table");
        var caption = One(table, "caption.govuk-table__caption.govuk-table__caption--m");
        Assert.Equal("Children", caption.TextContent);

        var headers = table.QuerySelectorAll("thead.govuk-table__head > tr.govuk-table__row > th.govuk-table__header");
        Assert.Equal(3, headers.Length);
        Assert.All(headers, h => Assert.Equal("col", h.GetAttribute("scope")));

        Assert.Equal("ascending", headers[0].GetAttribute("aria-sort"));
        Assert.Equal("/Table?q=smith&sort=name&dir=desc", One(headers[0], "a").GetAttribute("href"));
        Assert.Equal("none", headers[1].GetAttribute("aria-sort"));
        Assert.Equal("/Table?q=smith&sort=age&dir=asc", One(headers[1], "a").GetAttribute("href"));
        Assert.Contains("govuk-table__header--numeric", Classes(headers[1]));
        Assert.False(headers[2].HasAttribute("aria-sort"));
        Assert.Null(headers[2].QuerySelector("a"));

        var cells = table.QuerySelectorAll("tbody.govuk-table__body > tr.govuk-table__row > *");
        Assert.Equal(("TH", "row"), (cells[0].TagName, cells[0].GetAttribute("scope")));
        Assert.Equal("TD", cells[1].TagName);
        Assert.Contains("govuk-table__cell--numeric", Classes(cells[1]));
        Assert.Equal(["govuk-table__cell"], Classes(cells[2]));

        // A head with its own row is not wrapped again; sort-by / sort-direction override the query string.
        var withRow = One(doc, "#with-head-row");
        Assert.Single(withRow.QuerySelectorAll("thead > tr"));
        Assert.Empty(withRow.QuerySelectorAll("tr tr"));
        var rowHeaders = withRow.QuerySelectorAll("thead > tr > th");
        Assert.Equal(["none", "descending"], rowHeaders.Select(h => h.GetAttribute("aria-sort")!).ToArray());
        Assert.Equal("/Table?q=smith&sort=age&dir=asc", One(rowHeaders[1], "a").GetAttribute("href"));
        Assert.Equal(["Ada", "Bo & Co"], withRow.QuerySelectorAll("tbody tr > td:first-child").Select(c => c.TextContent).ToArray());

        var descending = await site.GetAsync("/Table?sort=name&dir=desc");
        var first = One(descending, "thead th");
        Assert.Equal("descending", first.GetAttribute("aria-sort"));
        Assert.Equal("/Table?sort=name&dir=asc", One(first, "a").GetAttribute("href"));
    }

    [Fact]
    public async Task Pagination_with_previous_next_numbers_and_ellipsis()
    {
        var doc = await site.GetAsync("/Table?page=3&q=smith");
        var nav = One(doc, "nav.govuk-pagination");
        Assert.Equal("Pagination", nav.GetAttribute("aria-label"));

        var previous = One(nav, ".govuk-pagination__prev a");
        Assert.Equal("prev", previous.GetAttribute("rel"));
        Assert.Equal("/Table?q=smith&page=2", previous.GetAttribute("href"));
        Assert.Equal("Previous page", previous.TextContent.Trim());
        Assert.Equal("/Table?q=smith&page=4", One(nav, ".govuk-pagination__next a[rel=next]").GetAttribute("href"));

        var items = nav.QuerySelectorAll(".govuk-pagination__list > li");
        string[] texts = [.. items.Select(li => li.TextContent.Trim())];
        Assert.Equal(["1", "2", "3", "4", "⋯", "10"], texts);
        Assert.Contains("govuk-pagination__item--ellipsis", Classes(items[4]));
        var current = One(nav, ".govuk-pagination__item--current a");
        Assert.Equal("page", current.GetAttribute("aria-current"));
        Assert.Equal("Page 3", current.GetAttribute("aria-label"));

        var templated = One(doc, "#templated");
        Assert.Null(templated.QuerySelector(".govuk-pagination__prev"));
        Assert.Equal("/children?page=2", One(templated, ".govuk-pagination__next a").GetAttribute("href"));

        // A single page has no pagination at all.
        Assert.Null(doc.QuerySelector("#single"));
    }

    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 3, "1 2 3")]
    [InlineData(1, 10, "1 2 … 10")]
    [InlineData(5, 10, "1 … 4 5 6 … 10")]
    [InlineData(4, 10, "1 2 3 4 5 … 10")]
    [InlineData(10, 10, "1 … 9 10")]
    public void Page_numbers_follow_the_design_system_guidance(int page, int count, string expected)
    {
        var numbers = TagHelpers.GovUkPaginationTagHelper.PageNumbers(page, count);
        Assert.Equal(expected, string.Join(' ', numbers.Select(n => n?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "…")));
    }
}
