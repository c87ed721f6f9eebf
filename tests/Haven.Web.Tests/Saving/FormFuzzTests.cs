using System.Data.Common;
using System.Diagnostics;
using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Haven.Data;
using Haven.Data.Demo;
using Haven.Domain.Access;
using Haven.Web.Tests.Authorisation;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Haven.Web.Tests.Saving;

/// <summary>
/// A bounded fuzz test: every POST form of every Razor page, reached on a small demo authority as a role that can
/// open it, gets generated bad input (overlong strings, bad dates, missing fields, wrong types, script tags, unicode
/// edge cases, negative and huge numbers, bad ids). No answer may be a server error, and a refused post may leave
/// no trace in the case tables (their row counts are compared before and after each refused post).
/// </summary>
public abstract class FormFuzzTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private const int Posts = 1_050;

    // Tables a refused post may still touch: the record filter logs every view of a record, and Identity keeps
    // sign-in bookkeeping. Everything else is case data or accounts, and must not change on a refusal.
    private static readonly HashSet<string> LoggedOnEveryRequest = new(StringComparer.OrdinalIgnoreCase) { "record_views", "record_numbers" };

    private static readonly string[] BadValues =
    [
        "", "   ", new string('x', 100_000), new string('9', 5_000),
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; DROP TABLE people; --", "{{7*7}}", "${jndi:ldap://x}",
        "-1", "0", "-2147483649", "2147483648", "99999999999999999999999999", "1e309", "NaN", "-0", "3.5", "0x1F",
        "31", "32", "13", "0000", "99999", "2026-02-30", "30/02/2026", "29 February 2027", "10:61", "25:00",
        "not-a-guid", "00000000-0000-0000-0000-000000000000", "c0ffee00-0000-4000-8000-000000000000", "{}", "[]",
        "true", "false", "maybe", "null", "undefined", "on",
        "\u202Eevil\u202C", "ｆｕｌｌｗｉｄｔｈ", "t̸̢̛e̵x̴t̷", "👩‍👩‍👧‍👦", "\u0000", "\uFEFF", "e\u0301", "\uFFFD", "İıǅ", "\r\n\r\n", "%00", "../../etc/passwd",
    ];

    internal sealed record Form(string PageUrl, string Action, HttpClient Client, string Role, Dictionary<string, string> Hidden, List<string> Fields);

    [Fact]
    public async Task A_thousand_bad_inputs_across_every_form_give_no_server_error_and_save_nothing_half_way()
    {
        var watch = Stopwatch.StartNew();
        var contexts = await WorldAsync(app);
        var clients = new List<(string Role, HttpClient Client)> { ("signed out", app.CreateClient(new() { AllowAutoRedirect = false })) };
        foreach (var role in new[] { Role.TeamManager, Role.SystemAdministrator, Role.ServiceManager, Role.BusinessSupport, Role.IndependentReviewingOfficer, Role.SocialWorker })
        {
            clients.Add((role.ToString(), await app.SignInAsync(await app.CreateUserAsync($"Fuzz {role}", role))));
        }

        var setUp = watch.Elapsed;
        var forms = await FormsAsync(app, contexts, clients);
        Assert.True(forms.Count >= 40, $"only {forms.Count} forms were reached: {string.Join(", ", forms.Select(f => f.Action))}");
        var found = watch.Elapsed;

        var random = new Random(20261205);
        var serverErrors = new List<string>();
        var halfSaved = new List<string>();
        var counts = await CountsAsync(app);
        var perForm = (Posts + forms.Count - 1) / forms.Count;
        var posted = 0;
        // Posts the page itself answered (its errors, a conflict, or a saved change), not antiforgery or routing:
        // if few get that far the test would be fuzzing the front door only.
        var answeredByThePage = 0;
        var statuses = new SortedDictionary<int, int>();
        foreach (var form in forms)
        {
            for (var i = 0; i < perForm; i++)
            {
                var fields = Generate(form, random, i);
                var response = await form.Client.PostAsync(form.Action, new FormUrlEncodedContent(fields));
                posted++;
                var status = (int)response.StatusCode;
                statuses[status] = statuses.GetValueOrDefault(status) + 1;
                var body = await response.Content.ReadAsStringAsync();
                if (status is 302 or 409 || body.Contains("govuk-error-summary", StringComparison.Ordinal))
                {
                    answeredByThePage++;
                }
                var after = await CountsAsync(app);
                if (status >= 500)
                {
                    serverErrors.Add($"{status} {form.Role} POST {form.Action}: {Describe(fields)}");
                }
                else if (status >= 400 || status == 200)
                {
                    // Refused (shown again with errors, or refused outright): nothing of it may be in the tables.
                    var changed = after.Where(c => counts[c.Key] != c.Value).Select(c => $"{c.Key} {counts[c.Key]}→{c.Value}").ToList();
                    if (changed.Count > 0)
                    {
                        halfSaved.Add($"{status} {form.Role} POST {form.Action} changed {string.Join(", ", changed)}: {Describe(fields)}");
                    }
                }
                counts = after;
            }
        }

        var summary = $"{posted} posts to {forms.Count} forms ({answeredByThePage} answered by the page; statuses {string.Join(", ", statuses.Select(x => $"{x.Key}: {x.Value}"))}); "
            + $"set-up {setUp.TotalSeconds:0.0} s, finding forms {(found - setUp).TotalSeconds:0.0} s, posting {(watch.Elapsed - found).TotalSeconds:0.0} s";
        TestContext.Current.TestOutputHelper?.WriteLine(summary);
        Assert.True(posted >= 1_000, summary);
        Assert.True(answeredByThePage * 2 >= posted, summary);
        Assert.True(serverErrors.Count == 0, $"{serverErrors.Count} server errors in {posted} posts:\n" + string.Join("\n", serverErrors.Distinct().Take(40)));
        Assert.True(halfSaved.Count == 0, $"{halfSaved.Count} refused posts changed case tables:\n" + string.Join("\n", halfSaved.Take(40)));
    }

    /// <summary>One generated post: each field gets a bad value or is left out; hidden fields mostly kept.</summary>
    private static List<KeyValuePair<string, string>> Generate(Form form, Random random, int round)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (name, value) in form.Hidden)
        {
            var keep = name == "__RequestVerificationToken" || random.Next(4) > 0;
            fields.Add(new(name, keep ? value : BadValues[random.Next(BadValues.Length)]));
        }
        // Round 0 sends no fields at all; the rest give every field something bad, or leave it out.
        if (round == 0)
        {
            return fields;
        }
        foreach (var name in form.Fields)
        {
            if (random.Next(6) == 0)
            {
                continue;
            }
            fields.Add(new(name, BadValues[random.Next(BadValues.Length)]));
            if (random.Next(10) == 0)
            {
                // The same field twice, as a tampered form would send it.
                fields.Add(new(name, BadValues[random.Next(BadValues.Length)]));
            }
        }
        return fields;
    }

    private static string Describe(List<KeyValuePair<string, string>> fields) =>
        string.Join("&", fields.Where(f => f.Key != "__RequestVerificationToken").Select(f => $"{f.Key}={(f.Value.Length > 40 ? $"[{f.Value.Length} chars]" : Printable(f.Value))}"));

    /// <summary>Control characters written as \uXXXX: a NUL in a failure message would make the test results file unreadable XML.</summary>
    private static string Printable(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));

    /// <summary>A small demo authority, and route values that reach a real, open part of an unrestricted child's record.</summary>
    internal static async Task<List<Dictionary<string, string>>> WorldAsync(TFactory app)
    {
        using (var scope = app.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<HavenDbContext>();
            var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<ApplicationUser>>();
            var now = HavenAppFactory.Now.UtcDateTime;
            await DemoAuthorityGenerator.GenerateAsync(db, new DemoOptions(Children: 40, Seed: 11, Today: DateOnly.FromDateTime(now)), hasher, DateOnly.FromDateTime(now), now, null, CancellationToken.None);
        }
        var target = await app.CreateUserAsync("Fuzz Target", Role.SocialWorker);
        return await app.WithDbAsync(async db =>
        {
            var open = db.People.Where(p => !p.IsRestricted && p.MergedIntoId == null).Select(p => p.Id);
            var contexts = new List<Dictionary<string, string>>();
            void Add(params (string Key, object Value)[] values) => contexts.Add(values.ToDictionary(v => v.Key, v => Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)!));

            foreach (var a in await db.Assessments.Where(a => open.Contains(a.PersonId) && a.SubmittedOn == null && a.AuthorisedOn == null).Take(2).ToListAsync())
            {
                Add(("personId", a.PersonId), ("referralId", a.ReferralId), ("assessmentId", a.Id));
            }
            foreach (var a in await db.Assessments.Where(a => open.Contains(a.PersonId) && a.SubmittedOn != null && a.AuthorisedOn == null).Take(1).ToListAsync())
            {
                Add(("personId", a.PersonId), ("referralId", a.ReferralId), ("assessmentId", a.Id));
            }
            foreach (var p in await db.ChildInNeedPlans.Where(p => open.Contains(p.PersonId) && p.EndDate == null).Take(2).ToListAsync())
            {
                var action = await db.PlanActions.Where(a => a.ChildInNeedPlanId == p.Id && a.CompletedOn == null).Select(a => (Guid?)a.Id).FirstOrDefaultAsync();
                Add(("personId", p.PersonId), ("referralId", p.ReferralId), ("planId", p.Id), ("actionId", action ?? Guid.Empty));
            }
            foreach (var p in await db.ChildProtectionPlans.Where(p => open.Contains(p.PersonId) && p.EndDate == null).Take(2).ToListAsync())
            {
                var action = await db.PlanActions.Where(a => a.ChildProtectionPlanId == p.Id && a.CompletedOn == null).Select(a => (Guid?)a.Id).FirstOrDefaultAsync();
                Add(("personId", p.PersonId), ("referralId", p.ReferralId), ("planId", p.Id), ("actionId", action ?? Guid.Empty));
            }
            foreach (var c in await db.ChildProtectionConferences.Where(c => open.Contains(c.PersonId) && c.HeldOn == null).Take(2).ToListAsync())
            {
                Add(("personId", c.PersonId), ("referralId", c.ReferralId), ("conferenceId", c.Id));
            }
            foreach (var e in await db.Section47Enquiries.Where(e => open.Contains(e.PersonId) && e.CompletedOn == null).Take(2).ToListAsync())
            {
                Add(("personId", e.PersonId), ("referralId", e.ReferralId), ("enquiryId", e.Id));
            }
            foreach (var e in await db.EarlyHelpEpisodes.Where(e => open.Contains(e.PersonId) && e.EndDate == null).Take(2).ToListAsync())
            {
                var action = await db.EarlyHelpActions.Where(a => a.EpisodeId == e.Id && a.CompletedOn == null).Select(a => (Guid?)a.Id).FirstOrDefaultAsync();
                Add(("personId", e.PersonId), ("episodeId", e.Id), ("actionId", action ?? Guid.Empty));
            }
            foreach (var n in await db.CaseNotes.Where(n => open.Contains(n.PersonId)).Take(1).ToListAsync())
            {
                Add(("personId", n.PersonId), ("noteId", n.Id));
            }
            foreach (var c in await db.Contacts.Where(c => open.Contains(c.PersonId) && c.Decision == null).Take(2).ToListAsync())
            {
                Add(("personId", c.PersonId), ("contactId", c.Id));
            }
            foreach (var r in await db.Referrals.Where(r => open.Contains(r.PersonId) && r.ClosedOn == null).Take(3).ToListAsync())
            {
                Add(("personId", r.PersonId), ("referralId", r.Id));
            }
            foreach (var s in await db.PartnerSubmissions.Take(1).ToListAsync())
            {
                Add(("id", s.Id));
            }
            Add(("id", target.Id));
            Add(("id", await db.Teams.Select(t => t.Id).FirstAsync()));
            return contexts;
        });
    }

    /// <summary>Every POST form in the main content of every page, from the first role (in order) that can open it.</summary>
    internal static async Task<List<Form>> FormsAsync(TFactory app, List<Dictionary<string, string>> contexts, List<(string Role, HttpClient Client)> clients)
    {
        var forms = new List<Form>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in RolePageMatrixTests<TFactory>.PageRoutes(app.Services))
        {
            if (route.Contains("sign-out", StringComparison.Ordinal) || route.StartsWith("/error", StringComparison.Ordinal))
            {
                continue;
            }
            var found = false;
            var opened = 0;
            // A few ways to fill the route at most, and the first role that can open the page: enough to reach the
            // form, without thousands of page loads for pages that have none.
            foreach (var url in Urls(route, contexts).Take(5))
            {
                if (opened == 2)
                {
                    break;
                }
                foreach (var (role, client) in clients)
                {
                    var response = await client.GetAsync(url);
                    if (response.StatusCode != HttpStatusCode.OK)
                    {
                        continue;
                    }
                    var doc = await response.ReadDocumentAsync();
                    foreach (var form in doc.QuerySelectorAll("main form").OfType<IHtmlFormElement>()
                                 .Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
                    {
                        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
                        if (action.Contains("sign-out", StringComparison.Ordinal) || !seen.Add(action + " " + role))
                        {
                            continue;
                        }
                        var hidden = form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>().Where(i => !string.IsNullOrEmpty(i.Name))
                            .GroupBy(i => i.Name!).ToDictionary(g => g.Key, g => g.Last().Value);
                        var fields = form.QuerySelectorAll("input, select, textarea").Select(e => e.GetAttribute("name"))
                            .OfType<string>().Where(n => n.Length > 0 && !hidden.ContainsKey(n)).Distinct().ToList();
                        forms.Add(new Form(url, action, client, role, hidden, fields));
                        found = true;
                    }
                    // Opened: this role's view of the page is the one fuzzed.
                    opened++;
                    break;
                }
                if (found)
                {
                    break;
                }
            }
        }
        return forms;
    }

    /// <summary>The route filled from each context that has every value it needs (optional values left out).</summary>
    private static IEnumerable<string> Urls(string template, List<Dictionary<string, string>> contexts)
    {
        var defaults = new Dictionary<string, string> { ["section"] = "views", ["format"] = "csv", ["kind"] = "note", ["itemId"] = Guid.Empty.ToString() };
        var names = template.Split('/').Where(s => s.StartsWith('{')).Select(s => (Name: s.Trim('{', '}').Split(':')[0].TrimEnd('?'), Optional: s.EndsWith("?}", StringComparison.Ordinal))).ToList();
        IEnumerable<Dictionary<string, string>> candidates = contexts.Prepend(new Dictionary<string, string>());
        if (names.Count == 0)
        {
            candidates = [new Dictionary<string, string>()];
        }
        var urls = new List<string>();
        foreach (var context in candidates)
        {
            var values = new Dictionary<string, string>(defaults);
            foreach (var (key, value) in context)
            {
                values[key] = value;
            }
            if (names.Any(n => !n.Optional && !values.ContainsKey(n.Name)))
            {
                continue;
            }
            var url = string.Join('/', template.Split('/').Select(segment =>
            {
                if (!segment.StartsWith('{'))
                {
                    return segment;
                }
                var name = segment.Trim('{', '}').Split(':')[0].TrimEnd('?');
                return segment.EndsWith("?}", StringComparison.Ordinal) ? "" : values[name];
            })).TrimEnd('/');
            urls.Add(url.Length == 0 ? "/" : url);
        }
        return urls.Distinct();
    }

    /// <summary>Row counts of every table in the model but the logs, in one query.</summary>
    internal static async Task<Dictionary<string, long>> CountsAsync(TFactory app)
    {
        return await app.WithDbAsync(async db =>
        {
            var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>()
                .Where(t => !LoggedOnEveryRequest.Contains(t) && !t.StartsWith("AspNetUserTokens", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal).ToList();
            var sql = new StringBuilder("SELECT ");
            sql.AppendJoin(", ", tables.Select(t => $"(SELECT COUNT(*) FROM \"{t}\")"));
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            try
            {
                await using DbCommand command = connection.CreateCommand();
                command.CommandText = sql.ToString();
                await using var reader = await command.ExecuteReaderAsync();
                await reader.ReadAsync();
                return tables.Select((t, i) => (t, Convert.ToInt64(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))).ToDictionary(x => x.t, x => x.Item2);
            }
            finally
            {
                await connection.CloseAsync();
            }
        });
    }
}

public sealed class FormFuzzTestsOnSqlite(SqliteAppFactory app) : FormFuzzTests<SqliteAppFactory>(app);

public sealed class FormFuzzTestsOnPostgres(PostgresAppFactory app) : FormFuzzTests<PostgresAppFactory>(app);
