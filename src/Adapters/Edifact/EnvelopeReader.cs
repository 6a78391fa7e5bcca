namespace Gateway.Adapters.Edifact;

/// <summary>
/// The envelope state machine: UNB, then functional groups (UNG…UNE) or bare messages (UNH…UNT), then UNZ, with the
/// control counts and references of each trailer checked against what was received.
/// </summary>
internal sealed class EnvelopeReader(SegmentScanner scanner, List<ReadNote> notes, string text)
{
    private int _number = 1;

    internal int Breaks { get; private set; }
    internal SourcePosition? FirstBreak { get; private set; }
    internal string? FirstBreakTag { get; private set; }

    internal Interchange ReadInterchange(Delimiters delimiters, Segment unb)
    {
        Track(unb);
        var groups = new List<FunctionalGroup>();
        var messages = new List<EdifactMessage>();
        FunctionalGroup? group = null;
        var groupMessages = new List<EdifactMessage>();
        Segment? unz = null;

        while (unz is null && NextSegment() is { } segment)
        {
            switch (segment.Tag)
            {
                case "UNG":
                    if (group is not null) throw Error($"group {group.Reference} has no UNE before the next UNG", segment, SyntaxCodes.Missing);
                    if (messages.Count > 0) throw Error("functional groups and bare messages are mixed in one interchange", segment, SyntaxCodes.GroupsAndMessagesMixed);
                    group = new FunctionalGroup(segment, ValueList<EdifactMessage>.Empty);
                    break;
                case "UNH":
                    if (group is null && groups.Count > 0) throw Error("a message outside a functional group follows a group", segment, SyntaxCodes.GroupsAndMessagesMixed);
                    (group is null ? messages : groupMessages).Add(ReadMessage(segment));
                    break;
                case "UNE":
                    if (group is null) throw Error("UNE without a UNG", segment, SyntaxCodes.InvalidOccurrence);
                    CheckCount(segment, groupMessages.Count, "messages in the group");
                    CheckReference(segment, group.Reference, "UNG");
                    groups.Add(group with { Messages = ValueList<EdifactMessage>.Own([.. groupMessages]) });
                    groupMessages.Clear();
                    group = null;
                    break;
                case "UNZ":
                    unz = segment;
                    break;
                default:
                    throw Error($"segment {segment.Tag} is outside a message (expected UNH, UNG or UNZ)", segment, SyntaxCodes.InvalidOccurrence);
            }
        }

        if (group is not null)
        {
            notes.Add(new ReadNote("EDI-UNE-MISSING", $"group {group.Reference} has no UNE; it was closed at the end of the input",
                scanner.PositionAt(scanner.Offset), "UNE", SyntaxCodes.Missing));
            groups.Add(group with { Messages = ValueList<EdifactMessage>.Own([.. groupMessages]) });
        }
        if (unz is null)
        {
            notes.Add(new ReadNote("EDI-UNZ-MISSING", "the interchange has no UNZ trailer; it ends after its last complete message",
                scanner.PositionAt(scanner.Offset), "UNZ", SyntaxCodes.Missing));
        }
        else
        {
            CheckCount(unz, groups.Count > 0 ? groups.Count : messages.Count, groups.Count > 0 ? "functional groups" : "messages");
            CheckReference(unz, unb.Value(5), "UNB");
            NoteTrailingText();
        }
        if (groups.Count == 0 && messages.Count == 0) throw Error("the interchange holds no message", unz ?? unb, SyntaxCodes.LowerLevelEmpty);
        return new Interchange(delimiters, unb, ValueList<FunctionalGroup>.Own([.. groups]), ValueList<EdifactMessage>.Own([.. messages]));
    }

