using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using Haven.Data;
using Haven.Domain.Access;
using Haven.Web.Features.Admin;
using Haven.Web.Features.Messaging;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Haven.Web.Tests.Admin;

/// <summary>
/// What administrators may do to other people's accounts (issue 11 item 2): a two-factor reset needs a second
/// administrator and tells the owner, and leavers are deactivated, not deleted.
/// </summary>
public abstract class AccountAdminTests<TFactory>(TFactory app) : IClassFixture<TFactory> where TFactory : HavenAppFactory
{
    private List<LogEntry> Audit(string action, string targetId) =>
        Mail.Log.Entries.Where(e => e.EventId.Name == "AdminChange" && e["Action"] == action && e["TargetId"] == targetId).ToList();

    private static readonly ConditionalWeakTable<HavenAppFactory, MailHost> MailHosts = new();

    /// <summary>The app with its emails caught, and sessions re-checked on every request so an ended one is seen at once.</summary>
    private MailHost Mail => MailHosts.GetValue(app, a => new MailHost(a));

    private sealed class MailHost
    {
        public MailHost(HavenAppFactory app) => Web = app.WithWebHostBuilder(b => b.ConfigureServices(s =>
        {
            s.RemoveAll<IEmailSender>();
            s.AddSingleton<IEmailSender>(Sent);
            s.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
            s.AddLogging(logging =>
            {
                logging.AddProvider(Log);
                logging.AddFilter<LogCapture>(typeof(AdminAudit).FullName, LogLevel.Information);
            });
        }));

        public LogCapture Log { get; } = new();

        public WebApplicationFactory<Program> Web { get; }

        public CapturingEmailSender Sent { get; } = new();

        public async Task<HttpClient> SignInAsync(string email)
        {
            var client = Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var form = await client.GetFormAsync("/sign-in");
            var response = await client.PostFormAsync("/sign-in", form, new() { ["Email"] = email, ["Password"] = HavenAppFactory.Password });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return client;
        }
    }

    public sealed class CapturingEmailSender : IEmailSender
    {
        public ConcurrentQueue<OutgoingEmail> Emails { get; } = new();

        public Task<EmailSendResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
        {
            Emails.Enqueue(email);
            return Task.FromResult(EmailSendResult.Sent("test"));
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string handler)
    {
        // Any form on the page carries the antiforgery token; the handler may have no form of its own for this user.
        var form = await client.GetFormAsync(url, "main form");
        return await client.PostFormAsync($"{url}?handler={handler}", form, []);
    }

    private Task<ApplicationUser> FindAsync(string id) => app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

    [Fact]
    public async Task A_two_factor_reset_needs_a_second_administrator_and_tells_the_user_by_email()
    {
        var user = await app.CreateUserAsync("Lost Phone", Role.SocialWorker, twoFactor: true, demo: false);
        var first = await app.CreateUserAsync("Ada First", Role.SystemAdministrator);
        var second = await app.CreateUserAsync("Bo Second", Role.SystemAdministrator);
        var url = $"/admin/users/{user.Id}";
        var firstClient = await Mail.SignInAsync(first.Email!);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(firstClient, url, "ResetTwoFactor")).StatusCode);
        Assert.True((await FindAsync(user.Id)).TwoFactorEnabled);
        Assert.Contains("Ada First asked for", Html.MainText(await firstClient.GetDocumentAsync(url)), StringComparison.Ordinal);

        var own = await PostAsync(firstClient, url, "ApproveTwoFactorReset");
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Contains("another system administrator must approve it", (await own.ReadDocumentAsync()).QuerySelector(".govuk-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.True((await FindAsync(user.Id)).TwoFactorEnabled);
        Assert.DoesNotContain(Mail.Sent.Emails, e => e.ToAddress == user.Email);

        var secondClient = await Mail.SignInAsync(second.Email!);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(secondClient, url, "ApproveTwoFactorReset")).StatusCode);

        var reset = await FindAsync(user.Id);
        Assert.False(reset.TwoFactorEnabled);
        Assert.DoesNotContain("asked for", Html.MainText(await secondClient.GetDocumentAsync(url)), StringComparison.Ordinal);
        var email = Assert.Single(Mail.Sent.Emails, e => e.ToAddress == user.Email);
        Assert.Contains("two-factor authentication was reset", email.Subject, StringComparison.Ordinal);
        Assert.Contains("Ada First asked for the reset and Bo Second approved it", email.Body, StringComparison.Ordinal);
        Assert.Single(Audit("UserTwoFactorResetRequested", user.Id));
        var done = Assert.Single(Audit("UserTwoFactorReset", user.Id));
        Assert.Equal(second.Id, done["ActorUserId"]);
        Assert.Contains("approved by Bo Second", done["After"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Approving_with_no_request_waiting_resets_nothing()
    {
        var user = await app.CreateUserAsync("Still Has Phone", Role.SocialWorker, twoFactor: true, demo: false);
        var admin = await app.CreateUserAsync("Cy Admin", Role.SystemAdministrator);
        var client = await Mail.SignInAsync(admin.Email!);

        var response = await PostAsync(client, $"/admin/users/{user.Id}", "ApproveTwoFactorReset");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await FindAsync(user.Id)).TwoFactorEnabled);
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_its_session_ends_and_its_history_is_kept()
    {
        var leaver = await app.CreateUserAsync("Lee Leaver", Role.SocialWorker);
        var admin = await app.CreateUserAsync("Di Admin", Role.SystemAdministrator);
        var session = await Mail.SignInAsync(leaver.Email!);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/people")).StatusCode);
        var adminClient = await Mail.SignInAsync(admin.Email!);
        var url = $"/admin/users/{leaver.Id}";

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(adminClient, url, "Deactivate")).StatusCode);

        // Sessions are re-checked on every request here, but only once some time has passed, and the test clock stands still.
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        var ended = await session.GetAsync("/people");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/sign-in", ended.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var client = Mail.Web.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = await client.GetFormAsync("/sign-in");
        var refused = await client.PostFormAsync("/sign-in", form, new() { ["Email"] = leaver.Email!, ["Password"] = HavenAppFactory.Password });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("deactivated", Html.ErrorSummary(await refused.ReadDocumentAsync()).Single(), StringComparison.Ordinal);

        // Kept, and shown as deactivated.
        Assert.Equal(leaver.DisplayName, (await FindAsync(leaver.Id)).DisplayName);
        Assert.Contains("Deactivated on", Html.MainText(await adminClient.GetDocumentAsync(url)), StringComparison.Ordinal);
        var csv = await (await adminClient.GetAsync("/admin/users.csv")).Content.ReadAsStringAsync();
        Assert.Contains("Deactivated", csv.Split('\n').Single(line => line.Contains(leaver.Email!, StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Single(Audit("UserDeactivated", leaver.Id));

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(adminClient, url, "Reactivate")).StatusCode);
        await Mail.SignInAsync(leaver.Email!);
        Assert.Single(Audit("UserReactivated", leaver.Id));
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_account()
    {
        var admin = await app.CreateUserAsync("Self Admin", Role.SystemAdministrator);
        var client = await Mail.SignInAsync(admin.Email!);

        var response = await PostAsync(client, $"/admin/users/{admin.Id}", "Deactivate");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await Mail.SignInAsync(admin.Email!);
    }
}

public sealed class AccountAdminTestsOnSqlite(SqliteAppFactory app) : AccountAdminTests<SqliteAppFactory>(app);

public sealed class AccountAdminTestsOnPostgres(PostgresAppFactory app) : AccountAdminTests<PostgresAppFactory>(app);
