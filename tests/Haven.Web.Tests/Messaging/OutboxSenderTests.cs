using Haven.Web.Features.Messaging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Haven.Web.Tests.Messaging;

public sealed class OutboxSenderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"haven-outbox-{Guid.NewGuid():N}", "data", "outbox");
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 10, 30, 0, TimeSpan.Zero));

    private LoggingEmailSender Sender() => new(
        Options.Create(new MessagingOptions { Outbox = new OutboxSettings { Folder = _folder } }), _clock, NullLogger<LoggingEmailSender>.Instance);

    private static OutgoingEmail Email(PdfAttachment? attachment = null) => new(
        "duty.sergeant@havenshire-police.test",
        "PS Rhodri Testman",
        "Outcome of your contact – reference HV-CT-000789",
        "Dear PS Rhodri Testman,\n\nWe will carry out a child and family assessment.\n\nYours sincerely,\nFront Door",
        "HV-CT-000789",
        attachment);

    [Fact]
    public async Task Writes_a_readable_eml_file_named_by_time_and_reference()
    {
        var result = await Sender().SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        var file = Assert.Single(Directory.GetFiles(_folder));
        Assert.StartsWith("20261125T103000Z-HV-CT-000789-", Path.GetFileName(file));
        Assert.EndsWith(".eml", file);
        var text = await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken);
        // Readable as it stands: no encoding to undo before a person can see who, what and why.
        Assert.Contains("To: \"PS Rhodri Testman\" <duty.sergeant@havenshire-police.test>", text);
        Assert.Contains("Subject: Outcome of your contact – reference HV-CT-000789", text);
        Assert.Contains("X-Haven-Reference: HV-CT-000789", text);
        Assert.Contains("Date: Wed, 25 Nov 2026 10:30:00 +0000", text);
        Assert.Contains($"Message-ID: {result.ProviderMessageId}", text);
        Assert.Contains("We will carry out a child and family assessment.", text);
        Assert.Equal("Dear PS Rhodri Testman,\n\nWe will carry out a child and family assessment.\n\nYours sincerely,\nFront Door",
            MimeEntity.Parse(text).TextBody);
        Assert.Empty(Directory.GetFiles(_folder, "*.partial"));
    }

    [Fact]
    public async Task An_attachment_is_written_as_a_mime_part_a_mail_client_can_open()
    {
        byte[] pdf = [.. "%PDF-1.7\n"u8, .. Enumerable.Range(0, 500).Select(i => (byte)i)];

        var result = await Sender().SendAsync(Email(new PdfAttachment("outcome-letter-HV-CT-000789.pdf", pdf)), TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.ToString());
        var message = MimeEntity.Parse(await File.ReadAllTextAsync(Assert.Single(Directory.GetFiles(_folder)), TestContext.Current.CancellationToken));
        Assert.Equal("multipart/mixed", message.ContentType);
        Assert.StartsWith("Dear PS Rhodri Testman,", message.TextBody);
        var part = Assert.Single(message.Parts, p => p.ContentType == "application/pdf");
        Assert.Contains("outcome-letter-HV-CT-000789.pdf", part.Header("Content-Disposition"));
        Assert.Equal(pdf, part.DecodedBytes);
    }

    [Fact]
    public async Task An_unwritable_folder_gives_a_failed_result()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder)!);
        await File.WriteAllTextAsync(_folder, "a file where the folder should be", TestContext.Current.CancellationToken);

        var result = await Sender().SendAsync(Email(), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("could not write the email to the outbox folder", result.FailureReason);
    }

    public void Dispose()
    {
        var root = Path.GetDirectoryName(Path.GetDirectoryName(_folder))!;
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
