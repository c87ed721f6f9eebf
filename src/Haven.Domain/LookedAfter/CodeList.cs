namespace Haven.Domain.LookedAfter;

/// <summary>One DfE code with the words a form shows and the words a letter to a child or family can use.</summary>
public sealed record Code(string Value, string Label, string InPlainWords);

/// <summary>
/// A DfE code set, defined once with its wording: forms list it, the record and chronology label with it, the return
/// writes its values and the rules check against it, so the four can never disagree.
/// </summary>
public sealed class CodeList(params Code[] codes) : IReadOnlyList<Code>
{
    private readonly Code[] _codes = codes;
    private readonly Dictionary<string, Code> _byValue = codes.ToDictionary(c => c.Value, StringComparer.Ordinal);

    public int Count => _codes.Length;

    public Code this[int index] => _codes[index];

    /// <summary>Whether the value is in the DfE list, exactly as the return writes it (upper case, no spaces).</summary>
    public bool Contains(string? value) => value is not null && _byValue.ContainsKey(value);

    /// <summary>"C2 Full care order"; an unknown value is shown as it is, so a bad import is visible rather than hidden.</summary>
    public string Label(string? value) => value is null ? "Not recorded" : _byValue.TryGetValue(value, out var c) ? $"{c.Value} {c.Label}" : value;

    public string InPlainWords(string? value) => value is not null && _byValue.TryGetValue(value, out var c) ? c.InPlainWords : "Not recorded";

    public IEnumerator<Code> GetEnumerator() => ((IEnumerable<Code>)_codes).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
