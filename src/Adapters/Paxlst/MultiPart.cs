using Gateway.Adapters.Edifact;

namespace Gateway.Adapters.Paxlst;

/// <summary>
/// Groups the messages of an interchange into lists: messages that share a common access reference (UNH 0068) and
/// carry part numbers (UNH S010) are parts of one list, put in part order; every other message is a list by itself.
/// </summary>
internal static class MultiPart
{
    internal static List<List<EdifactMessage>> Group(List<EdifactMessage> messages, List<ReadNote> notes)
    {
        var lists = new List<List<EdifactMessage>>();
        var byReference = new Dictionary<string, List<EdifactMessage>>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            if (message.PartNumber is not null && message.CommonAccessReference is { } car)
            {
                if (!byReference.TryGetValue(car, out var parts))
                {
                    parts = [];
                    byReference[car] = parts;
                    lists.Add(parts);
                }
                parts.Add(message);
            }
            else lists.Add([message]);
        }
        foreach (var parts in lists)
        {
            if (parts.Count > 1 || parts[0].PartNumber is not null) Check(parts, notes);
        }
        return lists;
    }

    private static void Check(List<EdifactMessage> parts, List<ReadNote> notes)
    {
        parts.Sort((a, b) => a.PartNumber!.Value.CompareTo(b.PartNumber!.Value));
        for (int i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.PartNumber != i + 1 || (i > 0 && part.PartNumber == parts[i - 1].PartNumber))
            {
                notes.Add(new ReadNote("PAX-PART-SEQUENCE",
                    $"list {part.CommonAccessReference}: expected part {i + 1:00} but found part {part.PartNumber:00}; parts may be missing or repeated",
                    part.Header.Position, "UNH", SyntaxCodes.InvalidValue));
                return;
            }
        }
        var last = parts[^1];
        if (last.PartFlag != "F" && (parts.Count > 1 || last.PartFlag == "C"))
        {
            notes.Add(new ReadNote("PAX-PART-FINAL",
                $"list {last.CommonAccessReference}: part {last.PartNumber:00} is the last received but is not flagged final (F); later parts may follow",
                last.Header.Position, "UNH"));
        }
    }
}
