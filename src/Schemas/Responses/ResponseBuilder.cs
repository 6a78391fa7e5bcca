using Gateway.Schemas.Manifests;

namespace Gateway.Schemas.Responses;

/// <summary>One traveller's decision to send back: the person as listed, the normalised status and an optional agent text.</summary>
/// <param name="Traveller">The traveller from the request (its RFF AVF/ABO identify it to the carrier).</param>
/// <param name="Status">The decision.</param>
/// <param name="Text">FTX+AAP text for the check-in agent, or null.</param>
public sealed record TravellerDecision(Traveller Traveller, BoardingStatus Status, string? Text = null);

/// <summary>
/// Builds the response to a passenger list as the WCO/China profile expects it: the request's RFF+TN echoed, one
/// RFF+AF flight group per leg (its LOC 125/87 and DTM 189/232), one ERP+2 group per traveller carrying the
/// traveller's RFF+AVF and RFF+ABO so that the carrier's check-in system can match it, and the partner's code for
/// each status. The request's interchange sender becomes the recipient.
/// </summary>
public static class ResponseBuilder
{
    /// <summary>A response (BGM 962) to <paramref name="request"/>.</summary>
    public static BoardingResponse AnswerTo(Manifest request, IEnumerable<TravellerDecision> decisions, string interchangeReference,
        string messageReference, ResponseCodeTable? codes = null) =>
        Build(request, decisions, ResponseDocumentCodes.Response, interchangeReference, messageReference, codes);

    /// <summary>An unsolicited status change (BGM 132) about travellers of an earlier <paramref name="request"/>.</summary>
    public static BoardingResponse StatusChange(Manifest request, IEnumerable<TravellerDecision> decisions, string interchangeReference,
        string messageReference, ResponseCodeTable? codes = null) =>
        Build(request, decisions, ResponseDocumentCodes.StatusChange, interchangeReference, messageReference, codes);

    private static BoardingResponse Build(Manifest request, IEnumerable<TravellerDecision> decisions, string documentCode,
        string interchangeReference, string messageReference, ResponseCodeTable? codes)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(decisions);
        codes ??= ResponseCodeTable.Default;
        var header = new ResponseHeader(request.Header.Recipient, request.Header.Sender, interchangeReference, messageReference,
            Version: null, request.Header.CommonAccessReference, request.Header.Test);
        var entries = decisions.Select(d => ResponseEntry.ForPassenger(
            d.Traveller.Reference(ReferenceQualifiers.PnrLocator), d.Traveller.Reference(ReferenceQualifiers.PassengerReference),
            codes.For(d.Status), d.Text)).ToArray();
        return new BoardingResponse(header, documentCode, request.Header.TransactionReference, Flights(request.Conveyance),
            ValueList<ResponseEntry>.Own(entries), ValueList<FreeText>.Empty, ValueList<ResponseReference>.Empty);
    }

    private static ValueList<ResponseFlight> Flights(Conveyance conveyance)
    {
        var flights = new List<ResponseFlight>(conveyance.Legs.Count);
        foreach (var leg in conveyance.Legs)
        {
            string? flight = leg.JourneyId ?? conveyance.JourneyId;
            if (flight is null) continue;
            var departure = leg.Points.FirstOrDefault(p => p.Qualifier == LocationQualifiers.LastDeparture);
            var arrival = leg.Points.FirstOrDefault(p => p.Qualifier == LocationQualifiers.FirstArrival);
            flights.Add(new ResponseFlight(flight, departure?.Departure, arrival?.Arrival, departure?.Location, arrival?.Location));
        }
        return new ValueList<ResponseFlight>(flights);
    }
}
