namespace Haven.Web.Features.Messaging;

/// <summary>
/// An email to one person. Plain text only: referrers read it in whatever mail client their organisation uses,
/// and a screen reader or a forwarding rule handles plain text best.
/// </summary>
/// <param name="ToAddress">The recipient's email address, as the referrer gave it.</param>
/// <param name="ToName">The recipient's name, shown in their mail client; may be empty.</param>
/// <param name="Subject">The subject line.</param>
/// <param name="Body">The plain-text body.</param>
/// <param name="Reference">Haven's reference for the email (e.g. the contact reference), so a delivery can be matched back to the record.</param>
/// <param name="Attachment">An optional PDF, such as the outcome letter.</param>
public sealed record OutgoingEmail(
    string ToAddress,
    string ToName,
    string Subject,
    string Body,
    string Reference,
    PdfAttachment? Attachment = null);

/// <summary>A PDF to attach. Bytes and name travel together so a sender never has one without the other.</summary>
public sealed record PdfAttachment(string FileName, byte[] Content);

/// <summary>
/// Sends an email. Expected delivery failures (the server refuses the address, times out, is unreachable,
/// the provider rate-limits us) come back as <see cref="EmailSendResult.Failed"/> so the caller can record
/// "not sent" and tell the worker why. Programming errors (null or empty arguments, a missing template) throw.
/// Cancellation by the caller throws <see cref="OperationCanceledException"/> as usual.
/// </summary>
public interface IEmailSender
{
    Task<EmailSendResult> SendAsync(OutgoingEmail email, CancellationToken cancellationToken = default);
}

/// <summary>What happened to one email.</summary>
public sealed record EmailSendResult
{
    private EmailSendResult(bool succeeded, string? providerMessageId, string? failureReason)
    {
        Succeeded = succeeded;
        ProviderMessageId = providerMessageId;
        FailureReason = failureReason;
    }

    /// <summary>True when the mail server or provider accepted the email (not proof that it reached the inbox).</summary>
    public bool Succeeded { get; }

    /// <summary>The provider's id for the message (Notify's notification id, the SMTP Message-ID), when there is one.</summary>
    public string? ProviderMessageId { get; }

    /// <summary>Why it was not sent, in words a social worker can read and act on; null when sent.</summary>
    public string? FailureReason { get; }

    public static EmailSendResult Sent(string? providerMessageId = null) => new(true, providerMessageId, null);

    public static EmailSendResult Failed(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new(false, null, reason);
    }

    public override string ToString() => Succeeded ? $"Sent ({ProviderMessageId ?? "no id"})" : $"Not sent: {FailureReason}";
}

internal static class Durations
{
    /// <summary>"1 second", "30 seconds", "2 minutes": for failure reasons a person reads.</summary>
    public static string Describe(TimeSpan span) => span.TotalSeconds switch
    {
        1 => "1 second",
        < 120 => $"{span.TotalSeconds:0.#} seconds",
        _ => $"{span.TotalMinutes:0.#} minutes",
    };
}

internal static class OutgoingEmailChecks
{
    /// <summary>Rejects emails that no sender could send: these are bugs in the caller, not delivery failures.</summary>
    public static void ThrowIfInvalid(OutgoingEmail email)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(email.ToAddress, nameof(email) + "." + nameof(email.ToAddress));
        ArgumentException.ThrowIfNullOrWhiteSpace(email.Subject, nameof(email) + "." + nameof(email.Subject));
        ArgumentNullException.ThrowIfNull(email.Body, nameof(email) + "." + nameof(email.Body));
        ArgumentException.ThrowIfNullOrWhiteSpace(email.Reference, nameof(email) + "." + nameof(email.Reference));
        if (email.Attachment is { } attachment)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(attachment.FileName, nameof(email) + ".Attachment.FileName");
            ArgumentNullException.ThrowIfNull(attachment.Content, nameof(email) + ".Attachment.Content");
        }
    }
}
