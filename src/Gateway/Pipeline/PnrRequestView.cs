using Gateway.Schemas.Reports;

namespace Gateway.Pipeline;

/// <summary>An officer's PNR request with its Decree 85(3) deadline, as carriers list it.</summary>
/// <param name="Status"><c>open</c>; <c>overdue</c> (open past its deadline); <c>answered</c> (by the push <paramref name="PushId"/>).</param>
/// <param name="Findings">The Decree 85(3) finding when the deadline was missed: answered late (<c>D85-3-x-PNR-LATE</c>) or overdue (<c>D85-3-x-PNR-OVERDUE</c>).</param>
public sealed record PnrRequestView(string Id, string Carrier, string FlightKey, string Kind, ValueList<string> Passengers, string? Purpose,
    DateTimeOffset Requested, DateTimeOffset Deadline, string Article, string Status, DateTimeOffset? AnsweredAt, bool? MetDeadline, string? PushId,
    ValueList<Finding>? Findings = null);
