using Gateway.Schemas.Manifests;

namespace Gateway.Json;

/// <summary>
/// Maps the JSON channel onto the same <see cref="Manifest"/> records the PAXLST reader makes, so that one set of rules
/// judges both. Values are carried as sent; only the shape is fixed here.
/// </summary>
public static class ManifestDocumentMapper
{
    /// <summary>The manifest for a JSON list received by <paramref name="carrier"/>.</summary>
    public static Manifest ToManifest(ManifestDocument d, string carrier)
    {
        bool crew = string.Equals(d.Kind, "crew", StringComparison.OrdinalIgnoreCase);
        var c = d.Conveyance;
        var legs = (d.Legs ?? []).Select(Leg).ToArray();
        var mode = (c?.Mode ?? "").ToLowerInvariant() switch
        {
            "sea" => TransportMode.Sea,
            "air" => TransportMode.Air,
            _ => TransportMode.Unknown,
        };
        var travellers = (d.Travellers ?? []).Select(t => Traveller(t, crew)).ToArray();
        string? journey = c?.JourneyId ?? legs.FirstOrDefault()?.JourneyId;
        return new Manifest(
            new ListHeader(carrier, "KRIMMI", null, null, "JSON", null, journey, 1, d.TransactionReference, false),
            crew ? DocumentCodes.CrewList : DocumentCodes.PassengerList,
            d.Function,
            d.ReportingParty is { } p ? new ReportingParty(p.Name ?? "", ValueList.Of([.. (p.Contacts ?? []).Select(x => new Contact(x.Number ?? "", x.Channel ?? ""))])) : null,
            new Conveyance(mode, c?.Carrier ?? legs.FirstOrDefault()?.Carrier, journey, c?.VehicleId, c?.VehicleName, c?.VehicleNationality, ValueList.Of(legs)),
            ValueList.Of(travellers),
            new DeclaredTotals(d.Totals?.Passengers, d.Totals?.Crew));
    }

    private static Leg Leg(LegDocument l)
    {
        var points = new List<LegPoint>();
        if (l.Departure is { } dep) points.Add(Point(LocationQualifiers.LastDeparture, dep, DateQualifiers.Departure));
        foreach (var call in l.Calls ?? []) points.Add(Point(LocationQualifiers.Routing, call, DateQualifiers.Arrival));
        if (l.Arrival is { } arr) points.Add(Point(LocationQualifiers.FirstArrival, arr, DateQualifiers.Arrival));
        return new Leg("20", l.JourneyId, l.Carrier, ValueList.Of([.. points]));
    }

    private static LegPoint Point(string qualifier, PortTimeDocument p, string dateQualifier) =>
        new(qualifier, p.Port ?? "", p.Time is { } t ? ValueList.Of(new QualifiedDate(dateQualifier, Iso(t))) : ValueList<QualifiedDate>.Empty);

    private static Traveller Traveller(TravellerDocument t, bool crewList)
    {
        bool crew = t.Role is "FM" or "DDT" || (t.Role is null && crewList);
        string role = t.Role ?? (crew ? (t.Transit == true ? TravellerRoles.TransitCrew : TravellerRoles.Crew)
                                      : (t.Transit == true ? TravellerRoles.TransitPassenger : TravellerRoles.Passenger));
        var places = new List<QualifiedPlace>();
        if (t.Embarkation is { } e) places.Add(new QualifiedPlace(LocationQualifiers.Embarkation, e));
        if (t.Disembarkation is { } x) places.Add(new QualifiedPlace(LocationQualifiers.Disembarkation, x));
        if (t.Residence is { } r) places.Add(new QualifiedPlace(LocationQualifiers.Residence, r));
        var references = (t.References ?? []).OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => new Reference(kv.Key, kv.Value));
        var documents = (t.Documents ?? []).Select(d => new TravelDocument(d.Type ?? "", d.Number ?? "",
            d.Expiry is { } ex ? Iso(ex) : null, d.Issued is { } i ? Iso(i) : null, d.IssuingState, d.Mrz));
        return new Traveller(role,
            new PersonName(t.Surname ?? "", ValueList.Of([.. (t.GivenNames ?? []).Where(g => g.Length > 0)])),
            t.Sex, t.BirthDate is { } b ? Iso(b) : null, t.Nationality, null,
            ValueList.Of([.. places]), ValueList.Of([.. references]), t.CrewFunction, null,
            ValueList.Of([.. documents]), null, t.FacialImage, t.TouristLanding ?? false);
    }

    private static MessageDate Iso(string text) => new(text, MessageDate.Iso);
}
