using AngleSharp.Dom;
using Haven.GovUk.TagHelpers;
using Haven.GovUk.Tests.Pages;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Xunit;

namespace Haven.GovUk.Tests;

/// <summary>Tag helpers run directly with a TagHelperContext, a ViewContext and ModelExpressions.</summary>
public sealed class DirectRenderTests
{
    private static IElement One(IParentNode node, string selector) =>
        node.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"Nothing matches {selector}");

    [Fact]
    public async Task Input_with_an_error_keeps_the_attempted_value_and_describes_itself()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel { Name = "model value" })
            .Attempted("Name", "Typed <value>")
            .Error("Name", "Full name must be 35 characters or fewer");
        var input = new GovUkInputTagHelper { For = runner.For(m => m.Name), ViewContext = runner.ViewContext, Width = "one-half" };

        var doc = await runner.RenderAsync(new Node(input, "govuk-input", new TagHelperAttributeList { { "data-test", "x" } }));

        var field = One(doc, "input#Name");
        Assert.Equal("Typed <value>", field.GetAttribute("value"));
        Assert.Equal("Name-hint Name-error", field.GetAttribute("aria-describedby"));
        Assert.Equal(["govuk-input", "govuk-!-width-one-half", "govuk-input--error"], field.ClassList.ToArray());
        Assert.Equal("x", field.GetAttribute("data-test"));
        Assert.Equal("Full name", One(doc, "label[for=Name]").TextContent);
        Assert.Equal("As on their birth certificate", One(doc, "#Name-hint").TextContent);
        Assert.Equal("Error: Full name must be 35 characters or fewer", One(doc, "#Name-error").TextContent.Trim());
    }

    [Fact]
    public async Task Names_and_ids_follow_the_html_field_prefix()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel());
        runner.ViewData.TemplateInfo.HtmlFieldPrefix = "Children[2]";
        var input = new GovUkInputTagHelper { For = runner.For(m => m.Name), ViewContext = runner.ViewContext };

        var doc = await runner.RenderAsync(new Node(input, "govuk-input"));

        var field = One(doc, "input");
        Assert.Equal("Children[2].Name", field.GetAttribute("name"));
        Assert.Equal("Children_2__Name", field.Id);
    }

    [Fact]
    public async Task Label_and_hint_children_give_rich_content()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel());
        var input = new GovUkInputTagHelper { For = runner.For(m => m.Name), ViewContext = runner.ViewContext };
        var doc = await runner.RenderAsync(new Node(
            input,
            "govuk-input",
            new Node(new GovUkLabelTagHelper { IsPageHeading = true }, "govuk-label", "What is the <em>child's</em> name?"),
            new Node(new GovUkHintTagHelper(), "govuk-hint", "Their <strong>legal</strong> name")));

        Assert.Equal("child's", One(doc, "h1.govuk-label-wrapper label.govuk-label--l em").TextContent);
        Assert.Equal("legal", One(doc, "#Name-hint strong").TextContent);
    }

    [Fact]
    public async Task Textarea_keeps_a_leading_newline()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel()).Attempted("Notes", "\nSecond line");
        var textarea = new GovUkTextareaTagHelper { For = runner.For(m => m.Notes), ViewContext = runner.ViewContext };
        var doc = await runner.RenderAsync(new Node(textarea, "govuk-textarea"));
        Assert.Equal("\nSecond line", One(doc, "textarea").TextContent);
    }

    [Fact]
    public async Task Date_part_errors_in_model_state_flag_just_those_parts()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel())
            .Attempted("Dob.Day", "12")
            .Attempted("Dob.Month", "13")
            .Attempted("Dob.Year", "2020")
            .Error("Dob.Month", "Date of birth must be a real date");
        var date = new GovUkDateInputTagHelper { For = runner.For(m => m.Dob), ViewContext = runner.ViewContext, Legend = "Date of birth" };

        var doc = await runner.RenderAsync(new Node(date, "govuk-date-input"));

        string[] flagged = [.. doc.QuerySelectorAll(".govuk-input--error").Select(e => e.Id!)];
        Assert.Equal(["Dob-month"], flagged);
        Assert.Equal("13", One(doc, "#Dob-month").GetAttribute("value"));
        Assert.Equal("Error: Date of birth must be a real date", One(doc, "#Dob-error").TextContent.Trim());
        Assert.Equal("Dob-error", One(doc, "fieldset").GetAttribute("aria-describedby"));

        var summary = new GovUkErrorSummaryTagHelper { ViewContext = runner.ViewContext };
        var summaryDoc = await runner.RenderAsync(new Node(summary, "govuk-error-summary"));
        var link = One(summaryDoc, ".govuk-error-summary__list a");
        Assert.Equal("#Dob-month", link.GetAttribute("href"));
    }

    [Fact]
    public async Task Date_input_shows_a_date_from_the_model()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel { Dob = DateInput.From(new DateOnly(2007, 3, 27)) });
        var date = new GovUkDateInputTagHelper { For = runner.For(m => m.Dob), ViewContext = runner.ViewContext, IsPageHeading = true };
        var doc = await runner.RenderAsync(new Node(date, "govuk-date-input"));
        Assert.Equal(["27", "3", "2007"], doc.QuerySelectorAll("input").Select(i => i.GetAttribute("value")!).ToArray());
        Assert.Equal("Dob", One(doc, "legend.govuk-fieldset__legend--l h1.govuk-fieldset__heading").TextContent);
        Assert.Empty(doc.QuerySelectorAll(".govuk-input--error"));
    }

    [Fact]
    public async Task Error_summary_renders_nothing_when_model_state_is_valid()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel()).Attempted("Name", "Ada");
        var doc = await runner.RenderAsync(new Node(new GovUkErrorSummaryTagHelper { ViewContext = runner.ViewContext }, "govuk-error-summary"));
        Assert.Equal(string.Empty, doc.Body!.InnerHtml.Trim());
    }

    [Fact]
    public async Task Error_summary_lists_model_errors_without_links_and_extra_items()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel())
            .Error("Name", "Enter full name")
            .Error("Name", "A second error is not repeated")
            .Error(string.Empty, "The record was changed by someone else");
        var summary = new GovUkErrorSummaryTagHelper { ViewContext = runner.ViewContext, Title = "Check the record", DisableAutoFocus = true };
        var doc = await runner.RenderAsync(new Node(
            summary,
            "govuk-error-summary",
            new Node(new GovUkErrorSummaryItemTagHelper { Href = "#upload" }, "govuk-error-summary-item", "Select a file")));

        Assert.Equal("true", One(doc, ".govuk-error-summary").GetAttribute("data-disable-auto-focus"));
        Assert.Equal("Check the record", One(doc, ".govuk-error-summary__title").TextContent);
        string[] items = [.. doc.QuerySelectorAll(".govuk-error-summary__list li").Select(li => li.TextContent.Trim())];
        Assert.Equal(["The record was changed by someone else", "Enter full name", "Select a file"], items);
        Assert.Null(doc.QuerySelectorAll(".govuk-error-summary__list li")[0].QuerySelector("a"));
        Assert.Equal("#Name", doc.QuerySelectorAll(".govuk-error-summary__list li")[1].QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Single_checkbox_bound_to_a_bool_without_a_fieldset()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel { Agree = true });
        var checkboxes = new GovUkCheckboxesTagHelper { For = runner.For(m => m.Agree), ViewContext = runner.ViewContext, Fieldset = false };
        var doc = await runner.RenderAsync(new Node(
            checkboxes,
            "govuk-checkboxes",
            new Node(new GovUkChoiceItemTagHelper { Value = "true" }, "govuk-checkboxes-item", "I confirm the details are correct")));

        Assert.Null(doc.QuerySelector("fieldset"));
        var box = One(doc, "input#Agree[type=checkbox]");
        Assert.True(box.HasAttribute("checked"));
        Assert.Equal("Agree", box.GetAttribute("name"));
    }

    [Fact]
    public async Task Radios_bound_to_an_enum_and_checkboxes_to_an_enum_list()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel { Contact = ContactMethod.Post, Methods = [ContactMethod.Email, ContactMethod.Post] });
        var radios = new GovUkRadiosTagHelper { For = runner.For(m => m.Contact), ViewContext = runner.ViewContext, Inline = true };
        var radiosDoc = await runner.RenderAsync(new Node(
            radios,
            "govuk-radios",
            new Node(new GovUkChoiceItemTagHelper { Value = "Email" }, "govuk-radios-item", "Email"),
            new Node(new GovUkChoiceItemTagHelper { Value = "Post", Label = "By post" }, "govuk-radios-item")));
        Assert.Equal(["govuk-radios", "govuk-radios--inline"], One(radiosDoc, "[data-module=govuk-radios]").ClassList.ToArray());
        Assert.True(One(radiosDoc, "#Contact-2").HasAttribute("checked"));
        Assert.False(One(radiosDoc, "#Contact").HasAttribute("checked"));
        Assert.Equal("By post", One(radiosDoc, "label[for=Contact-2]").TextContent);

        var checkboxes = new GovUkCheckboxesTagHelper { For = runner.For(m => m.Methods), ViewContext = runner.ViewContext };
        var checkboxesDoc = await runner.RenderAsync(new Node(
            checkboxes,
            "govuk-checkboxes",
            new Node(new GovUkChoiceItemTagHelper { Value = "Email" }, "govuk-checkboxes-item", "Email"),
            new Node(new GovUkChoiceItemTagHelper { Value = "Phone" }, "govuk-checkboxes-item", "Phone"),
            new Node(new GovUkChoiceItemTagHelper { Value = "Post" }, "govuk-checkboxes-item", "Post")));
        string[] ticked = [.. checkboxesDoc.QuerySelectorAll("input[checked]").Select(i => i.GetAttribute("value")!)];
        Assert.Equal(["Email", "Post"], ticked);
    }

    [Fact]
    public async Task Checkboxes_without_a_fieldset_describe_each_item()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel()).Error("Agree", "Confirm the details are correct");
        var checkboxes = new GovUkCheckboxesTagHelper
        {
            For = runner.For(m => m.Agree), ViewContext = runner.ViewContext, Fieldset = false, Hint = "You must confirm",
        };
        var doc = await runner.RenderAsync(new Node(
            checkboxes,
            "govuk-checkboxes",
            new Node(new GovUkChoiceItemTagHelper { Value = "true", Hint = "Tick to confirm" }, "govuk-checkboxes-item", "I confirm")));
        Assert.Equal("Agree-hint Agree-error Agree-item-hint", One(doc, "#Agree").GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task Passwords_are_not_shown_back()
    {
        var runner = new TagHelperRunner<PersonModel>(new PersonModel()).Attempted("Name", "secret").Error("Name", "Enter a longer password");
        var input = new GovUkInputTagHelper { For = runner.For(m => m.Name), ViewContext = runner.ViewContext, Type = "password" };
        var doc = await runner.RenderAsync(new Node(input, "govuk-input"));
        Assert.False(One(doc, "input[type=password]").HasAttribute("value"));
    }

    [Fact]
    public void Unknown_input_width_is_a_mistake()
    {
        Assert.Throws<InvalidOperationException>(() => GovUkInputTagHelper.WidthClass("huge"));
        Assert.Equal("govuk-input--width-10", GovUkInputTagHelper.WidthClass("10"));
    }
}
