using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Haven.Web.Features.Messaging;

/// <summary>
/// A GOV.UK Notify API key, "keyname-{service id}-{secret}". The key name may itself contain hyphens, so the
/// two UUIDs are read from the end, as Notify's own clients do.
/// </summary>
public sealed partial record NotifyApiKey(string KeyName, string ServiceId, string Secret)
{
    public static NotifyApiKey Parse(string key) =>
        TryParse(key, out var parsed)
            ? parsed
            : throw new FormatException("Not a GOV.UK Notify API key: expected \"keyname-{service id uuid}-{secret uuid}\".");

    public static bool TryParse(string? key, [NotNullWhen(true)] out NotifyApiKey? parsed)
    {
        parsed = null;
        if (key is null)
        {
            return false;
        }
        var match = Shape().Match(key.Trim());
        if (!match.Success)
        {
            return false;
        }
        parsed = new NotifyApiKey(match.Groups["name"].Value, match.Groups["service"].Value, match.Groups["secret"].Value);
        return true;
    }

    // The secret must never reach a log through a record's generated ToString.
    public override string ToString() => $"{KeyName}-{ServiceId}-(secret)";

    [GeneratedRegex(
        @"^(?<name>.+)-(?<service>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-(?<secret>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
