namespace Gateway.Adapters.Edifact;

/// <summary>
/// One segment: its tag and data elements (trailing empty elements dropped), with where it began in the text and its
/// 1-based number in the interchange (UNA not counted). Equality ignores the position so written and re-read
/// segments compare equal.
/// </summary>
public sealed record Segment(string Tag, ValueList<DataElement> Elements)
{
    /// <summary>Where the segment tag starts in the received text.</summary>
    public SourcePosition Position { get; init; }

    /// <summary>1-based number of the segment in the interchange, UNA not counted.</summary>
    public int Number { get; init; }

    /// <summary>A segment built in code.</summary>
    public static Segment Of(string tag, params DataElement[] elements)
    {
        int n = elements.Length;
        while (n > 0 && elements[n - 1].IsEmpty) n--;
        return new Segment(tag, ValueList<DataElement>.Own(n == elements.Length ? elements : elements[..n]));
    }

    /// <summary>The element at a 1-based position (as in the directories: element 1 follows the tag), or the empty element.</summary>
    public DataElement this[int element] => element >= 1 && element <= Elements.Count ? Elements[element - 1] : DataElement.Empty;

    /// <summary>The component value at a 1-based element and 0-based component position, or null.</summary>
    public string? Value(int element, int component = 0) => this[element][component];

    /// <summary>Whether the segment is equal to another in tag and data (positions ignored).</summary>
    public bool Equals(Segment? other) => other is not null && Tag == other.Tag && Elements.Equals(other.Elements);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Tag, Elements);

    /// <inheritdoc />
    public override string ToString() => Tag + "+" + string.Join('+', Elements);
}
