using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Haven.Domain.Access;
using Haven.Domain.Events;
using Haven.Domain.FrontDoor;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Haven.Web.Tests.PartnerReferral;

/// <summary>The public "Refer a child" form, walked as a browser without JavaScript would, and the front door's queue.</summary>
public abstract class PartnerReferralTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private static readonly string[] Steps =
        ["about-you", "organisation-type", "contact-details", "child-name", "child-age", "child-address", "parents", "other-children", "concern", "childs-views", "parents-aware", "consent", "urgent"];

    /// <summary>Good answers for each page; the email is unique so each test finds its own submission.</summary>
    private static Dictionary<string, Dictionary<string, string>> Answers(string email) => new()
    {
        ["about-you"] = new() { ["ReferrerName"] = "Ms Ada Lovegood", ["ReferrerOrganisation"] = "Northbridge Primary School", ["ReferrerRole"] = "Designated safeguarding lead" },
        ["organisation-type"] = new() { ["OrganisationType"] = "school" },
        ["contact-details"] = new() { ["ReferrerEmail"] = email, ["ReferrerPhone"] = "01632 960 123" },
        ["child-name"] = new() { ["ChildFirstName"] = "Imogen", ["ChildLastName"] = "Starling" },
        ["child-age"] = new() { ["BornStatus"] = "born", ["DateOfBirth.Day"] = "4", ["DateOfBirth.Month"] = "4", ["DateOfBirth.Year"] = "2017" },
        ["child-address"] = new() { ["AddressLine1"] = "12 Mill Lane", ["Town"] = "Northbridge", ["Postcode"] = "hv1 2ab" },
        ["parents"] = new() { ["ParentsOrCarers"] = "Mum, Carla Starling; stepdad, Dean Pike" },
        ["other-children"] = new() { ["OtherChildren"] = "Rafe, 7" },
        ["concern"] = new() { ["Concern"] = "Imogen came to school with a bruise on her cheek.\nShe said her stepdad was angry <script>alert(1)</script>." },
        ["childs-views"] = new() { ["ChildsViews"] = "She said she did not want to go home." },
        ["parents-aware"] = new() { ["ParentsAware"] = "No" },
        ["consent"] = new() { ["Consent"] = "NotRequired", ["ConsentBasis"] = "Asking would put Imogen at risk" },
        ["urgent"] = new() { ["Urgent"] = "no" },
    };

    private static string NewEmail() => $"dsl.{Guid.NewGuid():N}@northbridge.example.com";

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Doc)> PostPageAsync(HttpClient client, IHtmlDocument page, Dictionary<string, string> fields)
    {
        var form = page.QuerySelectorAll("main form").Last();
        var hidden = form.QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        var response = await client.PostFormAsync(form.GetAttribute("action")!, hidden, fields);
        return (response, await response.ReadDocumentAsync());
    }

    /// <summary>Opens the start page and answers every question up to (not including) <paramref name="stopAt"/>.</summary>
    private static async Task<IHtmlDocument> AnswerUpToAsync(HttpClient client, string email, string stopAt, Action<Dictionary<string, Dictionary<string, string>>>? change = null)
    {
        var start = await client.GetAsync("/refer-a-child");
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Contains("call 999", Html.MainText(await start.ReadDocumentAsync()), StringComparison.Ordinal);
        var page = await client.GetDocumentAsync("/refer-a-child/about-you");
        var answers = Answers(email);
        change?.Invoke(answers);
        foreach (var step in Steps.TakeWhile(s => s != stopAt))
        {
            var (response, next) = await PostPageAsync(client, page, answers[step]);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {(int)response.StatusCode} {string.Join("; ", Html.ErrorSummary(next))}");
            page = next;
        }
        return page;
    }

    /// <summary>Answers the questions from <paramref name="from"/> on, starting on that question's page; returns check your answers.</summary>
    private static async Task<IHtmlDocument> AnswerFromAsync(HttpClient client, IHtmlDocument page, string email, string from)
    {
        var answers = Answers(email);
        foreach (var step in Steps.SkipWhile(s => s != from))
        {
            var (response, next) = await PostPageAsync(client, page, answers[step]);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{step}: {(int)response.StatusCode} {string.Join("; ", Html.ErrorSummary(next))}");
            page = next;
        }
        return page;
    }

    private HttpClient Anonymous(bool redirects = true) => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = redirects });

    private Task<List<PartnerSubmission>> SubmissionsFromAsync(string email) =>
        app.WithDbAsync(db => db.PartnerSubmissions.Where(s => s.ReferrerEmail == email).ToListAsync());

    [Fact]
    public async Task A_professional_without_an_account_refers_a_child_and_gets_a_reference()
    {
        var client = Anonymous();
        var email = NewEmail();
        var check = await AnswerUpToAsync(client, email, stopAt: "");

        Assert.Equal("Check your answers before sending your referral", check.QuerySelector("h1")!.TextContent.Trim());
        var summary = Html.MainText(check);
        Assert.Contains("Born 4 April 2017", summary, StringComparison.Ordinal);
        Assert.Contains("Sharing without consent: Asking would put Imogen at risk", summary, StringComparison.Ordinal);
        // What the referrer typed comes back encoded, never as markup.
        Assert.Empty(check.QuerySelectorAll("main script"));
        Assert.Equal(Steps.Select(s => $"/refer-a-child/{s}?change=true"), ChangeLinks(check));

        var (sent, confirmation) = await PostPageAsync(client, check, []);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal("/refer-a-child/sent", sent.RequestMessage!.RequestUri!.AbsolutePath);
        var reference = confirmation.QuerySelector(".govuk-panel__body strong")!.TextContent.Trim();
        Assert.Matches(new Regex(@"^P-2026-\d{6}$"), reference);

        var saved = Assert.Single(await SubmissionsFromAsync(email));
        Assert.Equal(reference, saved.Reference);
        Assert.Equal(PartnerSubmissionStatus.New, saved.Status);
        Assert.Equal("2A", saved.SourceCode);
        Assert.Equal(new DateOnly(2017, 4, 4), saved.ChildDateOfBirth);
        Assert.Equal("12 Mill Lane\nNorthbridge", saved.ChildAddress);
        Assert.Equal("HV1 2AB", saved.ChildPostcode);
        Assert.Equal(ConsentToShare.NotRequired, saved.Consent);
        Assert.Equal(YesNoNotKnown.No, saved.ParentsAware);
        Assert.Equal(HavenAppFactory.Now.UtcDateTime, saved.SubmittedAtUtc);
        Assert.False(saved.Urgent);
        Assert.Equal(48, saved.SubmissionToken.Length);
    }

    private static List<string?> ChangeLinks(IHtmlDocument check) =>
        check.QuerySelectorAll("main .govuk-summary-list__actions a").Select(a => a.GetAttribute("href")).ToList();

    private static string? BackLink(IHtmlDocument page) => page.QuerySelector("a.govuk-back-link")?.GetAttribute("href");

    [Fact]
    public async Task Change_on_check_your_answers_goes_to_the_question_and_back()
    {
        var client = Anonymous();
        var check = await AnswerUpToAsync(client, NewEmail(), stopAt: "");
        var question = await client.GetDocumentAsync(Assert.Single(ChangeLinks(check), l => l!.Contains("child-name", StringComparison.Ordinal))!);
        Assert.Equal("Imogen", Html.Value(question, "ChildFirstName"));
        Assert.Equal("/refer-a-child/check-answers", BackLink(question));

        var (response, back) = await PostPageAsync(client, question, new() { ["ChildFirstName"] = "Immy", ["ChildLastName"] = "Starling" });
        Assert.Equal("/refer-a-child/check-answers", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Check your answers before sending your referral", back.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Immy Starling", Html.MainText(back), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_good_answer_is_answered_with_a_redirect_and_only_sending_writes_to_the_database()
    {
        var client = Anonymous(redirects: false);
        var email = NewEmail();
        var answers = Answers(email);
        var page = await client.GetDocumentAsync("/refer-a-child/about-you");
        for (var i = 0; i < Steps.Length; i++)
        {
            var (response, _) = await PostPageAsync(client, page, answers[Steps[i]]);
            var next = i < Steps.Length - 1 ? $"/refer-a-child/{Steps[i + 1]}" : "/refer-a-child/check-answers";
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther, $"{Steps[i]}: {(int)response.StatusCode}");
            Assert.Equal(next, response.Headers.Location!.OriginalString);
            var shown = await client.GetAsync(next);
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
            page = await shown.ReadDocumentAsync();
        }
        Assert.Empty(await SubmissionsFromAsync(email));

        var (sent, _) = await PostPageAsync(client, page, []);

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/refer-a-child/sent", sent.Headers.Location!.OriginalString);
        Assert.Single(await SubmissionsFromAsync(email));
    }

    [Fact]
    public async Task Back_goes_to_the_previous_question_and_from_a_change_to_check_your_answers()
    {
        var client = Anonymous(redirects: false);
        Assert.Equal("/refer-a-child", BackLink(await client.GetDocumentAsync("/refer-a-child/about-you")));

        var answered = Anonymous();
        await AnswerUpToAsync(answered, NewEmail(), stopAt: "");
        for (var i = 1; i < Steps.Length; i++)
        {
            Assert.Equal($"/refer-a-child/{Steps[i - 1]}", BackLink(await answered.GetDocumentAsync($"/refer-a-child/{Steps[i]}")));
        }
        Assert.Equal("/refer-a-child/urgent", BackLink(await answered.GetDocumentAsync("/refer-a-child/check-answers")));
        Assert.Equal("/refer-a-child/check-answers", BackLink(await answered.GetDocumentAsync("/refer-a-child/concern?change=true")));
        // Going back keeps what was answered.
        Assert.Equal("Imogen", Html.Value(await answered.GetDocumentAsync("/refer-a-child/child-name"), "ChildFirstName"));
    }

    [Fact]
    public async Task A_question_not_reached_yet_redirects_to_the_first_unanswered_one_and_keeps_nothing_posted_to_it()
    {
        var client = Anonymous();
        var email = NewEmail();
        var page = await AnswerUpToAsync(client, email, stopAt: "child-name");

        foreach (var url in new[] { "/refer-a-child/concern", "/refer-a-child/urgent", "/refer-a-child/check-answers" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal("/refer-a-child/child-name", response.RequestMessage!.RequestUri!.AbsolutePath);
        }
        var form = page.QuerySelectorAll("main form").Last().QuerySelectorAll("input[type=hidden]").Cast<IHtmlInputElement>().ToDictionary(i => i.Name!, i => i.Value);
        var skipped = await client.PostFormAsync("/refer-a-child/concern", form, new() { ["Concern"] = "Posted out of turn" });
        Assert.Equal("/refer-a-child/child-name", skipped.RequestMessage!.RequestUri!.AbsolutePath);

        var check = await AnswerFromAsync(client, await skipped.ReadDocumentAsync(), email, from: "child-name");
        Assert.DoesNotContain("Posted out of turn", Html.MainText(check), StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_sending_the_answers_are_gone_and_another_referral_starts_afresh()
    {
        var client = Anonymous();
        var (_, first) = await PostPageAsync(client, await AnswerUpToAsync(client, NewEmail(), stopAt: ""), []);

        var revisit = await client.GetAsync("/refer-a-child/check-answers");
        Assert.Equal("/refer-a-child/sent", revisit.RequestMessage!.RequestUri!.AbsolutePath);
        var blank = await client.GetDocumentAsync("/refer-a-child/about-you");
        Assert.Equal("", Html.Value(blank, "ReferrerName") ?? "");

        var email = NewEmail();
        var (_, second) = await PostPageAsync(client, await AnswerUpToAsync(client, email, stopAt: ""), []);
        var saved = Assert.Single(await SubmissionsFromAsync(email));
        Assert.Equal(saved.Reference, second.QuerySelector(".govuk-panel__body strong")!.TextContent.Trim());
        Assert.NotEqual(saved.Reference, first.QuerySelector(".govuk-panel__body strong")!.TextContent.Trim());
    }

    [Fact]
    public async Task Sending_twice_stores_one_submission_and_shows_the_same_reference()
    {
        var client = Anonymous();
        var email = NewEmail();
        var check = await AnswerUpToAsync(client, email, stopAt: "");

        var (_, first) = await PostPageAsync(client, check, []);
        var (_, second) = await PostPageAsync(client, check, []);

        var saved = Assert.Single(await SubmissionsFromAsync(email));
        Assert.Equal(saved.Reference, first.QuerySelector(".govuk-panel__body strong")!.TextContent.Trim());
        Assert.Equal(saved.Reference, second.QuerySelector(".govuk-panel__body strong")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_missing_concern_is_refused_next_to_the_field()
    {
        var client = Anonymous();
        var email = NewEmail();
        var page = await AnswerUpToAsync(client, email, stopAt: "concern");

        var (response, doc) = await PostPageAsync(client, page, new() { ["Concern"] = "   " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Enter your concern about the child"], Html.ErrorSummary(doc));
        Assert.Equal("Enter your concern about the child", Html.InlineError(doc, "Concern"));
        Assert.StartsWith("Error: ", doc.Title, StringComparison.Ordinal);
        Assert.Empty(await SubmissionsFromAsync(email));
    }

    [Fact]
    public async Task An_invalid_email_is_refused_and_what_was_typed_is_kept()
    {
        var client = Anonymous();
        var page = await AnswerUpToAsync(client, NewEmail(), stopAt: "contact-details");

        var (response, doc) = await PostPageAsync(client, page, new() { ["ReferrerEmail"] = "ada at northbridge", ["ReferrerPhone"] = "01632 960 123" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Enter an email address in the correct format, like name@example.com", Html.InlineError(doc, "ReferrerEmail"));
        Assert.Equal("ada at northbridge", Html.Value(doc, "ReferrerEmail"));
        Assert.Equal("01632 960 123", Html.Value(doc, "ReferrerPhone"));
        Assert.Equal(0, await app.WithDbAsync(db => db.PartnerSubmissions.CountAsync(s => s.ReferrerEmail == "ada at northbridge")));
    }

    [Fact]
    public async Task A_date_of_birth_in_the_future_is_refused()
    {
        var client = Anonymous();
        var email = NewEmail();
        var page = await AnswerUpToAsync(client, email, stopAt: "child-age");

        var (response, doc) = await PostPageAsync(client, page, new() { ["BornStatus"] = "born", ["DateOfBirth.Day"] = "26", ["DateOfBirth.Month"] = "11", ["DateOfBirth.Year"] = "2026" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Date of birth must be today or in the past"], Html.ErrorSummary(doc));
        Assert.Equal("26", Html.Value(doc, "DateOfBirth-day"));
        Assert.Empty(await SubmissionsFromAsync(email));
    }

    [Theory]
    [InlineData("abc", "Approximate age must be a whole number of years, like 7")]
    [InlineData("about 10", "Approximate age must be a whole number of years, like 7")]
    [InlineData("7.5", "Approximate age must be a whole number of years, like 7")]
    [InlineData("18", "Approximate age must be between 0 and 17")]
    [InlineData("-1", "Approximate age must be a whole number of years, like 7")]
    public async Task An_approximate_age_that_is_not_a_whole_number_of_years_under_18_is_refused(string typed, string message)
    {
        var client = Anonymous();
        var email = NewEmail();
        var page = await AnswerUpToAsync(client, email, stopAt: "child-age");

        var (response, doc) = await PostPageAsync(client, page, new() { ["BornStatus"] = "unknown", ["ApproximateAge"] = typed });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([message], Html.ErrorSummary(doc));
        Assert.Equal(message, Html.InlineError(doc, "ApproximateAge"));
        Assert.Equal(typed, Html.Value(doc, "ApproximateAge"));
        Assert.Empty(await SubmissionsFromAsync(email));
    }

    [Fact]
    public async Task An_approximate_age_in_whole_years_is_kept_at_the_head_of_the_concern()
    {
        var client = Anonymous();
        var email = NewEmail();
        var check = await AnswerUpToAsync(client, email, stopAt: "", answers => answers["child-age"] = new() { ["BornStatus"] = "unknown", ["ApproximateAge"] = " 7 " });
        Assert.Contains("Not known, about 7", Html.MainText(check), StringComparison.Ordinal);

        await PostPageAsync(client, check, []);

        var saved = Assert.Single(await SubmissionsFromAsync(email));
        Assert.Null(saved.ChildDateOfBirth);
        Assert.StartsWith("[Date of birth not known; approximate age 7]\n\nImogen came to school", saved.Concern, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_over_long_concern_is_refused()
    {
        var client = Anonymous();
        var email = NewEmail();
        var page = await AnswerUpToAsync(client, email, stopAt: "concern");

        var (response, doc) = await PostPageAsync(client, page, new() { ["Concern"] = new string('a', 10_001) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["Your concern must be 10,000 characters or fewer"], Html.ErrorSummary(doc));
        Assert.Empty(await SubmissionsFromAsync(email));
    }

    [Fact]
    public async Task A_post_with_the_hidden_field_filled_in_looks_sent_but_is_discarded()
    {
        var client = Anonymous();
        var email = NewEmail();
        var check = await AnswerUpToAsync(client, email, stopAt: "");
        var honeypot = check.QuerySelector("main form:last-of-type #website")!;
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
        Assert.Equal("true", honeypot.ParentElement!.GetAttribute("aria-hidden"));
        Assert.Contains("govuk-visually-hidden", honeypot.ParentElement!.ClassName, StringComparison.Ordinal);

        var (response, doc) = await PostPageAsync(client, check, new() { ["website"] = "http://spam.example" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Referral sent", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Empty(await SubmissionsFromAsync(email));
    }

    [Fact]
    public async Task A_question_posted_with_the_hidden_field_filled_in_looks_sent_and_the_draft_is_dropped()
    {
        var client = Anonymous();
        var email = NewEmail();
        var page = await AnswerUpToAsync(client, email, stopAt: "concern");

        var (response, doc) = await PostPageAsync(client, page, new() { ["Concern"] = "Spam", ["website"] = "http://spam.example" });

        Assert.Equal("/refer-a-child/sent", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal("Referral sent", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Null(doc.QuerySelector(".govuk-panel__body strong"));
        // Nothing it sent is kept: the journey has to begin again.
        Assert.Equal("/refer-a-child", (await client.GetAsync("/refer-a-child/concern")).RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Empty(await SubmissionsFromAsync(email));
    }

    [Fact]
    public async Task Too_many_submissions_from_one_address_in_an_hour_are_refused_with_429()
    {
        // The counts are kept in the database, which the other tests here share: this test has an address of its own.
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Haven:PartnerReferral:SubmissionsPerHour", "2").WithConnectionAddresses());
        var emails = new List<string>();
        HttpResponseMessage? last = null;
        IHtmlDocument? lastDoc = null;
        for (var i = 0; i < 3; i++)
        {
            var client = limited.CreateClient().From("192.0.2.1");
            var email = NewEmail();
            emails.Add(email);
            (last, lastDoc) = await PostPageAsync(client, await AnswerUpToAsync(client, email, stopAt: ""), []);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("You have sent too many referrals", lastDoc!.QuerySelector("h1")!.TextContent.Trim());
        Assert.Single(await SubmissionsFromAsync(emails[0]));
        Assert.Single(await SubmissionsFromAsync(emails[1]));
        Assert.Empty(await SubmissionsFromAsync(emails[2]));
    }

    /// <summary>Sends one complete referral; true if it was accepted, false if refused as too many.</summary>
    private static async Task<bool> SendReferralAsync(HttpClient client)
    {
        var (response, _) = await PostPageAsync(client, await AnswerUpToAsync(client, NewEmail(), stopAt: ""), []);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.TooManyRequests, $"{(int)response.StatusCode}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_partner_is_counted_by_their_forwarded_address()
    {
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Haven:PartnerReferral:SubmissionsPerHour", "2")
            .UseSetting("Haven:Proxy:KnownProxies:0", "10.0.0.1").WithConnectionAddresses());
        HttpClient ViaProxy(string partner) => limited.CreateClient().From("10.0.0.1", forwardedFor: partner);

        Assert.True(await SendReferralAsync(ViaProxy("203.0.113.10")));
        Assert.True(await SendReferralAsync(ViaProxy("203.0.113.10")));
        Assert.False(await SendReferralAsync(ViaProxy("203.0.113.10")));
        // Another school behind the same proxy still has its own allowance.
        Assert.True(await SendReferralAsync(ViaProxy("203.0.113.11")));
    }

    [Fact]
    public async Task A_forwarded_address_from_a_proxy_that_is_not_configured_is_not_believed()
    {
        await using var limited = app.WithWebHostBuilder(b => b.UseSetting("Haven:PartnerReferral:SubmissionsPerHour", "2")
            .UseSetting("Haven:Proxy:KnownProxies:0", "10.0.0.1").WithConnectionAddresses());

        // A client that makes up a new X-Forwarded-For each time is still one client.
        Assert.True(await SendReferralAsync(limited.CreateClient().From("198.51.100.7", forwardedFor: "203.0.113.21")));
        Assert.True(await SendReferralAsync(limited.CreateClient().From("198.51.100.7", forwardedFor: "203.0.113.22")));
        Assert.False(await SendReferralAsync(limited.CreateClient().From("198.51.100.7", forwardedFor: "203.0.113.23")));
    }

    [Fact]
    public async Task The_count_survives_a_restart()
    {
        static IWebHostBuilder Limited(IWebHostBuilder b) => b.UseSetting("Haven:PartnerReferral:SubmissionsPerHour", "2").WithConnectionAddresses();
        await using (var before = app.WithWebHostBuilder(b => Limited(b)))
        {
            Assert.True(await SendReferralAsync(before.CreateClient().From("192.0.2.77")));
            Assert.True(await SendReferralAsync(before.CreateClient().From("192.0.2.77")));
        }

        // A new instance of the app over the same database stands in for the restarted server.
        await using var after = app.WithWebHostBuilder(b => Limited(b));
        Assert.False(await SendReferralAsync(after.CreateClient().From("192.0.2.77")));
        Assert.True(await SendReferralAsync(after.CreateClient().From("192.0.2.78")));
    }

    [Fact]
    public async Task The_form_is_public_and_the_queue_needs_sign_in()
    {
        var client = Anonymous(redirects: false);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/refer-a-child")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/refer-a-child/about-you")).StatusCode);
        // A later question without the answers so far starts again rather than erroring.
        Assert.Equal("/refer-a-child", (await client.GetAsync("/refer-a-child/concern")).Headers.Location!.OriginalString);

        var id = await AddSubmissionAsync("Imogen", "Starling", null);
        foreach (var url in new[] { "/front-door/partner-referrals", $"/front-door/partner-referrals/{id}" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/sign-in", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        }
        var analyst = await app.SignInAsync(await app.CreateUserAsync("Analyst", Role.PerformanceAnalyst));
        Assert.Contains("access-denied", (await analyst.GetAsync("/front-door/partner-referrals")).Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private async Task<Guid> AddSubmissionAsync(string first, string last, DateOnly? dob, bool urgent = false, DateTime? at = null)
    {
        var id = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            db.PartnerSubmissions.Add(new PartnerSubmission
            {
                Id = id, Reference = $"P-2026-9{Random.Shared.Next(0, 99999):D5}", SubmissionToken = Guid.NewGuid().ToString("N"),
                SubmittedAtUtc = at ?? new DateTime(2026, 11, 24, 8, 45, 0, DateTimeKind.Utc),
                ReferrerName = "Dr Reyes", ReferrerOrganisation = "Riverside Surgery", ReferrerEmail = "reyes@riverside.example.com", SourceCode = "3A",
                ChildFirstName = first, ChildLastName = last, ChildDateOfBirth = dob, ChildAddress = "3 Quay Street\nNorthbridge", ChildPostcode = "HV2 3CD",
                Concern = "Weight loss and missed appointments.", ChildsViews = "Says she is hungry.", Consent = ConsentToShare.Given, ParentsAware = YesNoNotKnown.Yes, Urgent = urgent,
            });
            await db.SaveChangesAsync();
        });
        return id;
    }

    [Fact]
    public async Task The_front_door_matches_a_submission_to_an_existing_child_and_records_the_contact()
    {
        var worker = await app.CreateUserAsync("Front Door Worker", Role.SocialWorker);
        var last = $"Quill{Guid.NewGuid():N}"[..12];
        var child = await app.RegisterAsync(worker, "Imogen", last, new DateOnly(2017, 4, 4));
        var older = await AddSubmissionAsync("Imogen", last, new DateOnly(2017, 4, 4));
        var urgent = await AddSubmissionAsync("Ollie", last, null, urgent: true, at: new DateTime(2026, 11, 25, 9, 0, 0, DateTimeKind.Utc));
        var client = await app.SignInAsync(worker);

        var queue = await client.GetDocumentAsync("/front-door/partner-referrals");
        var links = queue.QuerySelectorAll("main tbody a").Select(a => a.GetAttribute("href")).ToList();
        Assert.True(links.IndexOf($"/front-door/partner-referrals/{urgent}") < links.IndexOf($"/front-door/partner-referrals/{older}"));

        var url = $"/front-door/partner-referrals/{older}";
        var page = await client.GetDocumentAsync(url);
        Assert.NotNull(page.QuerySelector($"input[name=PersonId][value='{child.Id}']"));
        var form = await client.GetFormAsync(url, "form[action*='Match']");

        var nothingChosen = await client.PostFormAsync(url + "?handler=Match", form, []);
        Assert.Equal(HttpStatusCode.BadRequest, nothingChosen.StatusCode);
        var someoneElse = await client.PostFormAsync(url + "?handler=Match", form, new() { ["PersonId"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.BadRequest, someoneElse.StatusCode);

        var matched = await client.PostFormAsync(url + "?handler=Match", form, new() { ["PersonId"] = child.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, matched.StatusCode);

        var submission = await app.WithDbAsync(db => db.PartnerSubmissions.SingleAsync(s => s.Id == older));
        Assert.Equal(PartnerSubmissionStatus.ContactRecorded, submission.Status);
        Assert.Equal(child.Id, submission.MatchedPersonId);
        Assert.Equal(worker.Id, submission.ProcessedByUserId);
        Assert.Equal(HavenAppFactory.Now.UtcDateTime, submission.ProcessedAtUtc);
        var contact = await app.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Id == submission.ContactId));
        Assert.Equal($"/people/{child.Id}/contacts/{contact.Id}", matched.Headers.Location!.OriginalString);
        Assert.Equal(child.Id, contact.PersonId);
        Assert.Equal(ContactRoute.PartnerForm, contact.Route);
        Assert.Equal(ContactKind.Referral, contact.Kind);
        Assert.Equal(submission.SubmittedAtUtc, contact.ReceivedAtUtc);
        Assert.Equal("3A", contact.SourceCode);
        Assert.Equal("Dr Reyes", contact.ReferrerName);
        Assert.Equal("reyes@riverside.example.com", contact.ReferrerEmail);
        Assert.Equal("Weight loss and missed appointments.", contact.Concern);
        Assert.Equal("Says she is hungry.", contact.ChildsViews);
        var events = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.PersonId == child.Id).Select(e => e.Type).ToListAsync());
        Assert.Contains(CaseEventTypes.PartnerReferralMatched, events);
        Assert.Contains(CaseEventTypes.ContactRecorded, events);

        var after = await client.GetDocumentAsync("/front-door/partner-referrals");
        Assert.DoesNotContain(after.QuerySelectorAll("main tbody a"), a => a.GetAttribute("href") == url);
        Assert.Contains(after.QuerySelectorAll("main tbody a"), a => a.GetAttribute("href") == $"/front-door/partner-referrals/{urgent}");

        // A second press (or a colleague at the same moment) records nothing more.
        var again = await client.PostFormAsync(url + "?handler=Match", form, new() { ["PersonId"] = child.Id.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.Contacts.CountAsync(c => c.PersonId == child.Id)));
    }

    [Fact]
    public async Task An_urgent_online_referral_stays_urgent_as_a_contact_shown_first_and_at_the_top()
    {
        // Issue 12 item 3: the referrer's "immediate risk" answer was lost when the submission became a contact.
        var worker = await app.CreateUserAsync("Urgent Front Door", Role.TeamManager);
        var last = $"Urg{Guid.NewGuid():N}"[..12];
        var client = await app.SignInAsync(worker);
        // An ordinary contact that arrived earlier: by arrival alone it would be first in the queue.
        var ordinary = await AddSubmissionAsync("Calm", last, new DateOnly(2016, 1, 1), at: new DateTime(2026, 11, 20, 8, 0, 0, DateTimeKind.Utc));
        var urgent = await AddSubmissionAsync("Rowan", last, new DateOnly(2015, 2, 2), urgent: true, at: new DateTime(2026, 11, 24, 9, 0, 0, DateTimeKind.Utc));
        foreach (var id in new[] { ordinary, urgent })
        {
            var url = $"/front-door/partner-referrals/{id}";
            Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(url + "?handler=Create", await client.GetFormAsync(url, "form[action*='Create']"), [])).StatusCode);
        }

        var contact = await app.WithDbAsync(db => db.Contacts.SingleAsync(c => c.Id == db.PartnerSubmissions.Single(s => s.Id == urgent).ContactId));
        Assert.True(contact.ImmediateRisk);
        Assert.False(await app.WithDbAsync(db => db.Contacts.Where(c => c.Id == db.PartnerSubmissions.Single(s => s.Id == ordinary).ContactId).Select(c => c.ImmediateRisk).SingleAsync()));

        var record = await client.GetDocumentAsync($"/people/{contact.PersonId}/contacts/{contact.Id}");
        Assert.Contains(record.QuerySelectorAll("main .govuk-warning-text"), w => w.TextContent.Contains("at immediate risk of harm", StringComparison.Ordinal));

        var queue = await client.GetDocumentAsync("/front-door/contacts?view=awaiting");
        var rows = queue.QuerySelectorAll("main tbody tr").Where(r => r.TextContent.Contains(last, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("Rowan", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Immediate risk", rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Immediate risk", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_front_door_creates_a_new_child_record_from_a_submission()
    {
        var worker = await app.CreateUserAsync("Business Support", Role.BusinessSupport);
        var last = $"Zeb{Guid.NewGuid():N}"[..12];
        var id = await AddSubmissionAsync("Quentin", last, new DateOnly(2015, 6, 1));
        var client = await app.SignInAsync(worker);
        var url = $"/front-door/partner-referrals/{id}";
        var page = await client.GetDocumentAsync(url);
        Assert.Contains("No records look like this child", Html.MainText(page), StringComparison.Ordinal);

        var created = await client.PostFormAsync(url + "?handler=Create", await client.GetFormAsync(url, "form[action*='Create']"), []);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var person = await app.WithDbAsync(db => db.People.Include(p => p.Addresses).SingleAsync(p => p.LastName == last));
        Assert.Equal("Quentin", person.FirstName);
        Assert.Equal(new DateOnly(2015, 6, 1), person.DateOfBirth);
        var address = Assert.Single(person.Addresses);
        Assert.Equal(("3 Quay Street", "Northbridge", "HV2 3CD"), (address.Line1, address.Town, address.Postcode));
        var submission = await app.WithDbAsync(db => db.PartnerSubmissions.SingleAsync(s => s.Id == id));
        Assert.Equal(person.Id, submission.MatchedPersonId);
        var contact = await app.WithDbAsync(db => db.Contacts.SingleAsync(c => c.PersonId == person.Id));
        Assert.Equal(submission.ContactId, contact.Id);
        Assert.Equal(ContactRoute.PartnerForm, contact.Route);
        Assert.Equal($"/people/{person.Id}/contacts/{contact.Id}", created.Headers.Location!.OriginalString);
    }
}

public sealed class PartnerReferralTestsOnSqlite(SqliteAppFactory app) : PartnerReferralTests<SqliteAppFactory>(app);

public sealed class PartnerReferralTestsOnPostgres(PostgresAppFactory app) : PartnerReferralTests<PostgresAppFactory>(app);
