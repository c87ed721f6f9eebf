using System.ComponentModel.DataAnnotations;

namespace Haven.Web.Features.Messaging;

public enum EmailProvider
{
    /// <summary>Write emails to files in a folder: the demo and development default, needs no mail server.</summary>
    Outbox,
    Smtp,
    Notify,
}

/// <summary>
/// The "Haven:Email" configuration section. Only the chosen provider's settings are checked, so an authority
/// on SMTP need not invent a Notify key. Checked at start-up: a mis-typed setting stops Haven starting rather
/// than surfacing days later as referrers who never heard back.
/// </summary>
public sealed class MessagingOptions : IValidatableObject
{
    public const string Section = "Haven:Email";

    public EmailProvider Provider { get; set; } = EmailProvider.Outbox;

    public OutboxSettings Outbox { get; set; } = new();

    public SmtpSettings Smtp { get; set; } = new();

    public NotifySettings Notify { get; set; } = new();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        object settings = Provider switch
        {
            EmailProvider.Smtp => Smtp,
            EmailProvider.Notify => Notify,
            _ => Outbox,
        };
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(settings, new ValidationContext(settings), results, validateAllProperties: true);
        // Members are named under the provider ("Notify.ApiKey") so the start-up error points at the setting to fix.
        var prefix = Provider + ".";
        return results.Select(r => new ValidationResult(r.ErrorMessage, r.MemberNames.Select(m => prefix + m).ToArray()));
    }
}

public sealed class OutboxSettings
{
    /// <summary>The folder emails are written to, relative to the working directory (as the demo database is).</summary>
    [Required(ErrorMessage = "Haven:Email:Outbox:Folder must name a folder")]
    public string Folder { get; set; } = "data/outbox";
}

public sealed class SmtpSettings : IValidatableObject
{
    [Required(ErrorMessage = "Haven:Email:Smtp:Host must name the mail server, e.g. smtp.havenshire.gov.uk")]
    public string? Host { get; set; }

    [Range(1, 65535, ErrorMessage = "Haven:Email:Smtp:Port must be between 1 and 65535 (usually 587 or 25)")]
    public int Port { get; set; } = 587;

    /// <summary>Upgrade the connection with STARTTLS before sending. Only turn off for a relay on the same machine.</summary>
    public bool UseStartTls { get; set; } = true;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    [Required(ErrorMessage = "Haven:Email:Smtp:FromAddress must be the address emails come from, e.g. frontdoor@havenshire.gov.uk")]
    [EmailAddress(ErrorMessage = "Haven:Email:Smtp:FromAddress must be an email address")]
    public string? FromAddress { get; set; }

    public string FromName { get; set; } = "";

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Haven:Email:Smtp:Timeout must be between 1 second and 10 minutes")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult(
                "Haven:Email:Smtp:UserName and Password must be set together", [nameof(UserName), nameof(Password)]);
        }
        if (!string.IsNullOrEmpty(Password) && !UseStartTls)
        {
            yield return new ValidationResult(
                "Haven:Email:Smtp:UseStartTls must be true when a password is set, or the password crosses the network unencrypted",
                [nameof(UseStartTls)]);
        }
    }
}

public sealed class NotifySettings : IValidatableObject
{
    public const string DefaultBaseUrl = "https://api.notifications.service.gov.uk";

    /// <summary>The API key as Notify shows it: "keyname-{service id}-{secret}", the last two being UUIDs.</summary>
    [Required(ErrorMessage = "Haven:Email:Notify:ApiKey must be set to the API key from GOV.UK Notify")]
    [NotifyApiKeyShape]
    public string? ApiKey { get; set; }

    /// <summary>
    /// The Notify email template. It must use ((subject)) as its subject and ((body)) as its content, and
    /// ((link_to_file)) where an attachment's download link goes if letters are attached.
    /// </summary>
    [Required(ErrorMessage = "Haven:Email:Notify:TemplateId must be set to the id of the email template in GOV.UK Notify")]
    [RegularExpression(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
        ErrorMessage = "Haven:Email:Notify:TemplateId must be a template id (a UUID such as 3f7c1f0e-9f4b-4c8e-a1d2-5b6c7d8e9f00)")]
    public string? TemplateId { get; set; }

    /// <summary>Changeable so tests (and a Notify-compatible service) can be pointed at another host.</summary>
    [Required, Url(ErrorMessage = "Haven:Email:Notify:BaseUrl must be an absolute URL")]
    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Optional reply-to address id set up in Notify; without it Notify uses the service's default.</summary>
    public string? EmailReplyToId { get; set; }

    /// <summary>The personalisation field that carries an attached PDF's download link.</summary>
    public string AttachmentField { get; set; } = "link_to_file";

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Haven:Email:Notify:Timeout must be between 1 second and 10 minutes")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Emails about children and a bearer token cross this connection: plain HTTP only to this machine (tests, a local proxy).
        if (Uri.TryCreate(BaseUrl, UriKind.Absolute, out var url) && url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback)
        {
            yield return new ValidationResult("Haven:Email:Notify:BaseUrl must use https://", [nameof(BaseUrl)]);
        }
    }
}

/// <summary>Checks a Notify API key's shape without revealing the key in the message.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotifyApiKeyShapeAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string key || key.Length == 0 || NotifyApiKey.TryParse(key, out _))
        {
            return ValidationResult.Success;
        }
        return new ValidationResult(
            "Haven:Email:Notify:ApiKey is not a GOV.UK Notify API key: expected \"keyname-{service id}-{secret}\" where the " +
            "service id and secret are each a UUID (74 characters or more). Copy the whole key from Notify's API integration page.",
            [validationContext.MemberName ?? nameof(NotifySettings.ApiKey)]);
    }
}
