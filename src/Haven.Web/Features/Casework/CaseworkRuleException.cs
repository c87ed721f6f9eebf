namespace Haven.Web.Features.Casework;

/// <summary>
/// A change to an episode refused by the domain rules. Pages check the same rules first and show field messages;
/// services throw this so a caller that skipped the check still cannot save something the rules forbid.
/// </summary>
public sealed class CaseworkRuleException(IReadOnlyDictionary<string, string> errors)
    : InvalidOperationException(string.Join("; ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;

    public static void ThrowIfAny(IReadOnlyDictionary<string, string> errors)
    {
        if (errors.Count > 0)
        {
            throw new CaseworkRuleException(errors);
        }
    }

    public static CaseworkRuleException Of(string field, string message) => new(new Dictionary<string, string> { [field] = message });
}
