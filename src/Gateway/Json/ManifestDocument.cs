namespace Gateway.Json;

/// <summary>
/// The JSON channel's passenger or crew list (<c>POST /api/v1/manifests</c> and <c>/api/v1/iapi</c> with
/// <c>application/json</c>); ships' FAL 5 crew lists and FAL 6 passenger lists use it too. docs/API.md documents it.
/// Dates are ISO 8601 (<c>1988-04-02</c>, local times <c>2026-11-22T11:30</c>); codes as in PAXLST.
/// </summary>
public sealed record ManifestDocument(
    string? Kind,
    string? Function,
    string? TransactionReference,
    PartyDocument? ReportingParty,
    ConveyanceDocument? Conveyance,
    IReadOnlyList<LegDocument>? Legs,
    IReadOnlyList<TravellerDocument>? Travellers,
    TotalsDocument? Totals);

/// <summary>Who sends the list.</summary>
public sealed record PartyDocument(string? Name, IReadOnlyList<ContactDocument>? Contacts);

/// <summary>A phone number, fax or e-mail with its channel (TE, FX, EM).</summary>
public sealed record ContactDocument(string? Number, string? Channel);

/// <summary>The aircraft or vessel.</summary>
public sealed record ConveyanceDocument(string? Mode, string? Carrier, string? JourneyId, string? VehicleId, string? VehicleName, string? VehicleNationality);

/// <summary>One leg: from a port at a local time to a port at a local time.</summary>
public sealed record LegDocument(string? JourneyId, string? Carrier, PortTimeDocument? Departure, PortTimeDocument? Arrival, IReadOnlyList<PortTimeDocument>? Calls);

/// <summary>A port (IATA or UN/LOCODE) and the local time there.</summary>
public sealed record PortTimeDocument(string? Port, string? Time);

/// <summary>One person.</summary>
public sealed record TravellerDocument(
    string? Role,
    string? Surname,
    IReadOnlyList<string>? GivenNames,
    string? Sex,
    string? BirthDate,
    string? Nationality,
    bool? Transit,
    IReadOnlyList<DocumentDocument>? Documents,
    string? Embarkation,
    string? Disembarkation,
    string? Residence,
    Dictionary<string, string>? References,
    string? CrewFunction,
    bool? TouristLanding,
    string? FacialImage);

/// <summary>A travel document; <c>mrz</c> holds the machine-readable zone lines joined by a newline.</summary>
public sealed record DocumentDocument(string? Type, string? Number, string? IssuingState, string? Expiry, string? Issued, string? Mrz);

/// <summary>Declared totals.</summary>
public sealed record TotalsDocument(int? Passengers, int? Crew);
