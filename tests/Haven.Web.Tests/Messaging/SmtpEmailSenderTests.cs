using System.Diagnostics;
using Haven.Web.Features.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Haven.Web.Tests.Messaging;

public sealed class SmtpEmailSenderTests
{
    private static SmtpEmailSender Sender(int port, TimeSpan? timeout = null) => new(
        Options.Create(new MessagingOptions
        {
            Provider = EmailProvider.Smtp,
            Smtp = new SmtpSettings
            {
                Host = "127.0.0.1",
                Port = port,
                UseStartTls = false,
                FromAddress = "frontdoor@havenshire.test",
                FromName = "Havenshire Front Door",
                Timeout = timeout ?? TimeSpan.FromSeconds(10),
            },
        }),
        NullLogger<SmtpEmailSender>.Instance);

    private static OutgoingEmail Email(string to = "head.teacher@oakfield-primary.test", PdfAttachment? attachment = null) => new(
        to,
        "Siân Testwood",
        "Outcome of your contact – reference HV-CT-000123",
        "Dear Siân Testwood,\n\nWe have decided to offer the family early help.\n\nYours sincerely,\nFront Door",
        "HV-CT-000123",
        attachment);

    [Fact]
    public async Task Sending_delivers_the_recipient_subject_body_and_reference()
    {
        await using var server = new FakeSmtpServer();

        var result = await Sender(server.Port).SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        var mail = Assert.Single(server.Messages);
        Assert.Equal("frontdoor@havenshire.test", mail.From);
        Assert.Equal(["head.teacher@oakfield-primary.test"], mail.Recipients);
        var message = mail.Message;
        Assert.Equal("Outcome of your contact – reference HV-CT-000123", message.Header("Subject"));
        Assert.Contains("head.teacher@oakfield-primary.test", message.Header("To"));
        Assert.Contains("Siân Testwood", message.Header("To"));
        Assert.Equal("HV-CT-000123", message.Header("X-Haven-Reference"));
        Assert.Equal(result.ProviderMessageId, message.Header("Message-ID"));
        Assert.Equal("Dear Siân Testwood,\n\nWe have decided to offer the family early help.\n\nYours sincerely,\nFront Door", message.TextBody);
    }

    [Fact]
    public async Task A_pdf_attachment_arrives_intact()
    {
        await using var server = new FakeSmtpServer();
        byte[] pdf = [.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, 3000).Select(i => (byte)(i % 251))];

        var result = await Sender(server.Port).SendAsync(Email(attachment: new PdfAttachment("outcome-letter-HV-CT-000123.pdf", pdf)),
            TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        var message = Assert.Single(server.Messages).Message;
        var part = Assert.Single(message.Parts, p => p.ContentType == "application/pdf");
        Assert.Contains("outcome-letter-HV-CT-000123.pdf", part.Header("Content-Disposition") ?? part.Header("Content-Type"));
        Assert.Equal(pdf, part.DecodedBytes);
        Assert.StartsWith("Dear Siân Testwood,", message.TextBody);
    }

    [Fact]
    public async Task A_refused_address_gives_a_failed_result_saying_so()
    {
        await using var server = new FakeSmtpServer();
        server.RefusedRecipients["nobody@oakfield-primary.test"] = true;

        var result = await Sender(server.Port).SendAsync(Email("nobody@oakfield-primary.test"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Null(result.ProviderMessageId);
        Assert.Contains("The mail server refused the address nobody@oakfield-primary.test", result.FailureReason);
        Assert.Contains("User unknown", result.FailureReason);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task A_malformed_address_gives_a_failed_result_without_contacting_the_server()
    {
        await using var server = new FakeSmtpServer();

        var result = await Sender(server.Port).SendAsync(Email("head.teacher at oakfield"), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("is not a valid email address", result.FailureReason);
        Assert.Empty(server.Messages);
    }

    [Fact]
    public async Task An_unreachable_server_gives_a_failed_result_not_an_exception()
    {
        var port = FakeSmtpServer.UnusedPort();
        var clock = Stopwatch.StartNew();

        var result = await Sender(port, TimeSpan.FromSeconds(3)).SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains($"could not connect to the mail server (127.0.0.1:{port})", result.FailureReason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_server_that_never_answers_gives_a_failed_result_within_the_timeout()
    {
        await using var server = new FakeSmtpServer { Silent = true };
        var clock = Stopwatch.StartNew();

        var result = await Sender(server.Port, TimeSpan.FromSeconds(1)).SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("did not answer within 1 second,", result.FailureReason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task Programming_errors_throw_rather_than_pass_as_delivery_failures()
    {
        await using var server = new FakeSmtpServer();
        var sender = Sender(server.Port);

        await Assert.ThrowsAsync<ArgumentNullException>(() => sender.SendAsync(null!, TestContext.Current.CancellationToken));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => sender.SendAsync(Email() with { Subject = " " }, TestContext.Current.CancellationToken));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => sender.SendAsync(Email() with { Reference = "" }, TestContext.Current.CancellationToken));
    }
}
