namespace Haven.Web.Infrastructure;

/// <summary>
/// Why a page of a child's record stopped while loading, before any handler ran: the thing in the route is not this
/// child's (or does not exist), which is a 404 so a guessed id of another child's episode tells nothing; or it cannot
/// be changed (a closed episode, a held conference), which sends the user back to <see cref="ReturnUrl"/> with the reason.
/// Thrown only by <see cref="RecordLoader"/> and a page's loading step, and caught only by the record base,
/// so a page's loading reads as a list of what it needs.
/// </summary>
public sealed class RecordStopException : Exception
{
    private RecordStopException(string message, string? returnUrl) : base(message) => ReturnUrl = returnUrl;

    /// <summary>Where a refusal sends the user; null for not found.</summary>
    public string? ReturnUrl { get; }

    public bool IsNotFound => ReturnUrl is null;

    public static RecordStopException NotFound() => new("Not found, or not this child's.", null);

    public static RecordStopException Refused(string reason, string returnUrl) => new(reason, returnUrl);

    /// <summary>Refuses the change when <paramref name="refused"/> is true.</summary>
    public static void ThrowIf(bool refused, string reason, string returnUrl)
    {
        if (refused)
        {
            throw Refused(reason, returnUrl);
        }
    }
}
