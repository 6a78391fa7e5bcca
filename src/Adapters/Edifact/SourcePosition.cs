namespace Gateway.Adapters.Edifact;

/// <summary>Where something is in the received text: 1-based line and column, and the 0-based character offset.</summary>
public readonly record struct SourcePosition(int Line, int Column, int Offset)
{
    /// <inheritdoc />
    public override string ToString() => $"line {Line}, column {Column}";
}
