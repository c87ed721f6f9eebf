using System.Diagnostics;
using System.Net;
using Haven.Web.Features.Messaging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Haven.Web.Tests.Messaging;

public sealed class NotifyEmailSenderTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 30, 0, TimeSpan.Zero));
    private FakeNotifyApi _notify = null!;

    public async ValueTask InitializeAsync() => _notify = await FakeNotifyApi.StartAsync(() => _clock.GetUtcNow());

    public async ValueTask DisposeAsync() => await _notify.DisposeAsync();

    private NotifyEmailSender Sender(string apiKey = FakeNotifyApi.ApiKey, TimeProvider? clock = null, TimeSpan? timeout = null) => new(
        new HttpClient(),
        Options.Create(new MessagingOptions
        {
            Provider = EmailProvider.Notify,
            Notify = new NotifySettings
            {
                ApiKey = apiKey,
                TemplateId = FakeNotifyApi.TemplateId,
                BaseUrl = _notify.BaseUrl,
                Timeout = timeout ?? TimeSpan.FromSeconds(10),
            },
        }),
        clock ?? _clock,
        NullLogger<NotifyEmailSender>.Instance);

    private static OutgoingEmail Email(string to = "safeguarding.lead@oakfield-primary.test", PdfAttachment? attachment = null) => new(
        to,
        "Siân Testwood",
        "Outcome of your contact – reference HV-CT-000456",
        "Dear Siân Testwood,\n\nWe have decided to offer the family early help.",
        "HV-CT-000456",
        attachment);

    [Fact]
    public async Task Success_returns_Notifys_id_and_the_reference_and_personalisation_arrive()
    {
        var result = await Sender().SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result + " / " + string.Join("; ", _notify.AuthFailures));
        Assert.True(Guid.TryParse(result.ProviderMessageId, out _), result.ProviderMessageId);
        var request = Assert.Single(_notify.Received);
        Assert.Equal("safeguarding.lead@oakfield-primary.test", (string?)request["email_address"]);
        Assert.Equal(FakeNotifyApi.TemplateId, (string?)request["template_id"]);
        Assert.Equal("HV-CT-000456", (string?)request["reference"]);
        var personalisation = request["personalisation"]!;
        Assert.Equal("Outcome of your contact – reference HV-CT-000456", (string?)personalisation["subject"]);
        Assert.Equal("Dear Siân Testwood,\n\nWe have decided to offer the family early help.", (string?)personalisation["body"]);
        Assert.Equal("Siân Testwood", (string?)personalisation["to_name"]);
        Assert.Null(request["email_reply_to_id"]);
    }

    [Fact]
    public async Task An_attachment_goes_as_a_Notify_file_upload()
    {
        byte[] pdf = [.. "%PDF-1.7\n"u8, 1, 2, 3, 250];

        var result = await Sender().SendAsync(Email(attachment: new PdfAttachment("outcome-letter.pdf", pdf)), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        var file = Assert.Single(_notify.Received)["personalisation"]!["link_to_file"]!;
        Assert.Equal(pdf, Convert.FromBase64String((string)file["file"]!));
        Assert.Equal("outcome-letter.pdf", (string?)file["filename"]);
        Assert.True((bool)file["confirm_email_before_download"]!);
    }

    [Fact]
    public async Task A_key_with_the_wrong_secret_is_refused_with_403_and_gives_a_failed_result()
    {
        var wrongSecret = $"haven_test_key-{FakeNotifyApi.ServiceId}-{Guid.NewGuid()}";

        var result = await Sender(wrongSecret).SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("did not accept Haven's API key", result.FailureReason);
        Assert.Contains("Invalid token: signature", result.FailureReason);
        Assert.Empty(_notify.Received);
    }

    [Fact]
    public async Task A_key_for_another_service_is_refused()
    {
        var otherService = $"haven_test_key-{Guid.NewGuid()}-{FakeNotifyApi.Secret}";

        var result = await Sender(otherService).SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("service not found", result.FailureReason);
    }

    [Fact]
    public async Task The_token_is_issued_at_the_injected_clocks_time()
    {
        // Notify refuses tokens more than 30 seconds out; a sender reading the machine clock would pass this test only by luck.
        var slowClock = new FakeTimeProvider(_clock.GetUtcNow().AddMinutes(-2));

        var stale = await Sender(clock: slowClock).SendAsync(Email(), TestContext.Current.CancellationToken);
        slowClock.Advance(TimeSpan.FromMinutes(2) - TimeSpan.FromSeconds(20));
        var fresh = await Sender(clock: slowClock).SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.False(stale.Succeeded);
        Assert.Contains("clock", stale.FailureReason);
        Assert.True(fresh.Succeeded, fresh.ToString());
    }

    [Fact]
    public async Task Rate_limiting_gives_a_failed_result_that_says_rate_limit()
    {
        _notify.ForceStatus = HttpStatusCode.TooManyRequests;

        var result = await Sender().SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("rate limit", result.FailureReason);
        Assert.Contains("Try again in a few minutes", result.FailureReason);
    }

    [Fact]
    public async Task A_bad_request_gives_Notifys_reason()
    {
        var result = await Sender().SendAsync(Email("not-an-address"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("refused the email", result.FailureReason);
        Assert.Contains("email_address Not a valid email address", result.FailureReason);
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    public async Task A_server_error_gives_a_failed_result(HttpStatusCode status)
    {
        _notify.ForceStatus = status;

        var result = await Sender().SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains($"had a problem at its end (HTTP {(int)status})", result.FailureReason);
    }

    [Fact]
    public async Task A_slow_answer_gives_a_failed_result_within_the_timeout()
    {
        _notify.Delay = TimeSpan.FromSeconds(10);
        var clock = Stopwatch.StartNew();

        var result = await Sender(timeout: TimeSpan.FromSeconds(1)).SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("did not answer within 1 second,", result.FailureReason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task An_unreachable_service_gives_a_failed_result()
    {
        var sender = new NotifyEmailSender(new HttpClient(), Options.Create(new MessagingOptions
        {
            Notify = new NotifySettings
            {
                ApiKey = FakeNotifyApi.ApiKey,
                TemplateId = FakeNotifyApi.TemplateId,
                BaseUrl = $"http://127.0.0.1:{FakeSmtpServer.UnusedPort()}",
            },
        }), _clock, NullLogger<NotifyEmailSender>.Instance);

        var result = await sender.SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("could not reach GOV.UK Notify", result.FailureReason);
    }

    [Fact]
    public async Task Registered_through_configuration_it_sends_with_the_http_client_factory()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Haven:Email:Provider"] = "Notify",
            ["Haven:Email:Notify:ApiKey"] = FakeNotifyApi.ApiKey,
            ["Haven:Email:Notify:TemplateId"] = FakeNotifyApi.TemplateId,
            ["Haven:Email:Notify:BaseUrl"] = _notify.BaseUrl + "/",
            ["Haven:Email:Notify:EmailReplyToId"] = "5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_clock);
        services.AddHavenMessaging(configuration);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var sender = provider.GetRequiredService<IEmailSender>();
        var result = await sender.SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.IsType<NotifyEmailSender>(sender);
        Assert.True(result.Succeeded, result.ToString());
        Assert.Equal("5d6e7f80-1a2b-4c3d-8e9f-0a1b2c3d4e5f", (string?)Assert.Single(_notify.Received)["email_reply_to_id"]);
    }

    [Fact]
    public void The_token_is_HS256_with_iss_and_iat_only()
    {
        var token = NotifyJwt.Create(NotifyApiKey.Parse(FakeNotifyApi.ApiKey), new DateTimeOffset(2026, 11, 25, 10, 30, 0, TimeSpan.Zero));

        var parts = token.Split('.');
        Assert.Equal(3, parts.Length);
        Assert.Equal("""{"typ":"JWT","alg":"HS256"}""", System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[0])));
        Assert.Equal($$"""{"iss":"{{FakeNotifyApi.ServiceId}}","iat":1795602600}""",
            System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(parts[1])));
        Assert.DoesNotContain('=', token);
    }

    [Theory]
    [InlineData("my-key-with-hyphens-4f1c7a2e-8b3d-4e5f-9a6b-1c2d3e4f5a6b-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b", "my-key-with-hyphens")]
    [InlineData("k-4F1C7A2E-8B3D-4E5F-9A6B-1C2D3E4F5A6B-9E8D7C6B-5A4F-4E3D-8C2B-1A0F9E8D7C6B", "k")]
    public void Api_keys_are_read_from_the_end_so_key_names_may_contain_hyphens(string key, string name)
    {
        var parsed = NotifyApiKey.Parse(key);

        Assert.Equal(name, parsed.KeyName);
        Assert.Equal(FakeNotifyApi.ServiceId, parsed.ServiceId, ignoreCase: true);
        Assert.Equal(FakeNotifyApi.Secret, parsed.Secret, ignoreCase: true);
        Assert.DoesNotContain(parsed.Secret, parsed.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
