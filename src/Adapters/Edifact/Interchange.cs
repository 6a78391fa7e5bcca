namespace Gateway.Adapters.Edifact;

/// <summary>
/// An interchange as the envelope layer sees it: its delimiters, the UNB header, and either functional groups or bare
/// messages (never both). Trailers (UNT, UNE, UNZ) are not stored: the writer computes them and the reader checks them.
/// </summary>
public sealed record Interchange(Delimiters Delimiters, Segment Header, ValueList<FunctionalGroup> Groups, ValueList<EdifactMessage> Messages)
{
    /// <summary>UNB S001 0001, e.g. <c>UNOA</c>, <c>UNOC</c>, <c>IATA</c>.</summary>
    public string SyntaxIdentifier => Header.Value(1) ?? "";

    /// <summary>UNB S001 0002, e.g. <c>4</c>.</summary>
    public string SyntaxVersion => Header.Value(1, 1) ?? "";

    /// <summary>UNB S002 0004 sender identification.</summary>
    public string? Sender => Header.Value(2);

    /// <summary>UNB S003 0010 recipient identification.</summary>
    public string? Recipient => Header.Value(3);

    /// <summary>UNB 0020 interchange control reference.</summary>
    public string? ControlReference => Header.Value(5);

    /// <summary>UNB 0026 application reference, e.g. <c>APIS</c>, <c>IAPI</c>.</summary>
    public string? ApplicationReference => Header.Value(7);

    /// <summary>UNB 0031: <c>1</c> asks for a CONTRL acknowledgement.</summary>
    public bool AcknowledgementRequested => Header.Value(9) == "1";

    /// <summary>UNB 0035: <c>1</c> marks a test interchange.</summary>
    public bool Test => Header.Value(11) == "1";

    /// <summary>Every message, in order, whether in groups or not.</summary>
    public IEnumerable<EdifactMessage> AllMessages => Groups.Count == 0 ? Messages : Groups.SelectMany(g => g.Messages);
}

/// <summary>A functional group: the UNG header and its messages.</summary>
public sealed record FunctionalGroup(Segment Header, ValueList<EdifactMessage> Messages)
{
    /// <summary>UNG 0048 group reference.</summary>
    public string? Reference => Header.Value(5);
}

/// <summary>One message: the UNH header and the body segments up to, not including, UNT.</summary>
public sealed record EdifactMessage(Segment Header, ValueList<Segment> Body)
{
    /// <summary>UNH 0062 message reference.</summary>
    public string Reference => Header.Value(1) ?? "";

    /// <summary>UNH S009 0065, e.g. <c>PAXLST</c>.</summary>
    public string Type => Header.Value(2) ?? "";

    /// <summary>UNH S009 0052 and 0054, e.g. <c>D:05B</c> or <c>13:1</c>.</summary>
    public string Version => (Header.Value(2, 1) ?? "") + ":" + (Header.Value(2, 2) ?? "");

    /// <summary>UNH S009 0051 controlling agency (<c>UN</c>, <c>IA</c>).</summary>
    public string? Agency => Header.Value(2, 3);

    /// <summary>UNH 0068 common access reference (flight/date/time for PAXLST and PNRGOV).</summary>
    public string? CommonAccessReference => Header.Value(3);

    /// <summary>UNH S010 0070 sequence number of this part, when the message is one part of several.</summary>
    public int? PartNumber => int.TryParse(Header.Value(4), System.Globalization.NumberStyles.None, null, out int n) ? n : null;

    /// <summary>UNH S010 0073: <c>C</c> first part, <c>F</c> final part.</summary>
    public string? PartFlag => Header.Value(4, 1);

    /// <summary>The UNT segment count this message must carry: UNH, the body and UNT.</summary>
    public int SegmentCount => Body.Count + 2;
}
