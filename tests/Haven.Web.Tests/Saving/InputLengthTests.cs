using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Haven.Domain.Access;
using Haven.Web.Tests.Infrastructure;

namespace Haven.Web.Tests.Saving;

/// <summary>
/// Every text field of every form (found the way <see cref="FormFuzzTests{TFactory}"/> finds them) gets a value longer
/// than any column, with the rest of the form as the page filled it in. Each must be refused by that field with a
/// GOV.UK message naming its limit, with what was typed shown again and nothing saved. Then the field gets exactly
/// its limit: the limit must fit the column it ends up in (on PostgreSQL a longer value would be a server error).
/// </summary>
public abstract partial class InputLengthTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    /// <summary>Longer than the longest column any form field reaches.</summary>
    private const int OverLong = 20_001;

    [Fact]
    public async Task Every_text_field_of_every_form_refuses_a_value_over_its_limit_by_the_field_and_takes_one_at_its_limit()
    {
        var contexts = await FormFuzzTests<TFactory>.WorldAsync(app);
        var clients = new List<(string Role, HttpClient Client)> { ("signed out", app.CreateClient(new() { AllowAutoRedirect = false })) };
        foreach (var role in new[] { Role.TeamManager, Role.SystemAdministrator, Role.ServiceManager, Role.BusinessSupport, Role.IndependentReviewingOfficer, Role.SocialWorker })
        {
            clients.Add((role.ToString(), await app.SignInAsync(await app.CreateUserAsync($"Length {role}", role))));
        }
        var forms = await FormFuzzTests<TFactory>.FormsAsync(app, contexts, clients);
        Assert.True(forms.Count >= 40, $"only {forms.Count} forms were reached");

        var problems = new List<string>();
        var fieldsTried = 0;
        var counts = await FormFuzzTests<TFactory>.CountsAsync(app);
        foreach (var form in forms)
        {
            var page = await form.Client.GetAsync(form.PageUrl);
            if (page.StatusCode != HttpStatusCode.OK)
            {
                continue;
            }
            var html = (await page.ReadDocumentAsync()).QuerySelectorAll("main form").OfType<IHtmlFormElement>()
                .FirstOrDefault(f => (f.GetAttribute("action") is { Length: > 0 } a ? a : form.PageUrl) == form.Action);
            if (html is null)
            {
                continue;
            }
            foreach (var (field, secret) in TextFields(html))
            {
                fieldsTried++;
                var where = $"{form.Role} POST {form.Action} {field}";

                var refused = await form.Client.PostAsync(form.Action, new FormUrlEncodedContent(Filled(html, field, new string('x', OverLong))));
                var body = await refused.Content.ReadAsStringAsync();
                var after = await FormFuzzTests<TFactory>.CountsAsync(app);
                var changed = after.Where(c => counts[c.Key] != c.Value).Select(c => c.Key).ToList();
                counts = after;
                var limit = Limit().Match(body);
                if ((int)refused.StatusCode is not (200 or 400) || !limit.Success)
                {
                    problems.Add($"{where}: {(int)refused.StatusCode}, {(limit.Success ? "" : "no length error")}");
                    continue;
                }
                if (changed.Count > 0)
                {
                    problems.Add($"{where}: refused but changed {string.Join(", ", changed)}");
                }
                // A password is never shown again (GOV.UK); everything else is, as typed.
                if (!secret && !body.Contains(new string('x', OverLong), StringComparison.Ordinal))
                {
                    problems.Add($"{where}: what was typed is not shown again");
                }

                // Exactly the limit the page named: never a server error (the column must hold it), never refused for length.
                var max = int.Parse(limit.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
                var taken = await form.Client.PostAsync(form.Action, new FormUrlEncodedContent(Filled(html, field, new string('x', max))));
                var takenBody = await taken.Content.ReadAsStringAsync();
                counts = await FormFuzzTests<TFactory>.CountsAsync(app);
                // A page's own rule may be stricter ("Your name must be 100 characters or fewer"): that is its message by
                // the field, not a failure; the form check refusing its own limit, or a server error, would be.
                var refusal = LengthErrors(body);
                if ((int)taken.StatusCode >= 500 || LengthErrors(takenBody).Intersect(refusal).Any())
                {
                    problems.Add($"{where}: {max} characters gave {(int)taken.StatusCode} {string.Join("; ", LengthErrors(takenBody))}");
                }
            }

            // The form as the page filled it in must not be refused for length: what the page shows, it must take back.
            // Last, because it is a good answer that may save (a history marked read, an action done) and end the form.
            var asFilled = await form.Client.PostAsync(form.Action, new FormUrlEncodedContent(Filled(html, "", "")[..^1]));
            var asFilledBody = await asFilled.Content.ReadAsStringAsync();
            counts = await FormFuzzTests<TFactory>.CountsAsync(app);
            if ((int)asFilled.StatusCode >= 500 || Limit().IsMatch(asFilledBody))
            {
                problems.Add($"{form.Role} POST {form.Action} as the page filled it in: {(int)asFilled.StatusCode} {string.Join("; ", LengthErrors(asFilledBody))}");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{fieldsTried} text fields in {forms.Count} forms");
        Assert.True(fieldsTried >= 60, $"only {fieldsTried} text fields were tried");
        Assert.True(problems.Count == 0, $"{problems.Count} problems in {fieldsTried} fields:\n" + string.Join("\n", problems.Take(80)));
    }

    private static List<string> LengthErrors(string body) =>
        Html.ErrorSummary(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(body)).Where(e => Limit().IsMatch(e)).ToList();

    [GeneratedRegex(@"must be ([\d,]+) characters or fewer")]
    private static partial Regex Limit();

    private static readonly HashSet<string> TextTypes = new(StringComparer.OrdinalIgnoreCase) { "", "text", "email", "tel", "search", "password", "url", "number" };

    /// <summary>The fields a person types into: text-like inputs (date parts included) and text areas.</summary>
    private static List<(string Name, bool Secret)> TextFields(IHtmlFormElement form) =>
        form.QuerySelectorAll("input, textarea")
            .Where(e => e is IHtmlTextAreaElement || (e is IHtmlInputElement i && TextTypes.Contains(i.GetAttribute("type") ?? "")))
            .Where(e => !string.IsNullOrEmpty(e.GetAttribute("name")))
            // Never shown again: a password (GOV.UK), a one-time code, and the public form's honeypot, which no person
            // reaches (tabindex -1).
            .Select(e => (e.GetAttribute("name")!, string.Equals(e.GetAttribute("type"), "password", StringComparison.OrdinalIgnoreCase)
                || e.GetAttribute("autocomplete") == "one-time-code" || e.GetAttribute("tabindex") == "-1"))
            .DistinctBy(f => f.Item1).ToList();

    /// <summary>The form as the page filled it in (hidden fields, values, checked choices, selected options), with one field replaced.</summary>
    private static List<KeyValuePair<string, string>> Filled(IHtmlFormElement form, string field, string value)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input, textarea, select"))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || name == field)
            {
                continue;
            }
            switch (element)
            {
                case IHtmlInputElement input when input.Type is "radio" or "checkbox":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }
                    break;
                case IHtmlInputElement input when input.Type is "submit" or "button" or "file":
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
            }
        }
        fields.Add(new(field, value));
        return fields;
    }
}

public sealed class InputLengthTestsOnSqlite(SqliteAppFactory app) : InputLengthTests<SqliteAppFactory>(app);

public sealed class InputLengthTestsOnPostgres(PostgresAppFactory app) : InputLengthTests<PostgresAppFactory>(app);
