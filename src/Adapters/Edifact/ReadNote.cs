namespace Gateway.Adapters.Edifact;

/// <summary>
/// Something the reader repaired or noticed and read past: a header before UNA/UNB, a line break inside a segment,
/// junk after UNZ, a control count that does not match. The message was still read unambiguously.
/// </summary>
/// <param name="Code">A stable code, e.g. <c>EDI-LINE-BREAK</c>.</param>
/// <param name="Message">What happened, in plain words.</param>
/// <param name="Position">Where in the received text.</param>
/// <param name="Tag">The segment concerned, when there is one.</param>
/// <param name="ControlCode">The ISO 9735 code (0085) a CONTRL would carry for it, when it is a syntax deviation.</param>
public sealed record ReadNote(string Code, string Message, SourcePosition Position, string? Tag = null, string? ControlCode = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code}: {Message} ({(Tag is null ? "" : "segment " + Tag + ", ")}{Position})";
}
