using System.Globalization;
using Gateway.Adapters.Edifact;

namespace Gateway.Adapters.Contrl;

/// <summary>
/// Reads CONTRL syntax and service reports (syntax 3 <c>CONTRL:2:2:UN</c> and 4 <c>CONTRL:4:1:UN</c>), so that a
/// report a partner sends us, or one we sent, can be shown. Empty references are read as empty (a report on an
/// interchange whose own references were missing still names what it can). Segments out of place (a UCD before any UCS, a UCS before
/// any UCM) and a missing UCI are an <see cref="EdifactSyntaxException"/> that says where.
/// </summary>
public static class ContrlReader
{
    /// <summary>Reads received bytes.</summary>
    public static ContrlReadResult Read(ReadOnlySpan<byte> bytes, EdifactReaderOptions? options = null) => Read(EdifactReader.Read(bytes, options));

    /// <summary>Reads interchange text.</summary>
    public static ContrlReadResult Read(string text) => Read(EdifactReader.Read(text));

    /// <summary>Maps an interchange the syntax layer has read.</summary>
    public static ContrlReadResult Read(EdifactReadResult syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        var notes = new List<ReadNote>(syntax.Notes);
        var reports = new List<ContrlReport>();
        foreach (var message in syntax.Interchange.AllMessages) reports.Add(Map(message, notes));
        return new ContrlReadResult(ValueList<ContrlReport>.Own([.. reports]), ValueList<ReadNote>.Own([.. notes]), syntax);
    }

    private static ContrlReport Map(EdifactMessage message, List<ReadNote> notes)
    {
        if (message.Type != "CONTRL")
        {
            throw new EdifactSyntaxException($"message {message.Reference} is a {message.Type}, not a CONTRL",
                message.Header.Position, SyntaxCodes.InvalidValue, "UNH", message.Header.Number, 2, 1);
        }
        var body = message.Body;
        if (body.Count == 0 || body[0].Tag != "UCI")
        {
            var at = body.Count == 0 ? message.Header : body[0];
            throw new EdifactSyntaxException($"CONTRL message {message.Reference} does not begin with UCI", at.Position, SyntaxCodes.Missing, "UCI", at.Number);
        }
        var uci = body[0];
        var interchange = new InterchangeResponse(uci.Value(1) ?? "", Party(uci, 2) ?? new PartyId(""),
            Party(uci, 3) ?? new PartyId(""), Required(uci, 4, "the action (0083)"), uci.Value(5), uci.Value(6), Position(uci, 7));

        var bare = new List<MessageResponse>();
        var groups = new List<(Segment Ucf, List<MessageResponse> Messages)>();
        MessageDraft? current = null;
        for (int i = 1; i < body.Count; i++)
        {
            var segment = body[i];
            switch (segment.Tag)
            {
                case "UCF":
                    Close(current, bare, groups);
                    current = null;
                    Required(segment, 4, "the action (0083)");
                    groups.Add((segment, []));
                    break;
                case "UCM":
                    Close(current, bare, groups);
                    current = new MessageDraft(segment, segment.Value(1) ?? "", Required(segment, 3, "the action (0083)"));
                    break;
                case "UCS":
                    if (current is null) throw Misplaced(segment, "UCS before any UCM");
                    current.Segments.Add((Count(segment, 1, "the segment position (0096)"), segment.Value(2), []));
                    break;
                case "UCD":
                    if (current is null || current.Segments.Count == 0) throw Misplaced(segment, "UCD before any UCS");
                    var position = Position(segment, 2) ?? throw Missing(segment, 2, "the element position (S011)");
                    current.Segments[^1].Elements.Add(new ElementResponse(Required(segment, 1, "the error code (0085)"), position));
                    break;
                default:
                    notes.Add(new ReadNote("CONTRL-SKIPPED", $"segment {segment.Tag} has no place in a CONTRL and was skipped", segment.Position, segment.Tag));
                    break;
            }
        }
        Close(current, bare, groups);
        string version = message.Header.Value(2, 1) == "4" ? "4" : "3";
        var groupResponses = groups.Select(g => new GroupResponse(g.Ucf.Value(1) ?? "", Party(g.Ucf, 2), Party(g.Ucf, 3), g.Ucf.Value(4)!,
            g.Ucf.Value(5), g.Ucf.Value(6), Position(g.Ucf, 7), ValueList<MessageResponse>.Own([.. g.Messages]))).ToArray();
        return new ContrlReport(version, interchange, ValueList<MessageResponse>.Own([.. bare]), ValueList<GroupResponse>.Own(groupResponses));
    }

    private static void Close(MessageDraft? draft, List<MessageResponse> bare, List<(Segment Ucf, List<MessageResponse> Messages)> groups)
    {
        if (draft is null) return;
        var ucm = draft.Ucm;
        var id = new MessageIdentifier(ucm.Value(2) ?? "", ucm.Value(2, 1) ?? "", ucm.Value(2, 2) ?? "", ucm.Value(2, 3) ?? "", ucm.Value(2, 4));
        var segments = draft.Segments.Select(s => new SegmentResponse(s.Position, s.Code, ValueList<ElementResponse>.Own([.. s.Elements]))).ToArray();
        var response = new MessageResponse(draft.Reference, id, draft.Action, ucm.Value(4), ucm.Value(5), Position(ucm, 6),
            ValueList<SegmentResponse>.Own(segments));
        (groups.Count > 0 ? groups[^1].Messages : bare).Add(response);
    }

    private static PartyId? Party(Segment segment, int element) =>
        segment.Value(element) is { } id ? new PartyId(id, segment.Value(element, 1)) : null;

    private static ErrorPosition? Position(Segment segment, int element)
    {
        if (segment.Value(element) is null) return null;
        return new ErrorPosition(Count(segment, element, "the element position (0098)"),
            segment.Value(element, 1) is null ? null : Count(segment, element, "the component position (0104)", 1),
            segment.Value(element, 2) is null ? null : Count(segment, element, "the occurrence (0136)", 2));
    }

    private static int Count(Segment segment, int element, string what, int component = 0)
    {
        string value = segment.Value(element, component) ?? throw Missing(segment, element, what, component);
        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            ? n
            : throw new EdifactSyntaxException($"{segment.Tag} {what} '{value}' is not a number", segment.Position,
                SyntaxCodes.InvalidValue, segment.Tag, segment.Number, element, component + 1);
    }

    private static string Required(Segment segment, int element, string what) => segment.Value(element) ?? throw Missing(segment, element, what);

    private static EdifactSyntaxException Missing(Segment segment, int element, string what, int component = 0) =>
        new($"{segment.Tag} lacks {what}", segment.Position, SyntaxCodes.Missing, segment.Tag, segment.Number, element, component + 1);

    private static EdifactSyntaxException Misplaced(Segment segment, string problem) =>
        new(problem, segment.Position, SyntaxCodes.NotSupportedInPosition, segment.Tag, segment.Number);

    private sealed class MessageDraft(Segment ucm, string reference, string action)
    {
        internal Segment Ucm { get; } = ucm;
        internal string Reference { get; } = reference;
        internal string Action { get; } = action;
        internal List<(int Position, string? Code, List<ElementResponse> Elements)> Segments { get; } = [];
    }
}
