namespace Gateway.Adapters.Edifact;

/// <summary>An interchange read from text, with every repair and deviation the reader read past.</summary>
public sealed record EdifactReadResult(Interchange Interchange, ValueList<ReadNote> Notes, bool Utf8);