    private EdifactMessage ReadMessage(Segment unh)
    {
        var body = new List<Segment>();
        while (true)
        {
            var segment = NextSegment()
                ?? throw new EdifactSyntaxException($"the input ends inside message {unh.Value(1)}: its UNT trailer is missing",
                    scanner.PositionAt(scanner.Offset), SyntaxCodes.Missing, "UNT", _number + 1);
            switch (segment.Tag)
            {
                case "UNT":
                    var message = new EdifactMessage(unh, ValueList<Segment>.Own([.. body]));
                    CheckCount(segment, message.SegmentCount, "segments from UNH to UNT");
                    CheckReference(segment, unh.Value(1), "UNH");
                    return message;
                case "UNH" or "UNZ" or "UNB" or "UNG" or "UNE":
                    throw Error($"message {unh.Value(1)} has no UNT before {segment.Tag}", segment, SyntaxCodes.Missing);
                default:
                    body.Add(segment);
                    break;
            }
        }
    }

    private Segment? NextSegment()
    {
        if (!scanner.Next()) return null;
        _number++;
        int segmentStart = scanner.SegmentPosition.Offset;
        var segment = SegmentBuilder.Build(scanner, _number);
        if (!scanner.Terminated)
        {
            if (segment.Tag != "UNZ")
            {
                throw new EdifactSyntaxException($"the input ends inside segment {segment.Tag}: no segment terminator",
                    scanner.PositionAt(scanner.Offset), SyntaxCodes.Missing, segment.Tag, _number);
            }
            segment = CutUnterminatedTrailer(segment, segmentStart);
        }
        Track(segment);
        return segment;
    }

    /// <summary>
    /// The last segment lacks its terminator. When text follows it on later lines (a footer), the segment is taken to
    /// end at its first line break and the rest is junk after the interchange.
    /// </summary>
    private Segment CutUnterminatedTrailer(Segment segment, int segmentStart)
    {
        notes.Add(new ReadNote("EDI-UNTERMINATED", "the last segment has no segment terminator", segment.Position, segment.Tag, SyntaxCodes.Missing));
        if (scanner.FirstBreak is not { } cut) return segment;
        var line = new SegmentScanner(text, segmentStart, cut.Offset, scanner.Delimiters, segment.Position.Line, segmentStart - segment.Position.Column + 1);
        line.Next();
        var trimmed = SegmentBuilder.Build(line, _number);
        if (!text.AsSpan(cut.Offset).IsWhiteSpace())
        {
            notes.Add(new ReadNote("EDI-TRAILING-TEXT", $"{text.Length - cut.Offset} characters after the unterminated {segment.Tag} were ignored",
                cut, segment.Tag));
        }
        return trimmed;
    }

    private void Track(Segment segment)
    {
        if (scanner.Breaks == 0) return;
        Breaks += scanner.Breaks;
        if (FirstBreak is null)
        {
            FirstBreak = scanner.FirstBreak;
            FirstBreakTag = segment.Tag;
        }
    }

    private void NoteTrailingText()
    {
        int from = scanner.Offset;
        if (from < text.Length && !text.AsSpan(from).IsWhiteSpace())
        {
            int at = from;
            while (char.IsWhiteSpace(text[at])) at++;
            notes.Add(new ReadNote("EDI-TRAILING-TEXT", $"{text.Length - at} characters after UNZ were ignored",
                InterchangeStart.Position(text, at)));
        }
    }

    private void CheckCount(Segment trailer, int actual, string what)
    {
        int? stated = EdifactReader.Count(trailer.Value(1));
        if (stated == actual) return;
        string message = stated is null
            ? $"{trailer.Tag} gives no valid control count ('{trailer.Value(1)}'); {actual} {what} were received"
            : $"{trailer.Tag} control count says {stated} but {actual} {what} were received";
        notes.Add(new ReadNote("EDI-COUNT", message, trailer.Position, trailer.Tag, SyntaxCodes.ControlCountMismatch));
    }

    private void CheckReference(Segment trailer, string? expected, string header)
    {
        string? actual = trailer.Value(2);
        if (actual == expected) return;
        notes.Add(new ReadNote("EDI-REFERENCE",
            $"{trailer.Tag} reference '{actual}' does not match the {header} reference '{expected}'",
            trailer.Position, trailer.Tag, SyntaxCodes.ReferencesDoNotMatch));
    }

    private static EdifactSyntaxException Error(string problem, Segment at, string code) =>
        new(problem, at.Position, code, at.Tag, at.Number);
}
