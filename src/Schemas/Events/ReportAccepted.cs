using Gateway.Schemas.Manifests;

namespace Gateway.Schemas.Events;

/// <summary>
/// A passenger or crew list that parsed and passed the Decree 87 checks (Avro schema <c>ReportAccepted.avsc</c>).
/// </summary>
/// <param name="EventId">Unique per event.</param>
/// <param name="SubmissionId">The submission the list came in.</param>
/// <param name="FlightKey">Partition key: carrier, journey, scheduled date.</param>
/// <param name="AcceptedAt">When it was accepted (UTC).</param>
/// <param name="Manifest">The list.</param>
/// <param name="Findings">Warnings and notes the checks produced.</param>
/// <param name="ReportId">The gateway's report id (an amendment keeps its report's id); null from a v1 writer.</param>
/// <param name="Carrier">The carrier that sent the list, as authenticated; null from a v1 writer.</param>
public sealed record ReportAccepted(
    Guid EventId,
    Guid SubmissionId,
    string FlightKey,
    DateTimeOffset AcceptedAt,
    Manifest Manifest,
    ValueList<EventFinding> Findings,
    string? ReportId = null,
    string? Carrier = null);

/// <summary>A rule finding carried on an event.</summary>
/// <param name="Code">Stable code.</param>
/// <param name="Severity">How serious.</param>
/// <param name="Article">The rule's source, e.g. <c>Decree 87(2)5</c>.</param>
/// <param name="Path">Where in the message.</param>
/// <param name="Message">Plain text.</param>
public sealed record EventFinding(string Code, FindingSeverity Severity, string? Article, string? Path, string Message);

/// <summary>Finding severity; the order matches the Avro enum's symbols.</summary>
public enum FindingSeverity
{
    /// <summary>For information.</summary>
    Info,
    /// <summary>Accepted, but should be corrected.</summary>
    Warning,
    /// <summary>Breaks a rule.</summary>
    Error,
}
