using System.Text.Json;
using Gateway.Adapters.Cusres;
using Gateway.Adapters.Storage;
using Gateway.Domain.Decisions;
using Gateway.Json;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Responses;

namespace Gateway.Pipeline;

/// <summary>Builds the unsolicited status change (JSON and CUSRES BGM 132) that goes to a carrier's feed.</summary>
public static class StatusUpdates
{
    /// <summary>Adds the update for one traveller to the batch; its CUSRES is null when a value of the list cannot be carried in one.</summary>
    public static void Add(WriteBatch batch, string carrier, string reportId, string flightKey, Manifest manifest, int index, BoardingDecision decision, DateTimeOffset at)
    {
        var t = manifest.Travellers[index];
        var response = new BoardingResponse(
            new ResponseHeader("KRIMMI", carrier, InterchangeReference(at), "U" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                "D:05B", manifest.Header.CommonAccessReference, false),
            ResponseDocumentCodes.StatusChange, manifest.Header.TransactionReference,
            ValueList.Of(Flight(manifest)),
            ValueList.Of(ResponseEntry.ForPassenger(t.Reference("AVF"), t.Reference("ABO"),
                new ResponseStatus(decision.Code, Status(decision.Code)), BoardingCodes.Text(decision.Code))),
            ValueList<FreeText>.Empty, ValueList<ResponseReference>.Empty);
        string? cusres;
        try
        {
            cusres = CusresWriter.WriteAnswer(response);
        }
        catch (CusresValueException)
        {
            // A batch list may carry a value no CUSRES can echo (its checks are the Decree's, not CUSRES's): the decision
            // and its JSON update stand, the EDIFACT feed (which lists CUSRES texts) passes over this one.
            cusres = null;
        }
        var update = new StatusUpdate(0, reportId, flightKey, index, t.Name.Surname, t.Reference("AVF"), t.Reference("ABO"),
            decision.Code, BoardingCodes.Text(decision.Code), decision.Reasons, at, null);
        batch.Updates.Add(new UpdateRecord(0, carrier, at, JsonSerializer.Serialize(update, GatewayJsonContext.Default.StatusUpdate), cusres));
    }

    /// <summary>A UNB 0020 reference for a message the gateway sends (an..14): G and the Unix milliseconds.</summary>
    public static string InterchangeReference(DateTimeOffset at) =>
        "G" + (at.ToUnixTimeMilliseconds() % 10_000_000_000_000).ToString("0000000000000", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The flight block of a CUSRES for a list.</summary>
    public static ResponseFlight Flight(Manifest m)
    {
        LegPoint? from = null, to = null;
        foreach (var leg in m.Conveyance.Legs)
        {
            foreach (var p in leg.Points)
            {
                if (p.Qualifier == LocationQualifiers.LastDeparture) from = p;
                if (p.Qualifier == LocationQualifiers.FirstArrival) to = p;
            }
        }
        return new ResponseFlight(m.Conveyance.JourneyId ?? "", from?.Departure, to?.Arrival, from?.Location, to?.Location);
    }

    /// <summary>The normalised status of a code.</summary>
    public static BoardingStatus Status(string code) => code switch
    {
        BoardingCodes.Board => BoardingStatus.OkToBoard,
        BoardingCodes.DoNotBoard => BoardingStatus.DoNotBoard,
        BoardingCodes.Advisory => BoardingStatus.Advisory,
        BoardingCodes.InsufficientData => BoardingStatus.InsufficientData,
        _ => BoardingStatus.Unknown,
    };
}
