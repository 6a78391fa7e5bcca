namespace Gateway.Schemas.Responses;

/// <summary>
/// One flight group of a response (SG3 <c>RFF+AF</c> with its DTM and LOC, in whatever order they came).
/// </summary>
/// <param name="Flight">RFF+AF: carrier and flight number, e.g. <c>MU2599</c>.</param>
/// <param name="Departure">DTM 189: scheduled departure, local (usually format 201 YYMMDDHHMM).</param>
/// <param name="Arrival">DTM 232: scheduled arrival, local.</param>
/// <param name="DeparturePort">LOC 125: departure airport.</param>
/// <param name="ArrivalPort">LOC 87: arrival airport.</param>
public sealed record ResponseFlight(string Flight, MessageDate? Departure, MessageDate? Arrival, string? DeparturePort, string? ArrivalPort);
