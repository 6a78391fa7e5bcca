using Gateway.Adapters.Edifact;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Pnr;

namespace Gateway.Adapters.Pnrgov;

/// <summary>
/// Assembles message parts into pushes. A message without S010 is a push of its own. Parts <c>01:C</c> … <c>nn:F</c>
/// with the same common access reference are one push: their PNRs are appended in part order and the level 0 of the
/// first part stands for the push. Gaps, a missing final part, or parts that name another flight are notes.
/// </summary>
internal static class PushAssembler
{
    internal static List<PnrPush> Assemble(Interchange interchange, List<PnrMessagePart> parts, PnrNotes notes)
    {
        var pushes = new List<PnrPush>();
        List<PnrMessagePart>? open = null;
        foreach (var part in parts)
        {
            var m = part.Message;
            bool multi = m.PartFlag is "C" || (m.PartNumber is > 1) || (m.PartFlag is "F" && open is not null);
            if (!multi)
            {
                if (open is not null) pushes.Add(Close(interchange, open, notes, complete: false));
                open = null;
                pushes.Add(Build(interchange, [part], notes));
                continue;
            }
            if (open is not null && (open[0].Message.CommonAccessReference != m.CommonAccessReference || m.PartNumber == 1))
            {
                pushes.Add(Close(interchange, open, notes, complete: false));
                open = null;
            }
            open ??= [];
            int expected = open.Count + 1;
            if (m.PartNumber != expected)
                notes.Add("PNR-PART-ORDER", $"message {m.Reference} is part {m.PartNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?"} where part {expected} was expected", m.Header);
            if (open.Count > 0 && part.Flight != open[0].Flight)
                notes.Add("PNR-PART-FLIGHT", $"part {m.PartNumber} names another flight than part 1; its PNRs are assembled with part 1", m.Header);
            open.Add(part);
            if (m.PartFlag == "F")
            {
                pushes.Add(Build(interchange, open, notes));
                open = null;
            }
        }
        if (open is not null) pushes.Add(Close(interchange, open, notes, complete: false));
        return pushes;
    }

    private static PnrPush Close(Interchange interchange, List<PnrMessagePart> open, PnrNotes notes, bool complete)
    {
        if (!complete)
        {
            var last = open[^1].Message;
            notes.Add("PNR-PART-FINAL-MISSING", $"the push sharing reference {last.CommonAccessReference} has {open.Count} part(s) and no final part (F); read as received", last.Header);
        }
        return Build(interchange, open, notes);
    }

    private static PnrPush Build(Interchange interchange, List<PnrMessagePart> parts, PnrNotes notes)
    {
        var first = parts[0];
        var m = first.Message;
        var header = new ListHeader(interchange.Sender, interchange.Recipient, interchange.ControlReference, m.Reference, m.Type,
            m.Version, m.CommonAccessReference, parts.Count, null, interchange.Test);
        var pnrs = parts.SelectMany(p => p.Pnrs).ToArray();
        if (first.DeclaredCount is { } declared && declared != pnrs.Length)
        {
            notes.Add("PNR-COUNT", $"EQN says the push holds {declared} PNR(s) but {pnrs.Length} SRC group(s) were received"
                + (first.Function == PushFunctions.Update ? " (an update push)" : ""), m.Header);
        }
        return new PnrPush(header, first.Function, first.Originator, first.Flight, first.DeclaredCount, ValueList<Pnr>.Own(pnrs));
    }
}
