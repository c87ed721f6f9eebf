namespace Haven.GovUk.TagHelpers;

internal sealed class SummaryListRow
{
    public IHtmlContent? Key { get; set; }

    public string? KeyClass { get; set; }

    public IHtmlContent? Value { get; set; }

    public string? ValueClass { get; set; }

    public string? RowClass { get; set; }

    public List<SummaryListAction> Actions { get; } = [];
}

internal sealed record SummaryListAction(string Href, IHtmlContent Content, string? VisuallyHiddenText, string? Classes);

internal sealed class SummaryListRows : List<SummaryListRow>;

internal sealed class SummaryCardActions : List<SummaryListAction>;

/// <summary>
/// <c>&lt;govuk-summary-list&gt;&lt;govuk-summary-list-row&gt;&lt;govuk-summary-list-row-key&gt;Name&lt;/…&gt;&lt;govuk-summary-list-row-value&gt;…&lt;/…&gt;&lt;govuk-summary-list-row-action href="…" visually-hidden-text="name"&gt;Change&lt;/…&gt;&lt;/govuk-summary-list-row&gt;&lt;/govuk-summary-list&gt;</c>.
/// With <c>card-title</c> it is wrapped in a summary card (actions: <c>&lt;govuk-summary-card-action&gt;</c>).
/// </summary>
[HtmlTargetElement("govuk-summary-list")]
public sealed class GovUkSummaryListTagHelper : TagHelper
{
    /// <summary>Wraps the list in a GOV.UK summary card with this title.</summary>
    public string? CardTitle { get; set; }

    public int CardHeadingLevel { get; set; } = 2;

    /// <summary>Removes the row separators (govuk-summary-list--no-border).</summary>
    public bool NoBorder { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var rows = new SummaryListRows();
        var cardActions = new SummaryCardActions();
        context.Items[typeof(SummaryListRows)] = rows;
        context.Items[typeof(SummaryCardActions)] = cardActions;
        await output.GetChildContentAsync();

        var anyRowHasActions = rows.Any(r => r.Actions.Count > 0);
        var list = new Markup();
        list.Open(
            "dl",
            new Attrs().Class("govuk-summary-list", NoBorder ? "govuk-summary-list--no-border" : null, Css.FromOutput(output)),
            [.. output.Attributes.Where(a => !a.Name.Equals("class", StringComparison.OrdinalIgnoreCase))]);
        foreach (var row in rows)
        {
            list.Open("div", new Attrs().Class(
                "govuk-summary-list__row",
                anyRowHasActions && row.Actions.Count == 0 ? "govuk-summary-list__row--no-actions" : null,
                row.RowClass));
            list.Open("dt", new Attrs().Class("govuk-summary-list__key", row.KeyClass)).Content(row.Key).Close("dt");
            list.Open("dd", new Attrs().Class("govuk-summary-list__value", row.ValueClass)).Content(row.Value).Close("dd");
            if (row.Actions.Count > 0)
            {
                list.Open("dd", new Attrs().Class("govuk-summary-list__actions"));
                if (row.Actions.Count == 1)
                {
                    ActionLink(list, row.Actions[0], CardTitle);
                }
                else
                {
                    list.Open("ul", new Attrs().Class("govuk-summary-list__actions-list"));
                    foreach (var action in row.Actions)
                    {
                        list.Open("li", new Attrs().Class("govuk-summary-list__actions-list-item"));
                        ActionLink(list, action, CardTitle);
                        list.Close("li");
                    }

                    list.Close("ul");
                }

                list.Close("dd");
            }

            list.Close("div");
        }

        list.Close("dl");

        Markup m;
        if (CardTitle is null)
        {
            m = list;
        }
        else
        {
            var level = Math.Clamp(CardHeadingLevel, 1, 6);
            m = new Markup();
            m.Open("div", new Attrs().Class("govuk-summary-card"))
                .Open("div", new Attrs().Class("govuk-summary-card__title-wrapper"))
                .Open($"h{level}", new Attrs().Class("govuk-summary-card__title")).Text(CardTitle).Close($"h{level}");
            if (cardActions.Count == 1)
            {
                m.Open("div", new Attrs().Class("govuk-summary-card__actions"));
                ActionLink(m, cardActions[0], CardTitle);
                m.Close("div");
            }
            else if (cardActions.Count > 1)
            {
                m.Open("ul", new Attrs().Class("govuk-summary-card__actions"));
                foreach (var action in cardActions)
                {
                    m.Open("li", new Attrs().Class("govuk-summary-card__action"));
                    ActionLink(m, action, CardTitle);
                    m.Close("li");
                }

                m.Close("ul");
            }

            m.Close("div")
                .Open("div", new Attrs().Class("govuk-summary-card__content"))
                .Raw(list.ToString())
                .Close("div")
                .Close("div");
        }

        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(m.ToHtml());
    }

