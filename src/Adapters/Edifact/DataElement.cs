namespace Gateway.Adapters.Edifact;

/// <summary>
/// One data element of a segment: its components, and in syntax 4 any further repetitions of it.
/// Values are unescaped (release characters removed). Trailing empty components are not kept.
/// </summary>
public sealed record DataElement(ValueList<string> Components, ValueList<ValueList<string>> Repetitions)
{
    /// <summary>The empty element.</summary>
    public static DataElement Empty { get; } = new(ValueList<string>.Empty, ValueList<ValueList<string>>.Empty);

    /// <summary>An element of simple or composite values.</summary>
    public static DataElement Of(params string[] components) => new(Trim(components), ValueList<ValueList<string>>.Empty);

    /// <summary>The component at a 0-based position, or null when absent or empty.</summary>
    public string? this[int component] =>
        component < Components.Count && Components[component].Length > 0 ? Components[component] : null;

    /// <summary>The first component, or null.</summary>
    public string? Value => this[0];

    /// <summary>Whether the element has no data.</summary>
    public bool IsEmpty => Components.Count == 0 && Repetitions.Count == 0;

    internal static ValueList<string> Trim(string[] components)
    {
        int n = components.Length;
        while (n > 0 && components[n - 1].Length == 0) n--;
        return n == 0 ? ValueList<string>.Empty : ValueList<string>.Own(n == components.Length ? components : components[..n]);
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(':', Components);
}
