using Gateway.Schemas;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation.Reference;

namespace Gateway.Domain.Validation;

/// <summary>A port the report names, with what is known about it.</summary>
internal sealed record PortPoint(string Path, string Qualifier, string Location, PortInfo Port, MessageDate? Departure, MessageDate? Arrival);

/// <summary>
/// A local port time turned into an instant. When the zone is unknown, or the local time is ambiguous (clocks
/// going back), the instant is a range: <see cref="Earliest"/> to <see cref="Latest"/>; otherwise both equal it.
/// </summary>
internal sealed record PortTime(PortPoint Point, DateTime Local, DateTimeOffset Instant, DateTimeOffset Earliest, DateTimeOffset Latest)
{
    public bool Exact => Earliest == Latest;
}

/// <summary>The crossing the report is about: direction, the departure and arrival ports, and ports of call.</summary>
internal sealed record Itinerary(
    TravelDirection? Direction,
    PortPoint? Departure,
    PortPoint? Arrival,
    IReadOnlyList<PortPoint> Calls,
    IReadOnlyList<PortPoint> All)
{
    public PortTime? DepartureTime { get; init; }
    public PortTime? ArrivalTime { get; init; }
}
