using Haven.Domain.Rules;
using Haven.Web.Features.People.Record;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Haven.Web.Tests.People;

/// <summary>How a record page turns a rule's problems into the errors the GOV.UK error summary and fields show.</summary>
public sealed class PersonPageModelErrorTests
{
    [Fact]
    public void A_whole_form_message_is_shown_after_a_field_error()
    {
        var page = new ErrorsPage();
        page.Show(new RuleResult()
            .Add("StartDate", "Enter the start date")
            .Add("", "This child already has an open episode"));

        Assert.Equal(["This child already has an open episode"], page.Messages(""));
        Assert.Equal(["Enter the start date"], page.Messages("StartDate"));
    }

    [Fact]
    public void Every_whole_form_message_is_kept_not_only_the_first()
    {
        var page = new ErrorsPage();
        page.Show(new RuleResult().Add("", "This child already has an open episode"));
        page.Show(new RuleResult().Add("", "The plan was ended on 3 November 2026"));

        Assert.Equal(["This child already has an open episode", "The plan was ended on 3 November 2026"], page.Messages(""));
    }

    [Fact]
    public void A_field_already_in_error_keeps_its_first_message()
    {
        var page = new ErrorsPage();
        page.ModelState.AddModelError("StartDate", "Start date must be a real date");
        page.Show(new RuleResult().Add("StartDate", "Enter the start date"));

        Assert.Equal(["Start date must be a real date"], page.Messages("StartDate"));
    }

    private sealed class ErrorsPage : PersonPageModel
    {
        public ErrorsPage()
            : base(null!, TimeProvider.System) => PageContext = new PageContext();

        public void Show(RuleResult result) => AddErrors(result);

        public string[] Messages(string key) =>
            ModelState.TryGetValue(key, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];
    }
}
