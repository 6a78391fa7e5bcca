namespace Gateway.Adapters.Edifact;

/// <summary>
/// The service characters of an interchange (ISO 9735 UNA): component and element separators, decimal mark,
/// release character, repetition separator (syntax 4 only; <c>null</c> when not in use) and segment terminator.
/// </summary>
public sealed record Delimiters(char Component, char Element, char Decimal, char Release, char? Repetition, char Segment)
{
    /// <summary>The ISO 9735 defaults (<c>UNA:+.? '</c>), without a repetition separator as the WCO profile sends them.</summary>
    public static Delimiters Default { get; } = new(':', '+', '.', '?', null, '\'');

    /// <summary>The six UNA characters (space in position 5 when no repetition separator is used).</summary>
    public string ToUna() => string.Concat("UNA", Component.ToString(), Element.ToString(), Decimal.ToString(),
        Release.ToString(), (Repetition ?? ' ').ToString(), Segment.ToString());

    /// <summary>Whether <paramref name="c"/> is a character that must be released inside data.</summary>
    public bool IsService(char c) => c == Component || c == Element || c == Release || c == Segment || c == Repetition;
}
