using System.Text.RegularExpressions;
using Haven.Web.Infrastructure.Sessions;

namespace Haven.Web.Features.Account;

/// <summary>
/// After signing in again, what the user posted when their session had timed out: shown once, to them only, with a
/// button that sends it to the page it was for, with a new antiforgery token. That page then checks and saves it as
/// if it had been sent the first time (or shows its errors, keeping what was typed).
/// </summary>
public sealed partial class KeptFormModel(KeptForms keptForms, CurrentUser user) : PageModel
{
    public string PostedTo { get; private set; } = "";

    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; private set; } = [];

    /// <summary>What was typed, for reading: filled-in fields other than the page's own hidden ones.</summary>
    public IEnumerable<(string Label, string Value)> Typed => Fields
        .Where(f => !string.IsNullOrWhiteSpace(f.Value) && f.Key != "handler")
        .Select(f => (Label(f.Key), f.Value));

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await keptForms.TakeAsync(id, user.UserId, ct) is not { } kept || !Url.IsLocalUrl(kept.PostedTo))
        {
            return NotFound();
        }
        (PostedTo, Fields) = (kept.PostedTo, kept.Fields);
        return Page();
    }

    /// <summary>"Input.OccurredOn.Day" reads as "Occurred on day".</summary>
    public static string Label(string field)
    {
        var parts = field.Split('.').Where(p => p != "Input").Select(p => Words().Replace(p, " $1").Trim().ToLowerInvariant());
        var text = string.Join(" ", parts);
        return text.Length == 0 ? field : char.ToUpperInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex("(?<=[a-z])([A-Z])")]
    private static partial Regex Words();
}
