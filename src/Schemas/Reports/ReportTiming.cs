namespace Gateway.Schemas.Reports;

/// <summary>
/// The Decree 87(5) timing facts behind a verdict: when the report arrived, the deadline that applied and why.
/// Instants are UTC; local port times were turned into instants with the zones listed in
/// <see cref="ValidationReport.AssumedZones"/> when a zone had to be assumed.
/// </summary>
/// <param name="Direction">Arrival into or departure from Korea; null when it could not be told.</param>
/// <param name="Received">When the gateway received the report.</param>
/// <param name="ScheduledDeparture">Departure from the last foreign port (arrival) or from the Korean port (departure).</param>
/// <param name="ScheduledArrival">Arrival at the Korean port (arrival reports).</param>
/// <param name="Deadline">The latest instant the report was due; null when it could not be computed.</param>
/// <param name="Rule">Which limb of Decree 87(5) set the deadline, e.g. <c>2 h before arrival</c>.</param>
/// <param name="OnTime">True on time, false late, null when the data did not allow a judgement.</param>
public sealed record ReportTiming(
    TravelDirection? Direction,
    DateTimeOffset Received,
    DateTimeOffset? ScheduledDeparture,
    DateTimeOffset? ScheduledArrival,
    DateTimeOffset? Deadline,
    string? Rule,
    bool? OnTime);
