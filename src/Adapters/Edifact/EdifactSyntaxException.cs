namespace Gateway.Adapters.Edifact;

/// <summary>
/// The one exception the EDIFACT readers throw: the message cannot be read. It says what and where: segment tag and
/// number, element and component position (1-based, as in the directories), line and column, and the CONTRL error
/// code (ISO 9735 0085) for the syntax report.
/// </summary>
public sealed class EdifactSyntaxException : Exception
{
    /// <summary>Creates the error.</summary>
    public EdifactSyntaxException(string problem, SourcePosition position, string controlCode,
        string? tag = null, int segmentNumber = 0, int element = 0, int component = 0)
        : base(Describe(problem, position, tag, segmentNumber, element, component))
    {
        Problem = problem;
        Position = position;
        ControlCode = controlCode;
        Tag = tag;
        SegmentNumber = segmentNumber;
        Element = element;
        Component = component;
    }

    /// <summary>What is wrong, without the position.</summary>
    public string Problem { get; }

    /// <summary>Where in the received text.</summary>
    public SourcePosition Position { get; }

    /// <summary>ISO 9735 syntax error code (0085) for CONTRL, e.g. <c>29</c> control count mismatch.</summary>
    public string ControlCode { get; }

    /// <summary>The segment tag, when the error is inside a segment.</summary>
    public string? Tag { get; }

    /// <summary>1-based segment number in the interchange (UNA not counted), or 0.</summary>
    public int SegmentNumber { get; }

    /// <summary>1-based element position, or 0.</summary>
    public int Element { get; }

    /// <summary>1-based component position, or 0.</summary>
    public int Component { get; }

    private static string Describe(string problem, SourcePosition position, string? tag, int segment, int element, int component)
    {
        var where = new System.Text.StringBuilder();
        if (tag is not null) where.Append("segment ").Append(tag);
        if (segment > 0) where.Append(where.Length > 0 ? " " : "segment ").Append('#').Append(segment);
        if (element > 0) where.Append(", element ").Append(element);
        if (component > 0) where.Append(", component ").Append(component);
        if (where.Length > 0) where.Append(", ");
        where.Append(position.ToString());
        return $"{problem} ({where})";
    }
}
