using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Haven.Web.Features.Account;

/// <summary>
/// Checks a code against an authenticator key that is not (yet) the account's key: a new authenticator waiting to be
/// confirmed. Identity only checks the key it holds, so this is RFC 6238 as Identity does it: SHA-1, 6 digits,
/// 30-second steps, two steps either side for a phone's clock drift, against the real clock (as phones use).
/// </summary>
public static class AuthenticatorCode
{
    public static bool Matches(string base32Key, string code) => Matches(base32Key, code, DateTimeOffset.UtcNow);

    public static bool Matches(string base32Key, string code, DateTimeOffset now)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit) || FromBase32(base32Key) is not { Length: > 0 } key)
        {
            return false;
        }
        var step = now.ToUnixTimeSeconds() / 30;
        var match = false;
        for (var drift = -2; drift <= 2; drift++)
        {
            // No early exit, so the time taken does not say which step matched.
            match |= CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(Compute(key, step + drift)), System.Text.Encoding.ASCII.GetBytes(code));
        }
        return match;
    }

    private static string Compute(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        // RFC 6238 authenticator apps use HMAC-SHA-1; a code lives 30 seconds, so SHA-1's collision weakness does not apply.
#pragma warning disable CA5350
        var hash = HMACSHA1.HashData(key, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[]? FromBase32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bits = 0;
        var value = 0;
        var output = new List<byte>();
        foreach (var c in text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant())
        {
            var index = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (index < 0)
            {
                return null;
            }
            value = (value << 5) | index;
            bits += 5;
            if (bits >= 8)
            {
                output.Add((byte)((value >> (bits - 8)) & 0xff));
                bits -= 8;
            }
        }
        return [.. output];
    }
}
