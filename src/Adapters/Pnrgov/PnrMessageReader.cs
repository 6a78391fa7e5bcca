using Gateway.Adapters.Edifact;
using Gateway.Schemas.Pnr;

namespace Gateway.Adapters.Pnrgov;

/// <summary>What one PNRGOV message (one UNH…UNT part) holds; a later part sent without level 0 has no flight.</summary>
internal sealed record PnrMessagePart(
    EdifactMessage Message,
    string? Function,
    PnrOrganisation? Originator,
    ItineraryLeg? Flight,
    int? DeclaredCount,
    List<Pnr> Pnrs);

/// <summary>
/// Reads one PNRGOV message: level 0 (MSG, ORG, TVL, EQN), then one Gr1 per SRC. Without the flight TVL the receiver
/// cannot tell which flight the PNRs are for: an error. Without MSG it cannot tell a full push from an update (absent
/// PNRs mean "removed" in one and "unchanged" in the other): the push is read by its content, with no message function,
/// and noted. A missing ORG or EQN is a note.
/// </summary>
internal static class PnrMessageReader
{
    internal static PnrMessagePart Read(EdifactMessage message, PnrNotes notes)
    {
        var body = SegmentGlueRepair.Repair(message.Body, notes);
        int i = 0;
        Segment? Peek() => i < body.Count ? body[i] : null;

        var first = Peek();
        if (first?.Tag == "SRC" && message.PartNumber is > 1)
        {
            // Parts should repeat level 0, but the first part's says it all: read the PNRs and note the omission.
            notes.Add("PNR-PART-LEVEL0", $"part {message.PartNumber} starts with SRC, without level 0 (MSG, ORG, TVL, EQN); the first part's is used", first);
            return new PnrMessagePart(message, null, null, null, null, ReadPnrs(body, 0, notes));
        }
        string? function = null;
        if (first?.Tag == "MSG")
        {
            function = first.Value(1, 1) ?? first.Value(1);
            if (function is not (PushFunctions.Full or PushFunctions.Update))
                notes.Add("PNR-MSG-FUNCTION", $"MSG message function '{function}' is neither 22 (full push) nor 141 (update push)", first);
            i++;
        }
        else
        {
            // GTAS reads such pushes (gtas_parsers_pnrNoOrgMsg.txt); so do we, by what they hold, and say so.
            notes.Add("PNR-MSG-MISSING", "level 0 has no MSG (22 full push or 141 update push): the push is taken by its content, the PNRs it "
                + "carries, and not as saying that PNRs it leaves out were removed", first ?? message.Header);
        }

        PnrOrganisation? originator = null;
        if (Peek()?.Tag == "ORG") originator = PnrSegmentMapper.Organisation(body[i++]);
        else notes.Add("PNR-ORG-MISSING", "level 0 has no ORG (originator of the push)" + (first?.Tag == "MSG" ? " after MSG" : ""), Peek() ?? first ?? message.Header);

        var tvl = Peek();
        if (tvl?.Tag != "TVL")
        {
            var at = tvl ?? (i > 0 ? body[i - 1] : message.Header);
            throw Missing($"PNRGOV message {message.Reference} has no flight TVL at level 0 (after MSG and ORG); found {tvl?.Tag ?? "UNT"}",
                at, tvl?.Tag ?? "TVL");
        }
        var flight = PnrSegmentMapper.Leg(tvl, notes);
        i++;

        int? declared = null;
        if (Peek()?.Tag == "EQN")
        {
            var eqn = body[i++];
            if (int.TryParse(eqn.Value(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)) declared = n;
            else notes.Add("PNR-EQN", $"level-0 EQN number of PNRs '{eqn.Value(1)}' is not a number", eqn);
        }
        else notes.Add("PNR-EQN-MISSING", "level 0 has no EQN (number of PNRs in the push)", Peek() ?? tvl);

        if (Peek() is { } next && next.Tag != "SRC")
        {
            throw new EdifactSyntaxException(
                $"segment {next.Tag} at level 0 of PNRGOV message {message.Reference}: level 0 holds MSG, ORG, TVL and EQN, then each PNR starts with SRC",
                next.Position, SyntaxCodes.NotSupportedInPosition, next.Tag, next.Number);
        }

        return new PnrMessagePart(message, function, originator, flight, declared, ReadPnrs(body, i, notes));
    }

    private static List<Pnr> ReadPnrs(List<Segment> body, int from, PnrNotes notes)
    {
        var pnrs = new List<Pnr>();
        var groups = new PnrGroupReader(notes);
        PnrBuilder? current = null;
        for (int i = from; i < body.Count; i++)
        {
            var s = body[i];
            if (s.Tag == "SRC")
            {
                if (current is not null) pnrs.Add(Finish(current, notes));
                current = groups.Begin(s);
            }
            else groups.Add(s);
        }
        if (current is not null) pnrs.Add(Finish(current, notes));
        return pnrs;
    }

    private static Pnr Finish(PnrBuilder builder, PnrNotes notes)
    {
        if (builder.Locators.Count == 0) notes.Add("PNR-RCI-MISSING", "the PNR has no RCI record locator", builder.Start);
        return PnrAssembler.Build(builder, notes);
    }

    private static EdifactSyntaxException Missing(string problem, Segment at, string tag) =>
        new(problem, at.Position, SyntaxCodes.Missing, tag, at.Number);
}
