namespace Haven.Web.Infrastructure;

/// <summary>
/// A change to a child's record refused by the domain rules (or the DfE census rules). Pages check the same rules first and show field messages;
/// services throw this so a caller that skipped the check still cannot save something the rules forbid.
/// </summary>
public sealed class CaseRuleException(IReadOnlyDictionary<string, string> errors)
    : InvalidOperationException(string.Join("; ", errors.Values))
{
    public IReadOnlyDictionary<string, string> Errors { get; } = errors;

    public static void ThrowIfAny(IReadOnlyDictionary<string, string> errors)
    {
        if (errors.Count > 0)
        {
            throw new CaseRuleException(errors);
        }
    }

    public static CaseRuleException Of(string field, string message) => new(new Dictionary<string, string> { [field] = message });
}
