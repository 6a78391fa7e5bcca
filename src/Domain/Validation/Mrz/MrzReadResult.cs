namespace Gateway.Domain.Validation.Mrz;

/// <summary>The outcome of reading an MRZ: the data, or what made it unreadable.</summary>
public sealed record MrzReadResult(MrzData? Data, string? ShapeError, int BadLine, char BadChar)
{
    internal static MrzReadResult Of(MrzData data) => new(data, null, 0, '\0');
    internal static MrzReadResult BadShape(string shape) => new(null, shape, 0, '\0');
    internal static MrzReadResult BadCharacter(int line, char c) => new(null, null, line, c);
}
