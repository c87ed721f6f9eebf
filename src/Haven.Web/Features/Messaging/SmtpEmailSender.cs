using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text;

namespace Haven.Web.Features.Messaging;

/// <summary>
/// Sends through the authority's own mail server (or a relay such as Exchange's connector). Uses the
/// framework's SMTP client: STARTTLS and username/password are all an authority relay needs, and it adds no package.
/// </summary>
public sealed partial class SmtpEmailSender(IOptions<MessagingOptions> options, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task<EmailSendResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        OutgoingEmailChecks.ThrowIfInvalid(email);
        var settings = options.Value.Smtp;
        var reference = email.Reference;
        // Start-up validation has already checked these; reaching here without them is a wiring bug.
        var host = settings.Host ?? throw new InvalidOperationException("Haven:Email:Smtp:Host is not set");
        var from = new MailAddress(
            settings.FromAddress ?? throw new InvalidOperationException("Haven:Email:Smtp:FromAddress is not set"),
            settings.FromName, Encoding.UTF8);

        // The address came from a person, so a malformed one is a delivery failure to show, not a bug.
        if (!MailAddress.TryCreate(email.ToAddress.Trim(), email.ToName, Encoding.UTF8, out var to))
        {
            return EmailSendResult.Failed($"\"{email.ToAddress}\" is not a valid email address, so the email was not sent.");
        }

        // Our own Message-ID, so the worker's record and the mail server's logs can be matched.
        var messageId = $"<{Guid.NewGuid():N}@{from.Host}>";
        using var message = new MailMessage(from, to)
        {
            Subject = email.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            Body = email.Body,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.QuotedPrintable,
            IsBodyHtml = false,
        };
        message.Headers.Add("Message-ID", messageId);
        message.Headers.Add("X-Haven-Reference", reference);
        if (email.Attachment is { } attachment)
        {
            var file = new Attachment(new MemoryStream(attachment.Content), attachment.FileName, MediaTypeNames.Application.Pdf);
            // Mail clients take the saved file's name from Content-Disposition; the framework only sets it on Content-Type.
            file.ContentDisposition!.FileName = attachment.FileName;
            message.Attachments.Add(file);
        }

        using var client = new SmtpClient(host, settings.Port)
        {
            DeliveryMethod = SmtpDeliveryMethod.Network,
            EnableSsl = settings.UseStartTls,
            UseDefaultCredentials = false,
            Timeout = (int)settings.Timeout.TotalMilliseconds,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }

        // SmtpClient.Timeout only covers synchronous sends, so the async send is bounded by cancellation.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        var server = $"{host}:{settings.Port}";
        try
        {
            await client.SendMailAsync(message, timeout.Token);
            LogAccepted(logger, reference, server, messageId);
            return EmailSendResult.Sent(messageId);
        }
        // Cancelling mid-conversation surfaces as an SmtpException or a broken connection, not always as cancellation.
        catch (Exception ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested
                                   && ex is OperationCanceledException or SmtpException or IOException or SocketException)
        {
            logger.LogWarning("Email {Reference}: mail server {Server} did not answer within {Timeout}", reference, server, settings.Timeout);
            return EmailSendResult.Failed(
                $"The mail server ({server}) did not answer within {Durations.Describe(settings.Timeout)}, so the email was not sent.");
        }
        catch (SmtpFailedRecipientException ex)
        {
            logger.LogWarning("Email {Reference}: mail server {Server} refused the recipient: {Status} {Message}", reference, server, ex.StatusCode, ex.Message);
            return EmailSendResult.Failed(
                $"The mail server refused the address {to.Address}, so the email was not sent. It said: {ServerSaid(ex)}");
        }
        catch (SmtpException ex)
        {
            logger.LogWarning(ex, "Email {Reference}: sending through {Server} failed with {Status}", reference, server, ex.StatusCode);
            return EmailSendResult.Failed(ReasonFor(ex, server));
        }
        catch (Exception ex) when (ex is IOException or SocketException or AuthenticationException)
        {
            logger.LogWarning(ex, "Email {Reference}: connection to {Server} failed", reference, server);
            return EmailSendResult.Failed($"Haven could not talk to the mail server ({server}): {Innermost(ex).Message} The email was not sent.");
        }
    }

    private static string ReasonFor(SmtpException ex, string server)
    {
        var inner = Innermost(ex);
        if (inner is SocketException or IOException && inner != ex)
        {
            return $"Haven could not connect to the mail server ({server}): {inner.Message} The email was not sent.";
        }
        if (inner is AuthenticationException)
        {
            return $"Haven could not make a secure connection to the mail server ({server}): {inner.Message} The email was not sent.";
        }
        return ex.StatusCode switch
        {
            SmtpStatusCode.MustIssueStartTlsFirst =>
                "The mail server only accepts secure connections: Haven:Email:Smtp:UseStartTls must be true. The email was not sent.",
            SmtpStatusCode.ServiceNotAvailable or SmtpStatusCode.MailboxBusy or SmtpStatusCode.InsufficientStorage or SmtpStatusCode.LocalErrorInProcessing =>
                $"The mail server ({server}) is not accepting email just now, so the email was not sent. Try again later. It said: {ServerSaid(ex)}",
            _ => $"The mail server ({server}) refused the email, so it was not sent. It said: {ServerSaid(ex)}",
        };
    }

    /// <summary>The server's own words where the framework quotes them, else the framework's message.</summary>
    private static string ServerSaid(SmtpException ex)
    {
        const string marker = "The server response was: ";
        var at = ex.Message.IndexOf(marker, StringComparison.Ordinal);
        return at >= 0 ? ex.Message[(at + marker.Length)..].Trim() : Innermost(ex).Message;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Reference} accepted by mail server {Server} as {MessageId}")]
    private static partial void LogAccepted(ILogger logger, string reference, string server, string messageId);

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is { } inner)
        {
            ex = inner;
        }
        return ex;
    }
}
