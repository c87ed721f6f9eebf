using System.Text;
using System.Text.RegularExpressions;

namespace Haven.Web.Features.Messaging;

/// <summary>
/// The demo's "mail server": each email becomes a .eml file in the outbox folder (a mail client opens it;
/// so does a text editor), and a log line says where. Nothing leaves the machine.
/// </summary>
public sealed partial class LoggingEmailSender(IOptions<MessagingOptions> options, TimeProvider time, ILogger<LoggingEmailSender> logger) : IEmailSender
{
    public const string FromAddress = "frontdoor@demo.haven.local";

    public string Folder => Path.GetFullPath(options.Value.Outbox.Folder);

    public async Task<EmailSendResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        OutgoingEmailChecks.ThrowIfInvalid(email);
        var (reference, recipient, folder) = (email.Reference, email.ToAddress, Folder);
        var now = time.GetUtcNow();
        var id = Guid.NewGuid().ToString("N")[..12];
        var messageId = $"<{id}@outbox.demo.haven.local>";
        var path = Path.Combine(folder, $"{now:yyyyMMdd'T'HHmmss'Z'}-{SafeFileName(reference)}-{id}.eml");
        try
        {
            // Emails are about children: the folder and files are readable only by the account Haven runs as.
            OwnerOnly.CreateFolder(folder);
            // Written under a temporary name and then moved, so anyone watching the folder never reads half an email.
            var partial = path + ".partial";
            await using (var file = new StreamWriter(partial, new UTF8Encoding(false), OwnerOnly.NewFile()))
            {
                await file.WriteAsync(Render(email, now, messageId).AsMemory(), cancellationToken);
            }
            File.Move(partial, path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogWarning(ex, "Email {Reference} could not be written to the outbox {Folder}", reference, folder);
            return EmailSendResult.Failed($"Haven could not write the email to the outbox folder {folder}: {ex.Message}");
        }
        // The log names the file, not the contents: the body is about a child and belongs in the file only.
        LogWritten(logger, reference, recipient, path);
        return EmailSendResult.Sent(messageId);
    }

    /// <summary>An RFC 5322 message with UTF-8 text left readable (8bit) and any PDF as a base64 MIME part.</summary>
    internal static string Render(OutgoingEmail email, DateTimeOffset now, string messageId)
    {
        var eml = new StringBuilder();
        void Line(string text = "") => eml.Append(text).Append("\r\n");

        Line($"From: Haven demo outbox <{FromAddress}>");
        Line(string.IsNullOrWhiteSpace(email.ToName) ? $"To: <{email.ToAddress}>" : $"To: \"{email.ToName.Replace("\"", "'")}\" <{email.ToAddress}>");
        Line($"Subject: {OneLine(email.Subject)}");
        Line($"Date: {now.ToUniversalTime():ddd, dd MMM yyyy HH:mm:ss} +0000");
        Line($"Message-ID: {messageId}");
        Line($"X-Haven-Reference: {OneLine(email.Reference)}");
        Line("MIME-Version: 1.0");
        var body = NormaliseLineEnds(email.Body);
        if (email.Attachment is not { } attachment)
        {
            Line("Content-Type: text/plain; charset=utf-8");
            Line("Content-Transfer-Encoding: 8bit");
            Line();
            Line(body);
            return eml.ToString();
        }
        var boundary = "haven-" + Guid.NewGuid().ToString("N");
        Line($"Content-Type: multipart/mixed; boundary=\"{boundary}\"");
        Line();
        Line($"--{boundary}");
        Line("Content-Type: text/plain; charset=utf-8");
        Line("Content-Transfer-Encoding: 8bit");
        Line();
        Line(body);
        Line($"--{boundary}");
        var fileName = OneLine(attachment.FileName).Replace("\"", "'");
        Line($"Content-Type: application/pdf; name=\"{fileName}\"");
        Line("Content-Transfer-Encoding: base64");
        Line($"Content-Disposition: attachment; filename=\"{fileName}\"");
        Line();
        var base64 = Convert.ToBase64String(attachment.Content);
        for (var i = 0; i < base64.Length; i += 76)
        {
            Line(base64.Substring(i, Math.Min(76, base64.Length - i)));
        }
        Line($"--{boundary}--");
        return eml.ToString();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string NormaliseLineEnds(string text) => text.ReplaceLineEndings("\r\n");

    private static string SafeFileName(string reference)
    {
        var safe = Unsafe().Replace(reference, "-").Trim('-');
        return safe.Length switch
        {
            0 => "email",
            > 40 => safe[..40],
            _ => safe,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Reference} to {Recipient} written to the outbox: {Path}")]
    private static partial void LogWritten(ILogger logger, string reference, string recipient, string path);

    [GeneratedRegex("[^A-Za-z0-9_-]+")]
    private static partial Regex Unsafe();
}
