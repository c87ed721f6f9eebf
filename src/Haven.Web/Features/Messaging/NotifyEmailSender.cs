using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Haven.Web.Features.Messaging;

/// <summary>
/// Sends through GOV.UK Notify's v2 API (or a service with the same API), using one email template whose
/// subject is ((subject)) and content is ((body)), so Haven keeps the wording and Notify does the delivery.
/// </summary>
public sealed partial class NotifyEmailSender(
    HttpClient http, IOptions<MessagingOptions> options, TimeProvider time, ILogger<NotifyEmailSender> logger) : IEmailSender
{
    private const string Service = "GOV.UK Notify";

    public async Task<EmailSendResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default)
    {
        OutgoingEmailChecks.ThrowIfInvalid(email);
        var settings = options.Value.Notify;
        var reference = email.Reference;
        // Start-up validation has already checked these; reaching here without them is a wiring bug.
        var key = NotifyApiKey.Parse(settings.ApiKey ?? throw new InvalidOperationException("Haven:Email:Notify:ApiKey is not set"));
        var templateId = settings.TemplateId ?? throw new InvalidOperationException("Haven:Email:Notify:TemplateId is not set");
        var endpoint = new Uri(settings.BaseUrl.TrimEnd('/') + "/v2/notifications/email", UriKind.Absolute);

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(RequestBody(email, templateId, settings)),
        };
        // A fresh token per request: Notify refuses one whose iat is more than 30 seconds from its clock.
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", NotifyJwt.Create(key, time.GetUtcNow()));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(settings.Timeout);
        // No retry here: a POST that timed out may still have been sent, and two copies of an outcome email
        // are worse than one "not sent" that a worker can see and resend.
        try
        {
            using var response = await http.SendAsync(request, timeout.Token);
            var text = await response.Content.ReadAsStringAsync(timeout.Token);
            if (response.StatusCode == HttpStatusCode.Created)
            {
                var id = ReadId(text);
                LogAccepted(logger, reference, id);
                return EmailSendResult.Sent(id);
            }
            var detail = ReadErrors(text);
            logger.LogWarning("Email {Reference} refused by Notify: HTTP {Status} {Detail}", reference, (int)response.StatusCode, detail);
            return EmailSendResult.Failed(ReasonFor(response.StatusCode, detail));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Email {Reference}: Notify did not answer within {Timeout}", reference, settings.Timeout);
            return EmailSendResult.Failed(
                $"{Service} did not answer within {Durations.Describe(settings.Timeout)}, so the email may not have been sent. Check before sending it again.");
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning(ex, "Email {Reference}: could not reach Notify", reference);
            return EmailSendResult.Failed($"Haven could not reach {Service} ({ex.Message}), so the email was not sent.");
        }
    }

    private static JsonObject RequestBody(OutgoingEmail email, string templateId, NotifySettings settings)
    {
        var personalisation = new JsonObject
        {
            ["subject"] = email.Subject,
            ["body"] = email.Body,
            // Notify ignores fields a template does not use, so a template may greet by name or not.
            ["to_name"] = email.ToName,
        };
        if (email.Attachment is { } attachment)
        {
            // Notify sends a link rather than an attachment; the recipient confirms their address before downloading.
            personalisation[settings.AttachmentField] = new JsonObject
            {
                ["file"] = Convert.ToBase64String(attachment.Content),
                ["filename"] = attachment.FileName,
                ["confirm_email_before_download"] = true,
            };
        }
        var body = new JsonObject
        {
            ["email_address"] = email.ToAddress,
            ["template_id"] = templateId,
            ["personalisation"] = personalisation,
            ["reference"] = email.Reference,
        };
        if (!string.IsNullOrWhiteSpace(settings.EmailReplyToId))
        {
            body["email_reply_to_id"] = settings.EmailReplyToId;
        }
        return body;
    }

    private static string ReasonFor(HttpStatusCode status, string detail)
    {
        var because = detail.Length > 0 ? $" {Service} said: {detail}" : "";
        return (int)status switch
        {
            400 => $"{Service} refused the email, so it was not sent.{because}",
            401 or 403 => $"{Service} did not accept Haven's API key, so the email was not sent. " +
                          $"An administrator needs to check the Notify settings.{because}",
            429 => $"{Service}'s rate limit was reached, so the email was not sent. Try again in a few minutes.{because}",
            >= 500 => $"{Service} had a problem at its end (HTTP {(int)status}), so the email was not sent. Try again later.",
            _ => $"{Service} answered HTTP {(int)status}, so the email was not sent.{because}",
        };
    }

    private static string? ReadId(string json)
    {
        try
        {
            return JsonNode.Parse(json)?["id"]?.GetValue<string>();
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            // Accepted is what matters: an id we cannot read only loses the correlation, not the email.
            return null;
        }
    }

    /// <summary>Notify's errors look like {"status_code":400,"errors":[{"error":"BadRequestError","message":"…"}]}.</summary>
    private static string ReadErrors(string json)
    {
        try
        {
            var errors = JsonNode.Parse(json)?["errors"]?.AsArray();
            if (errors is null)
            {
                return "";
            }
            var messages = errors.Select(e => e?["message"]?.GetValue<string>()).Where(m => !string.IsNullOrWhiteSpace(m));
            return string.Join("; ", messages);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException)
        {
            return "";
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Reference} accepted by Notify as {NotificationId}")]
    private static partial void LogAccepted(ILogger logger, string reference, string? notificationId);

}

/// <summary>The bearer token Notify expects: HS256 over {"iss": service id, "iat": seconds}, keyed by the key's secret.</summary>
internal static class NotifyJwt
{
    private static readonly byte[] Header = Encoding.UTF8.GetBytes("""{"typ":"JWT","alg":"HS256"}""");

    public static string Create(NotifyApiKey key, DateTimeOffset now)
    {
        var claims = JsonSerializer.SerializeToUtf8Bytes(new JsonObject
        {
            ["iss"] = key.ServiceId,
            ["iat"] = now.ToUnixTimeSeconds(),
        });
        var signingInput = Base64Url.EncodeToString(Header) + "." + Base64Url.EncodeToString(claims);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key.Secret), Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url.EncodeToString(signature);
    }
}
