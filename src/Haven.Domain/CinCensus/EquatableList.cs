using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Haven.Domain.CinCensus;

/// <summary>
/// An immutable list that compares by its items. Records compare list members by reference, so without this
/// two children read from the same XML would never be equal and a write-then-read round trip could not be tested.
/// </summary>
[CollectionBuilder(typeof(EquatableList), nameof(EquatableList.Create))]
public sealed class EquatableList<T> : IReadOnlyList<T>, IEquatable<EquatableList<T>>
{
    private readonly ImmutableArray<T> _items;

    internal EquatableList(ImmutableArray<T> items) => _items = items;

    public static EquatableList<T> Empty { get; } = new(ImmutableArray<T>.Empty);

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(EquatableList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items.AsSpan(), EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as EquatableList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => "[" + string.Join(", ", _items) + "]";
}

public static class EquatableList
{
    public static EquatableList<T> Create<T>(ReadOnlySpan<T> items) =>
        items.IsEmpty ? EquatableList<T>.Empty : new EquatableList<T>([.. items]);

    public static EquatableList<T> ToEquatableList<T>(this IEnumerable<T> items) =>
        new([.. items]);
}
