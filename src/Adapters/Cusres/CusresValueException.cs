namespace Gateway.Adapters.Cusres;

/// <summary>
/// A value a CUSRES cannot carry: longer than its data element allows, or holding a character outside the syntax level.
/// Thrown by <see cref="CusresWriter"/> so that a partner never receives a value it must reject.
/// </summary>
public sealed class CusresValueException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public CusresValueException(string message, string element, string value, int? group, bool repertoire)
        : base(group is { } g ? $"ERP group {g}: {message}" : message)
    {
        Element = element;
        Value = value;
        Group = group;
        Repertoire = repertoire;
    }

    /// <summary>Segment and data element, e.g. <c>RFF 1154</c> or <c>UNB S003 0010</c>.</summary>
    public string Element { get; }

    /// <summary>The value refused.</summary>
    public string Value { get; }

    /// <summary>The ERP group (1-based, counted over the whole answer) the value belongs to; null for the header and flights.</summary>
    public int? Group { get; }

    /// <summary>True when a character is outside the syntax level (a higher level may carry it); false for a length.</summary>
    public bool Repertoire { get; }
}
