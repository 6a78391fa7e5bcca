namespace Gateway.Schemas.Manifests;

/// <summary>
/// The general declaration (G/D, 출·입항보고서; IMO FAL 1 or the aircraft's equivalent): the Decree 87(3) facts
/// about the vessel or aircraft that a passenger or crew list does not carry. Every field is as sent.
/// </summary>
/// <param name="VehicleType">87(3)1: aircraft type (e.g. <c>B77W</c>) or vessel type (e.g. <c>passenger ship</c>).</param>
/// <param name="RegistrationMark">87(3)2: aircraft registration (e.g. <c>HL8001</c>) or IMO number / call sign.</param>
/// <param name="Name">87(3)2: vessel name or flight identifier.</param>
/// <param name="Nationality">87(3)3: State of registry (ISO 3166-1 alpha-2 or alpha-3).</param>
/// <param name="DeparturePort">87(3)4: port of departure.</param>
/// <param name="DepartureTime">87(3)4: local time of departure.</param>
/// <param name="PortsOfCall">87(3)5: ports of call en route with their local times.</param>
/// <param name="ArrivalPort">87(3)6: port of arrival.</param>
/// <param name="ArrivalTime">87(3)6: local time of arrival.</param>
/// <param name="Crew">87(3)7: number of crew.</param>
/// <param name="Passengers">87(3)7: number of passengers (including transit).</param>
/// <param name="TransitPassengers">87(3)7: number of transit passengers.</param>
public sealed record GeneralDeclaration(
    string? VehicleType,
    string? RegistrationMark,
    string? Name,
    string? Nationality,
    string? DeparturePort,
    MessageDate? DepartureTime,
    ValueList<PortCall> PortsOfCall,
    string? ArrivalPort,
    MessageDate? ArrivalTime,
    int? Crew,
    int? Passengers,
    int? TransitPassengers);

/// <summary>A port of call en route with its local time (Decree 87(3)5).</summary>
public sealed record PortCall(string Port, MessageDate? Time);
