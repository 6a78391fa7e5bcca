using Gateway.Schemas.Reports;

namespace Gateway.Pipeline;

/// <summary>A list filed as a report, ready to be written and announced on the stream (<c>ReportAccepted</c>).</summary>
/// <param name="Id">The report id (kept across amendments).</param>
/// <param name="Kind"><c>passengers</c>, <c>crew</c> or <c>iapi</c>.</param>
/// <param name="FlightKey">The partition key that keeps the flight's events in order.</param>
/// <param name="Report">The judged list.</param>
/// <param name="Amended">Whether it amends an earlier list of the flight.</param>
/// <param name="Kept">Traveller states carried over from the amended report, by index.</param>
/// <param name="Version">The report's version (optimistic concurrency).</param>
public sealed record FiledList(string Id, string Kind, string FlightKey, FiledReport Report, bool Amended, IReadOnlyDictionary<int, TravellerState> Kept,
    long Version = 1);
