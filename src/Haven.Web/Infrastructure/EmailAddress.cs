using System.Text.RegularExpressions;

namespace Haven.Web.Infrastructure;

/// <summary>
/// The one check every form uses for an email address: something@something.something, no spaces. Deliberately
/// loose (the GOV.UK pattern): the real test is whether mail arrives, and a stricter rule refuses real addresses.
/// </summary>
public static partial class EmailAddress
{
    public static bool IsValid(string? text) => text is not null && Pattern().IsMatch(text.Trim());

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex Pattern();
}
