using Haven.GovUk.TagHelpers;

namespace Haven.Web.Infrastructure;

/// <summary>
/// A change to a child's record refused by the domain rules (or the DfE census rules). A service runs the rule once,
/// as it saves, and throws this with the rule's <see cref="Result"/>; the page shows the problems by their fields
/// (<c>PersonPageModel.AddErrors(RuleResult, …)</c>). Nothing of the change is saved.
/// </summary>
public sealed class CaseRuleException : InvalidOperationException
{
    public CaseRuleException(RuleResult result)
        : base((result ?? throw new ArgumentNullException(nameof(result))).ToString()) => Result = result;

    /// <summary>
    /// The older shape, field → message: kept while the census entry check (and pages not yet moved to
    /// <see cref="RuleResult"/>) still build their refusals this way.
    /// </summary>
    public CaseRuleException(IReadOnlyDictionary<string, string> errors)
        : this(FromDictionary(errors))
    {
    }

    public RuleResult Result { get; }

    /// <summary>Where the problem is put right, when that is another page (shown as links in the error summary).</summary>
    public IReadOnlyList<ErrorSummaryLink> FixLinks => _fixLinks;

    private readonly List<ErrorSummaryLink> _fixLinks = [];

    /// <summary>Adds a link to the page where the problem is put right; returns the exception to throw.</summary>
    public CaseRuleException WithFixLink(string text, string href)
    {
        _fixLinks.Add(new ErrorSummaryLink(href, text));
        return this;
    }

    /// <summary>The problems as field → message, for pages not yet moved to <see cref="Result"/>.</summary>
    public IReadOnlyDictionary<string, string> Errors => Result.Problems.ToDictionary(p => p.Field, p => p.Message);

    public static void ThrowIfAny(IReadOnlyDictionary<string, string> errors)
    {
        if (errors.Count > 0)
        {
            throw new CaseRuleException(errors);
        }
    }

    /// <summary>Refuses the change when the rule found anything wrong with it.</summary>
    public static void ThrowIfAny(RuleResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (!result.IsValid)
        {
            throw new CaseRuleException(result);
        }
    }

    public static CaseRuleException Of(string field, string message) => new(new RuleResult().Add(field, message));

    private static RuleResult FromDictionary(IReadOnlyDictionary<string, string> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var result = new RuleResult();
        foreach (var (field, message) in errors)
        {
            result.Add(field, message);
        }
        return result;
    }
}
