using System.ComponentModel.DataAnnotations;

namespace Haven.Web.Infrastructure;

/// <summary>The "Haven" configuration section, validated at start-up so a bad setting fails at once.</summary>
public sealed class HavenOptions
{
    public const string Section = "Haven";

    /// <summary>A SQLite file path or a PostgreSQL connection string. HAVEN_DATABASE overrides it.</summary>
    public string? Database { get; set; }

    [Required, MinLength(2)]
    public string AuthorityName { get; set; } = "Havenshire Council";

    /// <summary>The authority's 3-digit DfE LA code, written into statutory returns (LEA). 999 is no real authority.</summary>
    [Required, RegularExpression("^[0-9]{3}$", ErrorMessage = "Haven:LaCode must be the 3-digit DfE LA code")]
    public string LaCode { get; set; } = "999";

    public AccessMode AccessMode { get; set; } = AccessMode.Open;

    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>Optional sign-in with the authority's identity provider (e.g. Entra ID).</summary>
    public OidcOptions? Oidc { get; set; }
}

public sealed class OidcOptions
{
    [Required, Url]
    public string Authority { get; set; } = "";

    [Required]
    public string ClientId { get; set; } = "";

    public string? ClientSecret { get; set; }

    /// <summary>The button text on the sign-in page, e.g. "Sign in with your council account".</summary>
    public string DisplayName { get; set; } = "Sign in with your council account";
}
