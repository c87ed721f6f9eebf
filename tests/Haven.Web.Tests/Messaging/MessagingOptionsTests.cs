using Haven.Web.Features.Messaging;
using Haven.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Haven.Web.Tests.Messaging;

public sealed class MessagingOptionsTests
{
    private const string GoodKey = FakeNotifyApi.ApiKey;

    /// <summary>Starts a host with only the messaging services, as Haven's start-up would.</summary>
    private static async Task<IHost> StartAsync(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.Services.AddHavenMessaging(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync(TestContext.Current.CancellationToken);
        return host;
    }

    private static async Task<string> StartUpFailureAsync(Dictionary<string, string?> settings)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync(settings));
        return error.Message;
    }

    [Fact]
    public async Task With_nothing_configured_emails_go_to_the_outbox()
    {
        using var host = await StartAsync([]);

        Assert.IsType<LoggingEmailSender>(host.Services.GetRequiredService<IEmailSender>());
        Assert.NotNull(host.Services.GetRequiredService<PdfRenderer>());
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("4f1c7a2e-8b3d-4e5f-9a6b-1c2d3e4f5a6b-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b")]
    [InlineData("haven_test_key-4f1c7a2e-8b3d-4e5f-9a6b-1c2d3e4f5a6b")]
    [InlineData("haven_test_key-4f1c7a2e-8b3d-4e5f-9a6b-1c2d3e4f5a6b-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6")]
    public async Task A_Notify_key_of_the_wrong_shape_stops_start_up_with_a_clear_message(string key)
    {
        var message = await StartUpFailureAsync(new()
        {
            ["Haven:Email:Provider"] = "Notify",
            ["Haven:Email:Notify:ApiKey"] = key,
            ["Haven:Email:Notify:TemplateId"] = FakeNotifyApi.TemplateId,
        });

        Assert.Contains("Haven:Email:Notify:ApiKey is not a GOV.UK Notify API key", message);
        Assert.Contains("keyname-{service id}-{secret}", message);
        // The message goes to logs and consoles: it must not repeat the key.
        Assert.DoesNotContain(key, message);
    }

    [Fact]
    public async Task Notify_needs_a_key_and_a_template()
    {
        var message = await StartUpFailureAsync(new() { ["Haven:Email:Provider"] = "notify" });

        Assert.Contains("Haven:Email:Notify:ApiKey must be set", message);
        Assert.Contains("Haven:Email:Notify:TemplateId must be set", message);
    }

    [Fact]
    public async Task Notify_is_reached_over_https_except_on_this_machine()
    {
        var message = await StartUpFailureAsync(new()
        {
            ["Haven:Email:Provider"] = "Notify",
            ["Haven:Email:Notify:ApiKey"] = GoodKey,
            ["Haven:Email:Notify:TemplateId"] = FakeNotifyApi.TemplateId,
            ["Haven:Email:Notify:BaseUrl"] = "http://notify.havenshire.test",
        });

        Assert.Contains("Haven:Email:Notify:BaseUrl must use https://", message);
    }

    [Fact]
    public async Task An_unknown_provider_stops_start_up_naming_the_setting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(new() { ["Haven:Email:Provider"] = "CarrierPigeon" }));

        Assert.Contains("Haven:Email:Provider", error.Message);
    }

    [Fact]
    public async Task A_good_Notify_configuration_starts_and_uses_Notify()
    {
        using var host = await StartAsync(new()
        {
            ["Haven:Email:Provider"] = "Notify",
            ["Haven:Email:Notify:ApiKey"] = GoodKey,
            ["Haven:Email:Notify:TemplateId"] = FakeNotifyApi.TemplateId,
        });

        Assert.IsType<NotifyEmailSender>(host.Services.GetRequiredService<IEmailSender>());
    }

    [Fact]
    public async Task Smtp_needs_a_host_and_a_from_address()
    {
        var message = await StartUpFailureAsync(new() { ["Haven:Email:Provider"] = "Smtp" });

        Assert.Contains("Haven:Email:Smtp:Host must name the mail server", message);
        Assert.Contains("Haven:Email:Smtp:FromAddress must be the address emails come from", message);
    }

    [Fact]
    public async Task Smtp_refuses_to_send_a_password_without_StartTls()
    {
        var message = await StartUpFailureAsync(new()
        {
            ["Haven:Email:Provider"] = "Smtp",
            ["Haven:Email:Smtp:Host"] = "smtp.havenshire.test",
            ["Haven:Email:Smtp:FromAddress"] = "frontdoor@havenshire.test",
            ["Haven:Email:Smtp:UseStartTls"] = "false",
            ["Haven:Email:Smtp:UserName"] = "haven",
            ["Haven:Email:Smtp:Password"] = "synthetic-password",
        });

        Assert.Contains("UseStartTls must be true when a password is set", message);
    }

    [Fact]
    public async Task A_good_Smtp_configuration_starts_and_uses_Smtp()
    {
        using var host = await StartAsync(new()
        {
            ["Haven:Email:Provider"] = "Smtp",
            ["Haven:Email:Smtp:Host"] = "smtp.havenshire.test",
            ["Haven:Email:Smtp:Port"] = "25",
            ["Haven:Email:Smtp:FromAddress"] = "frontdoor@havenshire.test",
        });

        Assert.IsType<SmtpEmailSender>(host.Services.GetRequiredService<IEmailSender>());
    }

    [Fact]
    public async Task Settings_of_a_provider_not_in_use_are_not_checked()
    {
        using var host = await StartAsync(new()
        {
            ["Haven:Email:Provider"] = "Outbox",
            ["Haven:Email:Notify:ApiKey"] = "left over from a trial",
        });

        Assert.IsType<LoggingEmailSender>(host.Services.GetRequiredService<IEmailSender>());
    }

    [Fact]
    public async Task Haven_registers_messaging_and_refuses_to_start_with_a_bad_Notify_key()
    {
        await using (var app = new SqliteAppFactory())
        {
            Assert.IsType<LoggingEmailSender>(app.Services.GetRequiredService<IEmailSender>());
        }

        await using var misconfigured = new SqliteAppFactory();
        var error = Assert.ThrowsAny<Exception>(() => misconfigured.WithWebHostBuilder(b => b
            .ConfigureLogging(logging => logging.ClearProviders())
            .UseSetting("Haven:Email:Provider", "Notify")
            .UseSetting("Haven:Email:Notify:ApiKey", "not-a-key")
            .UseSetting("Haven:Email:Notify:TemplateId", FakeNotifyApi.TemplateId)).Services);
        Assert.Contains("Haven:Email:Notify:ApiKey is not a GOV.UK Notify API key", error.ToString());
    }
}
