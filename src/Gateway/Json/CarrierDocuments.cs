namespace Gateway.Json;

/// <summary>The general declaration (Decree 87(3); IMO FAL 1 / ICAO GD) for <c>POST /api/v1/declarations</c>.</summary>
public sealed record DeclarationDocument(
    string? Carrier, string? JourneyId, string? VehicleType, string? RegistrationMark, string? Name, string? Nationality,
    PortTimeDocument? Departure, IReadOnlyList<PortTimeDocument>? PortsOfCall, PortTimeDocument? Arrival,
    int? Crew, int? Passengers, int? TransitPassengers);

/// <summary>The Decree 86 scheduled arrival or departure notice for <c>POST /api/v1/notices</c>.</summary>
public sealed record NoticeDocument(string? Direction, string? Port, string? Scheduled, bool? ScheduledService, string? Carrier, string? JourneyId, string? VehicleName);

/// <summary>An officer's PNR request (<c>POST /api/v1/pnr/requests</c>): a whole flight within 30 minutes, or named passengers by 30 minutes before departure (Decree 85(3)).</summary>
public sealed record PnrRequestDocument(string? Carrier, string? JourneyId, string? ScheduledDeparture, string? Kind, IReadOnlyList<string>? Passengers, string? Purpose);

/// <summary>Landing applications for a vessel's people (<c>POST /api/v1/landing-permits</c>).</summary>
/// <param name="Permit"><c>crew</c> (Act 14) or <c>tourist</c> (Act 14-2).</param>
/// <param name="LandingFrom">When the people go ashore (ISO 8601 with offset).</param>
/// <param name="ShipDeparts">When the ship leaves the port (ISO 8601 with offset): a tourist permit lapses then.</param>
/// <param name="List">The people, as in the JSON list format.</param>
public sealed record LandingApplication(string? Permit, string? LandingFrom, string? ShipDeparts, ManifestDocument? List);
