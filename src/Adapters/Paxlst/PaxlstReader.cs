using Gateway.Adapters.Edifact;
using Gateway.Schemas.Manifests;

namespace Gateway.Adapters.Paxlst;

/// <summary>
/// Reads PAXLST (D02B, D03B, D05B, D12B, D15B and later) into <see cref="Manifest"/>s. Parts of a multi-part list
/// (UNH S010 <c>01:C</c> … <c>nn:F</c> with the same common access reference) are assembled into one list.
/// </summary>
public static class PaxlstReader
{
    /// <summary>Reads the PAXLST messages of bytes received.</summary>
    public static PaxlstReadResult Read(ReadOnlySpan<byte> bytes, EdifactReaderOptions? options = null) =>
        Read(EdifactReader.Read(bytes, options));

    /// <summary>Reads the PAXLST messages of an interchange already read by the syntax layer.</summary>
    public static PaxlstReadResult Read(EdifactReadResult edifact)
    {
        var notes = new List<ReadNote>(edifact.Notes);
        var interchange = edifact.Interchange;
        var manifests = new List<Manifest>();
        var messages = interchange.AllMessages.ToList();
        foreach (var message in messages)
        {
            if (message.Type != "PAXLST")
            {
                throw new EdifactSyntaxException($"message {message.Reference} is a {message.Type}, not a PAXLST",
                    message.Header.Position, SyntaxCodes.InvalidValue, "UNH", message.Header.Number, 2, 1);
            }
        }
        foreach (var parts in MultiPart.Group(messages, notes))
        {
            manifests.Add(Build(interchange, parts, notes));
        }
        return new PaxlstReadResult(ValueList.Of([.. manifests]), ValueList.Of([.. notes]));
    }

    private static Manifest Build(Interchange interchange, IReadOnlyList<EdifactMessage> parts, List<ReadNote> notes)
    {
        var first = parts[0];
        var builder = new MessageBuilder(notes);
        var travellers = new List<TravellerDraft>();
        for (int p = 0; p < parts.Count; p++)
        {
            var part = parts[p];
            if (p > 0)
            {
                // Every part repeats the header, party and legs; only its travellers (and the flight total) are new.
                var next = new MessageBuilder(notes);
                foreach (var segment in part.Body) next.Add(segment);
                travellers.AddRange(next.Result.Travellers);
                builder = Merge(builder, next);
                continue;
            }
            foreach (var segment in part.Body) builder.Add(segment);
            travellers.AddRange(builder.Result.Travellers);
        }
        var r = builder.Result;
        if (r.DocumentCode.Length == 0)
        {
            throw new EdifactSyntaxException($"PAXLST message {first.Reference} has no BGM beginning-of-message segment",
                first.Header.Position, SyntaxCodes.Missing, "BGM", first.Header.Number + 1);
        }
        var legs = r.Legs.Select(l => l.Build()).ToArray();
        var firstTdt = r.Legs.Count > 0 ? r.Legs[0].Tdt : null;
        var conveyance = new Conveyance(
            Mode(firstTdt, legs),
            firstTdt?.Value(5), firstTdt?.Value(2),
            firstTdt?.Value(8), firstTdt?.Value(8, 3), firstTdt?.Value(8, 4),
            ValueList.Of(legs));
        var header = new ListHeader(
            interchange.Sender, interchange.Recipient, interchange.ControlReference, first.Reference, first.Type,
            first.Header.Value(2, 1) is { } v ? v + ":" + first.Header.Value(2, 2) : null,
            first.CommonAccessReference, parts.Count, r.Transaction, interchange.Test);
        return new Manifest(header, r.DocumentCode, r.Function, r.Party, conveyance,
            ValueList.Of([.. travellers.Select(t => t.Build())]), new DeclaredTotals(r.Passengers, r.Crew));
    }

    private static MessageBuilder Merge(MessageBuilder first, MessageBuilder later)
    {
        first.TakeTotals(later);
        return first;
    }

    /// <summary>TDT C220 8067 (1 maritime, 4 air); otherwise the port codes tell: IATA airports have 3 letters, UN/LOCODEs 5.</summary>
    private static TransportMode Mode(Segment? tdt, Leg[] legs)
    {
        switch (tdt?.Value(3))
        {
            case "1": return TransportMode.Sea;
            case "4": return TransportMode.Air;
        }
        foreach (var leg in legs)
        {
            foreach (var point in leg.Points)
            {
                if (point.Location.Length == 3) return TransportMode.Air;
                if (point.Location.Length == 5) return TransportMode.Sea;
            }
        }
        return TransportMode.Unknown;
    }
}
