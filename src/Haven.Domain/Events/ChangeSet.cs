namespace Haven.Domain.Events;

/// <summary>Builds the before/after list for an edit, leaving out fields that did not change.</summary>
public sealed class ChangeSet
{
    private readonly List<FieldChange> _changes = [];

    public IReadOnlyList<FieldChange> Changes => _changes;

    public bool IsEmpty => _changes.Count == 0;

    public ChangeSet Compare(string field, string? oldValue, string? newValue)
    {
        var before = Typed.Clean(oldValue);
        var after = Typed.Clean(newValue);
        if (!string.Equals(before, after, StringComparison.Ordinal))
        {
            _changes.Add(new FieldChange(field, before, after));
        }
        return this;
    }

    public ChangeSet Compare<T>(string field, T oldValue, T newValue, Func<T, string?> display) =>
        Compare(field, display(oldValue), display(newValue));
}
