using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Haven.GovUk.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Xunit;

namespace Haven.GovUk.Tests;

/// <summary>
/// Renders examples from govuk-frontend 6.6.0's own fixtures (Fixtures/*.html) with our tag helpers and compares
/// the element trees: same elements, attributes and classes (in order), same text ignoring whitespace.
/// </summary>
public sealed partial class GovUkFrontendFixtureTests
{
    private static readonly TagHelperRunner<PersonModel> Runner = new(new PersonModel());

    private static Node Item(string tag, string? value, string label, string? hint = null, string? id = null) =>
        new(new GovUkChoiceItemTagHelper { Value = value, Hint = hint, Id = id }, tag, label);

    [Fact]
    public Task Input_with_error_and_hint() => Matches("input--with-error-and-hint", new Node(
        new GovUkInputTagHelper
        {
            ViewContext = Runner.ViewContext, Name = "with-error-hint", Label = "National insurance number",
            Hint = "It’s on your National Insurance card, benefit letter, payslip or P60. For example, ‘QQ 12 34 56 C’.",
            ErrorMessage = "Enter a National Insurance number in the correct format",
        },
        "govuk-input"));

    [Fact]
    public Task Textarea_with_error_message() => Matches("textarea--with-error-message", new Node(
        new GovUkTextareaTagHelper
        {
            ViewContext = Runner.ViewContext, Name = "no-ni-reason", Label = "Why can’t you provide a National Insurance number?",
            ErrorMessage = "You must provide an explanation",
        },
        "govuk-textarea"));

    [Fact]
    public Task Select_default() => Matches("select--default", new Node(
        new GovUkSelectTagHelper { ViewContext = Runner.ViewContext, Name = "select-1", Label = "Label text goes here" },
        "govuk-select",
        new Node(new GovUkSelectItemTagHelper { Value = "1" }, "govuk-select-item", "GOV.UK frontend option 1"),
        new Node(new GovUkSelectItemTagHelper { Value = "2", Selected = true }, "govuk-select-item", "GOV.UK frontend option 2"),
        new Node(new GovUkSelectItemTagHelper { Value = "3", Disabled = true }, "govuk-select-item", "GOV.UK frontend option 3")));

    [Fact]
    public async Task Date_input_with_error_on_day()
    {
        // GOV.UK's example names the fields "day", "month", "year"; ours are "{name}.Day" … so names are not compared.
        var runner = new TagHelperRunner<PersonModel>(new PersonModel()).Error("dob.Day", "Error message goes here");
        await Matches(
            "date-input--with-error-on-day-input",
            new Node(
                new GovUkDateInputTagHelper
                {
                    ViewContext = runner.ViewContext, Name = "dob", Id = "dob-day-error", Legend = "What is your date of birth?",
                    Hint = "For example, 31 3 1980", ErrorMessage = "Error message goes here",
                },
                "govuk-date-input"),
            runner,
            ignoreAttributes: ["name"]);
    }

    [Fact]
    public Task Radios_with_hints_on_items_and_legend_as_page_heading() => Matches("radios--with-hints-on-items", new Node(
        new GovUkRadiosTagHelper { ViewContext = Runner.ViewContext, Name = "gov", Legend = "How do you want to sign in?", IsPageHeading = true },
        "govuk-radios",
        Item("govuk-radios-item", "gateway", "Sign in with Government Gateway", "You’ll have a user ID if you’ve registered for Self Assessment or filed a tax return online before.", "gateway"),
        Item("govuk-radios-item", "verify", "Sign in with GOV.UK Verify", "You’ll have an account if you’ve already proved your identity with either Barclays, CitizenSafe, Digidentity, Experian, Post Office, Royal Mail or SecureIdentity.", "verify")));

    [Fact]
    public Task Checkboxes_with_error_message() => Matches("checkboxes--with-error-message", new Node(
        new GovUkCheckboxesTagHelper
        {
            ViewContext = Runner.ViewContext, Name = "waste", Legend = "Which types of waste do you transport regularly?",
            ErrorMessage = "Please select an option",
        },
        "govuk-checkboxes",
        Item("govuk-checkboxes-item", "animal", "Waste from animal carcasses", "Nullam id dolor id nibh ultricies vehicula ut id elit."),
        Item("govuk-checkboxes-item", "mines", "Waste from mines or quarries", "Nullam id dolor id nibh ultricies vehicula ut id elit."),
        Item("govuk-checkboxes-item", "farm", "Farm or agricultural waste", "Nullam id dolor id nibh ultricies vehicula ut id elit.")));

