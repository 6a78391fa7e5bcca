using Gateway.Adapters.Edifact;

namespace Gateway.Adapters.Pnrgov;

/// <summary>
/// Splits segments that a lost terminator glued together, as real pushes (and the IATA guide's own examples) have
/// them: <c>…/SEJOON’TVL+270513…</c> where a typographic quote stood in for <c>'</c>, and <c>RPI+1+HKIFT+4:19+…</c>
/// or <c>ORG+…+9TIF+KIM…</c> where the terminator is simply missing. A split is made only where it is unambiguous: after
/// a <c>’</c> followed by a PNRGOV tag, or where a segment has more elements than its layout allows and an element ends
/// in a PNRGOV tag. Each split is a note.
/// </summary>
internal static class SegmentGlueRepair
{
    private static readonly HashSet<string> Tags =
    [
        "ABI", "ADD", "APD", "DAT", "EBD", "EQN", "ERC", "FAR", "FOP", "FTI", "IFT", "LTS", "MON", "MSG", "ORG", "PTK",
        "RCI", "REF", "RPI", "SAC", "SRC", "SSD", "SSR", "TBD", "TIF", "TKT", "TRA", "TRI", "TVL", "TXD",
    ];

    // Most elements each segment's layout has (PNRGOV IG), for the segments whose layout is fixed.
    private static readonly Dictionary<string, int> MaxElements = new(StringComparer.Ordinal)
    {
        ["MSG"] = 2, ["ORG"] = 9, ["TVL"] = 6, ["EQN"] = 2, ["SRC"] = 1, ["RCI"] = 9, ["RPI"] = 2, ["APD"] = 2,
        ["TRI"] = 2, ["SSD"] = 6, ["REF"] = 2, ["FTI"] = 2, ["TKT"] = 2, ["TRA"] = 2, ["DAT"] = 5, ["TIF"] = 2,
    };

    internal static List<Segment> Repair(ValueList<Segment> body, PnrNotes notes)
    {
        var result = new List<Segment>(body.Count);
        foreach (var segment in body) Split(segment, result, notes);
        return result;
    }

    private static void Split(Segment s, List<Segment> into, PnrNotes notes)
    {
        var elements = s.Elements;
        for (int e = 0; e < elements.Count; e++)
        {
            var comps = elements[e].Components;
            if (comps.Count == 0) continue;
            string last = comps[^1];
            int quote = last.LastIndexOf('’');
            if (quote >= 0 && (quote == last.Length - 1 ? e == elements.Count - 1 : quote == last.Length - 4 && Tags.Contains(last[(quote + 1)..])))
            {
                string tag = last[(quote + 1)..];
                notes.Add("PNR-GLUED-SEGMENT", tag.Length == 0
                    ? $"segment {s.Tag} ends with a typographic quote (’) where the segment terminator belongs; removed"
                    : $"a typographic quote (’) stands for the segment terminator inside {s.Tag}; split off segment {tag}", s);
                Cut(s, e, last[..quote], tag, into, notes);
                return;
            }
        }
        if (MaxElements.TryGetValue(s.Tag, out int max) && elements.Count > max)
        {
            for (int e = max - 1; e >= 0; e--)
            {
                var comps = elements[e].Components;
                if (comps.Count == 0 || comps[^1].Length <= 3) continue;
                string tag = comps[^1][^3..];
                if (!Tags.Contains(tag)) continue;
                notes.Add("PNR-GLUED-SEGMENT",
                    $"segment {s.Tag} has {elements.Count} elements, more than its {max}, and element {e + 1} ends in '{tag}': a missing segment terminator; split off segment {tag}", s);
                Cut(s, e, comps[^1][..^3], tag, into, notes);
                return;
            }
        }
        into.Add(s);
    }

    private static void Cut(Segment s, int element, string keep, string tag, List<Segment> into, PnrNotes notes)
    {
        var elements = s.Elements;
        var comps = elements[element].Components;
        var head = new List<DataElement>(elements.Take(element))
        {
            DataElement.Of([.. comps.Take(comps.Count - 1), keep]),
        };
        into.Add(Segment.Of(s.Tag, [.. head]) with { Position = s.Position, Number = s.Number });
        if (tag.Length == 0) return;
        var rest = Segment.Of(tag, [.. elements.Skip(element + 1)]) with { Position = s.Position, Number = s.Number };
        Split(rest, into, notes);
    }
}
