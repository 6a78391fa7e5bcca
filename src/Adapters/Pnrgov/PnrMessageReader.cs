using Gateway.Adapters.Edifact;
using Gateway.Schemas.Pnr;

namespace Gateway.Adapters.Pnrgov;

/// <summary>What one PNRGOV message (one UNH…UNT part) holds.</summary>
internal sealed record PnrMessagePart(
    EdifactMessage Message,
    string? Function,
    PnrOrganisation? Originator,
    ItineraryLeg Flight,
    int? DeclaredCount,
    List<Pnr> Pnrs);

/// <summary>
/// Reads one PNRGOV message: level 0 (MSG, ORG, TVL, EQN), then one Gr1 per SRC. Level 0 is what the PNRs hang on:
/// without MSG the receiver cannot tell a full push from an update (absent PNRs mean "removed" in one and "unchanged"
/// in the other), and without the flight TVL it cannot tell which flight; both are errors. A missing ORG or EQN is a note.
/// </summary>
internal static class PnrMessageReader
{
    internal static PnrMessagePart Read(EdifactMessage message, PnrNotes notes)
    {
        var body = SegmentGlueRepair.Repair(message.Body, notes);
        int i = 0;
        Segment? Peek() => i < body.Count ? body[i] : null;

        var first = Peek();
        if (first?.Tag != "MSG")
        {
            bool orgMissing = first?.Tag != "ORG";
            throw Missing($"PNRGOV message {message.Reference} has no MSG segment (message function 22 full push or 141 update push) at level 0"
                + (orgMissing ? ", and no ORG (originator) either" : "") + $"; it starts with {first?.Tag ?? "UNT"}",
                first ?? message.Header, first is null ? "UNH" : first.Tag);
        }
        string? function = first.Value(1, 1) ?? first.Value(1);
        if (function is not (PushFunctions.Full or PushFunctions.Update))
            notes.Add("PNR-MSG-FUNCTION", $"MSG message function '{function}' is neither 22 (full push) nor 141 (update push)", first);
        i++;

        PnrOrganisation? originator = null;
        if (Peek()?.Tag == "ORG") originator = PnrSegmentMapper.Organisation(body[i++]);
        else notes.Add("PNR-ORG-MISSING", "level 0 has no ORG (originator of the push) after MSG", Peek() ?? first);

        var tvl = Peek();
        if (tvl?.Tag != "TVL")
        {
            throw Missing($"PNRGOV message {message.Reference} has no flight TVL at level 0 (after MSG and ORG); found {tvl?.Tag ?? "UNT"}",
                tvl ?? body[i - 1], tvl?.Tag ?? "TVL");
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

        var pnrs = new List<Pnr>();
        var groups = new PnrGroupReader(notes);
        PnrBuilder? current = null;
        for (; i < body.Count; i++)
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
        return new PnrMessagePart(message, function, originator, flight, declared, pnrs);
    }

    private static Pnr Finish(PnrBuilder builder, PnrNotes notes)
    {
        if (builder.Locators.Count == 0) notes.Add("PNR-RCI-MISSING", "the PNR has no RCI record locator", builder.Start);
        return PnrAssembler.Build(builder, notes);
    }

    private static EdifactSyntaxException Missing(string problem, Segment at, string tag) =>
        new(problem, at.Position, SyntaxCodes.Missing, tag, at.Number);
}