    [Fact]
    public async Task Error_summary_default()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel())
            .Error("example-error-1", "The date your passport was issued must be in the past")
            .Error("example-error-2", "Enter a postcode, like AA1 1AA");
        await Matches("error-summary--default", new Node(new GovUkErrorSummaryTagHelper { ViewContext = runner.ViewContext }, "govuk-error-summary"), runner);
    }

    [Fact]
    public Task Fieldset_as_page_heading() => Matches("fieldset--as-page-heading-l", new Node(
        new GovUkFieldsetTagHelper { Legend = "What is your address?", IsPageHeading = true }, "govuk-fieldset"));

    [Fact]
    public Task Summary_list_default() => Matches("summary-list--default", new Node(
        new GovUkSummaryListTagHelper(),
        "govuk-summary-list",
        new Node(new GovUkSummaryListRowTagHelper { Key = "Name", Value = "Firstname Lastname" }, "govuk-summary-list-row"),
        new Node(new GovUkSummaryListRowTagHelper { Key = "Date of birth", Value = "13/08/1980" }, "govuk-summary-list-row"),
        new Node(
            new GovUkSummaryListRowTagHelper { Key = "Contact information" },
            "govuk-summary-list-row",
            new Node(
                new GovUkSummaryListRowPartTagHelper(),
                "govuk-summary-list-row-value",
                "<p class=\"govuk-body\">email@email.com</p><p class=\"govuk-body\">Address line 1<br>Address line 2<br>Address line 3<br>Address line 4<br>Address line 5</p>"))));

    [Fact]
    public Task Notification_banner_default() => Matches("notification-banner--default", new Node(
        new GovUkNotificationBannerTagHelper { Text = "This publication was withdrawn on 7 March 2014." }, "govuk-notification-banner"));

    [Fact]
    public Task Pagination_default() => Matches(
        "pagination--default",
        new Node(new GovUkPaginationTagHelper { Page = 2, PageCount = 3, HrefTemplate = "/page/{page}" }, "govuk-pagination"),
        ignoreAttributes: ["href"]);

    [Fact]
    public Task Button_default() => Matches("button--default", new Node(new GovUkButtonTagHelper(), "govuk-button", "Save and continue"));

    [Fact]
    public Task Tag_default() => Matches("tag--default", new Node(new GovUkTagTagHelper(), "govuk-tag", "Alpha"));

    [Fact]
    public Task Back_link_default() => Matches("back-link--default", new Node(new GovUkBackLinkTagHelper(), "govuk-back-link"));

    [Fact]
    public Task Inset_text_default() => Matches("inset-text--default", new Node(
        new GovUkInsetTextTagHelper(), "govuk-inset-text",
        "It can take up to 8 weeks to register a lasting power of attorney if there are no mistakes in the application."));

    [Fact]
    public Task Warning_text_default() => Matches("warning-text--default", new Node(
        new GovUkWarningTextTagHelper(), "govuk-warning-text", "You can be fined up to £5,000 if you don’t register."));

    [Fact]
    public Task Details_default() => Matches("details--default", new Node(
        new GovUkDetailsTagHelper { Summary = "Help with nationality" }, "govuk-details",
        "We need to know your nationality so we can work out which elections you’re entitled to vote in. If you can’t provide your nationality, you’ll have to send copies of identity documents through the post."));

    private static async Task Matches(string fixture, Node node, TagHelperRunner<PersonModel>? runner = null, string[]? ignoreAttributes = null)
    {
        var expectedHtml = await File.ReadAllTextAsync(
            Path.Combine(AppContext.BaseDirectory, "Fixtures", fixture + ".html"), TestContext.Current.CancellationToken);
        var expected = await TestSite.Parse("<!DOCTYPE html><html><body>" + expectedHtml + "</body></html>");
        var actual = await (runner ?? Runner).RenderAsync(node);
        var ignore = new HashSet<string>(ignoreAttributes ?? [], StringComparer.OrdinalIgnoreCase);
        Assert.Equal(Canonical(expected.Body!, ignore), Canonical(actual.Body!, ignore));
    }

    /// <summary>One line per element and text node, indented by depth; attributes sorted by name.</summary>
    private static string Canonical(INode root, HashSet<string> ignore)
    {
        var text = new StringBuilder();
        Walk(root, 0);
        return text.ToString();

        void Walk(INode node, int depth)
        {
            foreach (var child in node.ChildNodes)
            {
                switch (child)
                {
                    case IElement element:
                        text.Append(' ', depth * 2).Append('<').Append(element.LocalName);
                        foreach (var attribute in element.Attributes.Where(a => !ignore.Contains(a.Name)).OrderBy(a => a.Name, StringComparer.Ordinal))
                        {
                            text.Append(' ').Append(attribute.Name).Append("=\"").Append(Whitespace().Replace(attribute.Value, " ").Trim()).Append('"');
                        }

                        text.Append(">\n");
                        Walk(element, depth + 1);
                        break;
                    case IText t when !string.IsNullOrWhiteSpace(t.Data):
                        text.Append(' ', depth * 2).Append(Whitespace().Replace(t.Data, " ").Trim()).Append('\n');
                        break;
                }
            }
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
