using Gateway.Adapters.Edifact;

namespace Gateway.Adapters.Contrl;

/// <summary>
/// Decides what CONTRL to send for an interchange. For one the reader could not read, a rejection (UCI 0083 = 4) that
/// points at the level, segment and element in error. For one it read: nothing, unless the sender asked (UNB 0031 =
/// 1 for a full report, 2 for receipt only) or the partner agreement says always. A CONTRL is coherent per ISO 9735:
/// a syntax error code (0085) goes only with the action it caused, a rejection (4); a level acknowledged (7) carries
/// none. So a deviation the reader read past (a wrong control count or reference) is either processed — its level is
/// acknowledged, without a code, the default — or, with <see cref="ContrlOptions.RejectDeviations"/>, its level is
/// rejected with the code saying why, and that report is due even unasked. An interchange without a UNB sender gets
/// no CONTRL: there is no one to address it to; nor does an interchange of CONTRL messages (never answered in kind).
/// </summary>
public static class ContrlResponder
{
    /// <summary>The report for an interchange that was read, or null when none is due.</summary>
    public static ContrlReport? Acknowledge(EdifactReadResult read, ContrlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(read);
        options ??= ContrlOptions.Default;
        var interchange = read.Interchange;
        if (interchange.Sender is null) return null; // no one to address the report to
        if (interchange.AllMessages.All(m => m.Type == "CONTRL")) return null; // ISO 9735: a CONTRL is never answered with a CONTRL
        var rejections = options.RejectDeviations ? read.Notes.Where(n => n.ControlCode is not null).ToList() : [];
        string requested = interchange.Header.Value(9) ?? "";
        if (rejections.Count == 0 && requested is not ("1" or "2") && !options.Always) return null;

        string syntax = SyntaxOf(interchange);
        var uci = Uci(interchange, ContrlActions.Acknowledged);
        if (rejections.Count == 0 && requested == "2" && !options.Always)
        {
            return new ContrlReport(syntax, uci with { Action = ContrlActions.Received }, ValueList<MessageResponse>.Empty, ValueList<GroupResponse>.Empty);
        }

        var messages = interchange.Messages.Select(m => MessageReport(m, Within(m.Header, interchange, rejections, "UNT"))).ToList();
        var groups = new List<GroupResponse>();
        foreach (var group in interchange.Groups)
        {
            var members = group.Messages.Select(m => MessageReport(m, Within(m.Header, interchange, rejections, "UNT"))).ToList();
            var note = Within(group.Header, interchange, rejections, "UNE").FirstOrDefault();
            groups.Add(new GroupResponse(group.Reference ?? "", Party(group.Header, 2), Party(group.Header, 3),
                note is null ? ContrlActions.Acknowledged : ContrlActions.Rejected, note?.ControlCode, note?.Tag, note is null ? null : ElementOf(note),
                ValueList<MessageResponse>.Own([.. members.Where(m => options.ListMessages || m.ErrorCode is not null)])));
        }
        var top = rejections.FirstOrDefault(n => n.Tag is not ("UNT" or "UNE"));
        bool list = options.ListMessages;
        if (top is not null)
        {
            // UCI 4 rejects every level below it: acknowledging a message inside it would contradict it.
            uci = uci with { Action = ContrlActions.Rejected, ErrorCode = top.ControlCode, Tag = IsService(top.Tag) ? top.Tag : null, Position = ElementOf(top) };
            list = false;
            groups = [.. groups.Select(g => g with { Messages = ValueList<MessageResponse>.Own([.. g.Messages.Where(m => m.ErrorCode is not null)]) })];
        }
        return new ContrlReport(syntax, uci,
            ValueList<MessageResponse>.Own([.. messages.Where(m => list || m.ErrorCode is not null)]),
            ValueList<GroupResponse>.Own([.. groups.Where(g => list || g.ErrorCode is not null || g.Messages.Count > 0)]));
    }

    /// <summary>The rejection for text the reader refused with <paramref name="error"/>; null when not even UNB could be read (no one to answer).</summary>
    public static ContrlReport? Reject(string text, EdifactSyntaxException error) => FailureLocator.Report(text, error);

    /// <summary>The rejection for received bytes the reader refused with <paramref name="error"/>.</summary>
    public static ContrlReport? Reject(ReadOnlySpan<byte> bytes, EdifactSyntaxException error) =>
        FailureLocator.Report(EdifactText.Decode(bytes, out _), error);

    internal static string SyntaxOf(Interchange interchange) => interchange.SyntaxVersion == "4" ? "4" : "3";

    internal static InterchangeResponse Uci(Interchange interchange, string action) =>
        new(interchange.ControlReference ?? "", Party(interchange.Header, 2) ?? new PartyId(""), Party(interchange.Header, 3) ?? new PartyId(""), action);

    internal static PartyId? Party(Segment header, int element) =>
        header.Value(element) is { } id ? new PartyId(id, header.Value(element, 1)) : null;

    internal static MessageIdentifier Identifier(Segment unh) =>
        new(unh.Value(2) ?? "", unh.Value(2, 1) ?? "", unh.Value(2, 2) ?? "", unh.Value(2, 3) ?? "", unh.Value(2, 4));

    private static MessageResponse MessageReport(EdifactMessage message, List<ReadNote> rejections)
    {
        var note = rejections.FirstOrDefault();
        return new MessageResponse(message.Reference, Identifier(message.Header), note is null ? ContrlActions.Acknowledged : ContrlActions.Rejected,
            note?.ControlCode, note?.Tag, note is null ? null : ElementOf(note), ValueList<SegmentResponse>.Empty);
    }

    /// <summary>The trailer notes (UNT or UNE) that fall inside the message or group starting at <paramref name="header"/>.</summary>
    private static List<ReadNote> Within(Segment header, Interchange interchange, List<ReadNote> notes, string trailer)
    {
        int start = header.Position.Offset;
        int end = int.MaxValue;
        foreach (var other in trailer == "UNT" ? interchange.AllMessages.Select(m => m.Header) : interchange.Groups.Select(g => g.Header))
        {
            if (other.Position.Offset > start && other.Position.Offset < end) end = other.Position.Offset;
        }
        return notes.Where(n => n.Tag == trailer && n.Position.Offset > start && n.Position.Offset < end).ToList();
    }

    /// <summary>Count notes concern the trailer's first element (the count), reference notes its second.</summary>
    private static ErrorPosition? ElementOf(ReadNote note) => note.Code switch
    {
        "EDI-COUNT" => new ErrorPosition(1),
        "EDI-REFERENCE" => new ErrorPosition(2),
        _ => null,
    };

    internal static bool IsService(string? tag) => tag is "UNA" or "UNB" or "UNG" or "UNH" or "UNT" or "UNE" or "UNZ";
}
