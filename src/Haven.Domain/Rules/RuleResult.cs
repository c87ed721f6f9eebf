namespace Haven.Domain.Rules;

/// <summary>
/// One thing wrong with a change someone asked for, said the way the form should say it. <see cref="Field"/> is the
/// domain's own name for the input (e.g. <c>"HeldOn"</c>, <c>"Rationale"</c>), declared as a constant beside the rule,
/// so a page maps the domain's names to its own fields rather than the domain knowing the page. An empty field means
/// the problem is about the change as a whole (it goes at the top of the error summary). <see cref="RuleId"/> names the
/// rule when it has a published identity (a DfE census rule such as "2990"), so the message can cite it.
/// </summary>
public sealed record Problem(string Field, string Message, string? RuleId = null);

/// <summary>
/// What a domain rule says about a proposed change: nothing (it may go ahead) or the problems, in the order the form
/// asks the questions. Rules build one with <see cref="Add"/>; services run the rule once per save and refuse the
/// change when <see cref="IsValid"/> is false; pages only show the problems by their fields.
/// </summary>
public sealed class RuleResult
{
    private readonly List<Problem> _problems = [];

    public static RuleResult Valid => new();

    public IReadOnlyList<Problem> Problems => _problems;

    public bool IsValid => _problems.Count == 0;

    /// <summary>Adds a problem unless the field already has one: the first thing wrong with a field is the one to fix.</summary>
    public RuleResult Add(string field, string message, string? ruleId = null)
    {
        if (!_problems.Exists(p => p.Field == field))
        {
            _problems.Add(new Problem(field, message, ruleId));
        }
        return this;
    }

    /// <summary>Adds the problem when <paramref name="when"/> holds; lets a rule read as a list of conditions.</summary>
    public RuleResult AddIf(bool when, string field, string message) => when ? Add(field, message) : this;

    public RuleResult Include(RuleResult other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var p in other.Problems)
        {
            Add(p.Field, p.Message, p.RuleId);
        }
        return this;
    }

    public string? MessageFor(string field) => _problems.Find(p => p.Field == field)?.Message;

    public override string ToString() => string.Join("; ", _problems.Select(p => p.Message));
}
