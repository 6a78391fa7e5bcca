using System.Collections;

namespace Gateway.Schemas;

/// <summary>
/// An immutable list with value equality, so that records holding lists compare by content
/// (<c>parse(write(x)) == x</c> holds for whole manifests).
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(ValueListJsonConverter))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    /// <summary>The empty list.</summary>
    public static ValueList<T> Empty { get; } = new([]);

    /// <summary>Wraps a copy of the given items.</summary>
    public ValueList(IEnumerable<T> items) => _items = [.. items];

    private ValueList(T[] items, bool owned) => _items = owned ? items : [.. items];

    /// <summary>Wraps an array the caller hands over and will not change again.</summary>
    public static ValueList<T> Own(T[] items) => items.Length == 0 ? Empty : new ValueList<T>(items, owned: true);

    /// <inheritdoc />
    public T this[int index] => _items[index];

    /// <inheritdoc />
    public int Count => _items.Length;

    /// <summary>The items as a span.</summary>
    public ReadOnlySpan<T> AsSpan() => _items;

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(ValueList<T>? other)
    {
        if (other is null) return false;
        if (ReferenceEquals(this, other)) return true;
        if (other._items.Length != _items.Length) return false;
        var comparer = EqualityComparer<T>.Default;
        for (int i = 0; i < _items.Length; i++)
        {
            if (!comparer.Equals(_items[i], other._items[i])) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items) hash.Add(item);
        return hash.ToHashCode();
    }

    /// <inheritdoc />
    public override string ToString() => "[" + string.Join(", ", _items) + "]";

    /// <summary>Lists convert implicitly from arrays.</summary>
    public static implicit operator ValueList<T>(T[] items) => new(items);
}

/// <summary>Factory helpers for <see cref="ValueList{T}"/>.</summary>
public static class ValueList
{
    /// <summary>Builds a list from items.</summary>
    public static ValueList<T> Of<T>(params T[] items) => items.Length == 0 ? ValueList<T>.Empty : new ValueList<T>(items);
}