    private static void ActionLink(Markup m, SummaryListAction action, string? cardTitle)
    {
        m.Open("a", new Attrs().Class("govuk-link", action.Classes).Add("href", action.Href)).Content(action.Content);
        if (!string.IsNullOrEmpty(action.VisuallyHiddenText) || cardTitle is not null)
        {
            m.Open("span", new Attrs().Class("govuk-visually-hidden"));
            if (!string.IsNullOrEmpty(action.VisuallyHiddenText))
            {
                m.Raw(" ").Text(action.VisuallyHiddenText);
            }

            if (cardTitle is not null)
            {
                m.Raw(" (").Text(cardTitle).Raw(")");
            }

            m.Close("span");
        }

        m.Close("a");
    }
}

/// <summary>
/// <c>&lt;govuk-summary-list-row&gt;</c>: a row with key, value and actions children, or the short form
/// <c>&lt;govuk-summary-list-row key="Name" value="Sam" /&gt;</c>.
/// </summary>
[HtmlTargetElement("govuk-summary-list-row", ParentTag = "govuk-summary-list")]
public sealed class GovUkSummaryListRowTagHelper : TagHelper
{
    public string? Key { get; set; }

    public string? Value { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var row = new SummaryListRow
        {
            Key = Key is null ? null : new HtmlContentBuilder().Append(Key),
            Value = Value is null ? null : new HtmlContentBuilder().Append(Value),
            RowClass = Css.FromOutput(output),
        };
        context.Items[typeof(SummaryListRow)] = row;
        await output.GetChildContentAsync();
        context.GiveToEnclosing<SummaryListRows, SummaryListRow>(output, row);
    }
}

/// <summary><c>&lt;govuk-summary-list-row-key&gt;</c> and <c>&lt;govuk-summary-list-row-value&gt;</c>: the row's key and value (any HTML).</summary>
[HtmlTargetElement("govuk-summary-list-row-key", ParentTag = "govuk-summary-list-row")]
[HtmlTargetElement("govuk-summary-list-row-value", ParentTag = "govuk-summary-list-row")]
public sealed class GovUkSummaryListRowPartTagHelper : TagHelper
{
    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        if (context.Enclosing<SummaryListRow>() is { } row)
        {
            if (context.TagName == "govuk-summary-list-row-key")
            {
                row.Key = content;
                row.KeyClass = Css.FromOutput(output);
            }
            else
            {
                row.Value = content;
                row.ValueClass = Css.FromOutput(output);
            }
        }

        output.SuppressOutput();
    }
}

/// <summary>
/// <c>&lt;govuk-summary-list-row-action href="/change/name" visually-hidden-text="name"&gt;Change&lt;/…&gt;</c> (in a row) and
/// <c>&lt;govuk-summary-card-action&gt;</c> (in a list with card-title).
/// </summary>
[HtmlTargetElement("govuk-summary-list-row-action", ParentTag = "govuk-summary-list-row")]
[HtmlTargetElement("govuk-summary-card-action", ParentTag = "govuk-summary-list")]
public sealed class GovUkSummaryListActionTagHelper : TagHelper
{
    public string Href { get; set; } = "#";

    public string? VisuallyHiddenText { get; set; }

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var content = await output.GetChildContentAsync();
        var action = new SummaryListAction(Href, content, VisuallyHiddenText, Css.FromOutput(output));
        if (context.TagName == "govuk-summary-card-action")
        {
            if (context.Enclosing<SummaryCardActions>() is { } actions)
            {
                actions.Add(action);
            }
        }
        else if (context.Enclosing<SummaryListRow>() is { } row)
        {
            row.Actions.Add(action);
        }

        output.SuppressOutput();
    }
}
