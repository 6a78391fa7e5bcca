using Gateway.Adapters.Edifact;

namespace Gateway.Adapters.Contrl;

/// <summary>
/// Builds the rejection for an interchange the reader refused. It re-scans the text up to the error, keeping the
/// envelope segments it passes (UNB, the open UNG, the open UNH), so that the report can name the interchange, group
/// and message, and the segment's position inside its message (UNH = 1).
/// </summary>
internal static class FailureLocator
{
    internal static ContrlReport? Report(string text, EdifactSyntaxException error)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(error);
        var walk = Walk(text, error);
        // Without the UNB sender there is no one to address the report to.
        if (walk.Unb?.Value(2) is null) return null;

        string syntax = walk.Unb.Value(1, 1) == "4" ? "4" : "3";
        var uci = new InterchangeResponse(walk.Unb.Value(5) ?? "", ContrlResponder.Party(walk.Unb, 2) ?? new PartyId(""),
            ContrlResponder.Party(walk.Unb, 3) ?? new PartyId(""), ContrlActions.Rejected);
        var position = error.Element > 0 ? new ErrorPosition(error.Element, error.Component > 0 ? error.Component : null) : null;
        string? tag = error.Tag ?? walk.ErrorTag;

        MessageResponse? message = null;
        if (walk.Unh is not null && tag != "UNB")
        {
            var identifier = ContrlResponder.Identifier(walk.Unh);
            string reference = walk.Unh.Value(1) ?? "";
            if (tag == "UNH" && walk.ErrorNumber == walk.UnhNumber || tag == "UNT")
            {
                message = new MessageResponse(reference, identifier, ContrlActions.Rejected, error.ControlCode, tag, position, ValueList<SegmentResponse>.Empty);
            }
            else if (ContrlResponder.IsService(tag))
            {
                // An envelope segment where the message's UNT should have been: the UNT is missing.
                message = new MessageResponse(reference, identifier, ContrlActions.Rejected, SyntaxCodes.Missing, "UNT", null, ValueList<SegmentResponse>.Empty);
            }
            else
            {
                var elements = position is null ? ValueList<ElementResponse>.Empty : ValueList.Of(new ElementResponse(error.ControlCode, position));
                var segment = new SegmentResponse(walk.ErrorNumber - walk.UnhNumber + 1, position is null ? error.ControlCode : null, elements);
                message = new MessageResponse(reference, identifier, ContrlActions.Rejected, null, null, null, ValueList.Of(segment));
            }
        }

        var messages = message is null ? ValueList<MessageResponse>.Empty : ValueList.Of(message);
        if (walk.Ung is not null && (message is not null || tag is "UNG" or "UNE"))
        {
            bool groupError = message is null;
            var group = new GroupResponse(walk.Ung.Value(5) ?? "", ContrlResponder.Party(walk.Ung, 2), ContrlResponder.Party(walk.Ung, 3),
                ContrlActions.Rejected, groupError ? error.ControlCode : null, groupError ? tag : null, groupError ? position : null, messages);
            return new ContrlReport(syntax, uci, ValueList<MessageResponse>.Empty, ValueList.Of(group));
        }
        if (message is null)
        {
            uci = uci with { ErrorCode = error.ControlCode, Tag = ContrlResponder.IsService(tag) ? tag : null, Position = position };
        }
        return new ContrlReport(syntax, uci, messages, ValueList<GroupResponse>.Empty);
    }

    private sealed class Trace
    {
        internal Segment? Unb;
        internal Segment? Ung;
        internal Segment? Unh;
        internal int UnhNumber;
        internal int ErrorNumber;
        internal string? ErrorTag;
    }

    private static Trace Walk(string text, EdifactSyntaxException error)
    {
        var trace = new Trace();
        InterchangeStartResult? start = Start(text);
        if (start is null) return trace;
        var (offset, delimiters, line, lineStart) = start.Value;
        var scanner = new SegmentScanner(text, offset, text.Length, delimiters, line, lineStart);
        int number = 0;
        while (true)
        {
            bool more;
            try
            {
                more = scanner.Next();
            }
            catch (EdifactSyntaxException)
            {
                // The tokenizer fails on the same segment as the reader did: this is the segment in error.
                trace.ErrorNumber = number + 1;
                trace.ErrorTag = error.Tag;
                return trace;
            }
            if (!more) return trace;
            number++;
            bool reached = error.SegmentNumber > 0 ? number >= error.SegmentNumber : scanner.SegmentPosition.Offset >= error.Position.Offset;
            bool past = error.SegmentNumber > 0 ? number > error.SegmentNumber : scanner.SegmentPosition.Offset > error.Position.Offset;
            if (past) return trace;
            trace.ErrorNumber = number;
            trace.ErrorTag = null;
            Segment segment;
            try
            {
                segment = SegmentBuilder.Build(scanner, number);
            }
            catch (EdifactSyntaxException)
            {
                return trace; // a bad tag: this is the segment in error
            }
            trace.ErrorTag = segment.Tag;
            // At the segment in error only a header that opens a new level is kept: one met while a message is still
            // open is the place where that message's UNT was missing, and the report is about the open message.
            if (reached && (segment.Tag is not ("UNB" or "UNG" or "UNH") || trace.Unh is not null)) return trace;
            switch (segment.Tag)
            {
                case "UNB" when trace.Unb is null:
                    trace.Unb = segment;
                    if (delimiters.Repetition is not null && segment.Value(1, 1) != "4")
                    {
                        // As the reader does: no repetition separator before syntax 4; rescan from after UNB.
                        scanner = new SegmentScanner(text, scanner.Offset, text.Length, delimiters with { Repetition = null },
                            scanner.PositionAt(scanner.Offset).Line, scanner.Offset - scanner.PositionAt(scanner.Offset).Column + 1);
                    }
                    break;
                case "UNG":
                    trace.Ung = segment;
                    trace.Unh = null;
                    break;
                case "UNH":
                    trace.Unh = segment;
                    trace.UnhNumber = number;
                    break;
                case "UNT":
                    trace.Unh = null;
                    break;
                case "UNE":
                    trace.Ung = null;
                    break;
            }
            if (reached) return trace;
        }
    }

    private readonly record struct InterchangeStartResult(int Offset, Delimiters Delimiters, int Line, int LineStart);

    private static InterchangeStartResult? Start(string text)
    {
        try
        {
            var found = InterchangeStart.Locate(text, []);
            var at = InterchangeStart.Position(text, found.UnbOffset);
            return new InterchangeStartResult(found.UnbOffset, found.Delimiters, at.Line, found.UnbOffset - at.Column + 1);
        }
        catch (EdifactSyntaxException)
        {
            return null;
        }
    }
}
