namespace Gateway.Schemas.Events;

/// <summary>
/// A carrier message as it arrived, before parsing (Avro schema <c>SubmissionReceived.avsc</c>).
/// </summary>
/// <param name="EventId">Unique per event; consumers deduplicate on it.</param>
/// <param name="SubmissionId">The stored submission.</param>
/// <param name="Carrier">Airline designator or shipping line as authenticated.</param>
/// <param name="Channel">How it arrived.</param>
/// <param name="ContentType">Media type, e.g. <c>application/edifact</c>.</param>
/// <param name="ReceivedAt">When the gateway received it (UTC).</param>
/// <param name="Sha256">SHA-256 of <paramref name="Body"/> (32 bytes).</param>
/// <param name="Body">The message bytes exactly as received.</param>
/// <param name="RemoteAddress">Sender address, when known.</param>
/// <param name="TraceParent">W3C trace context of the request.</param>
public sealed record SubmissionReceived(
    Guid EventId,
    Guid SubmissionId,
    string Carrier,
    SubmissionChannel Channel,
    string ContentType,
    DateTimeOffset ReceivedAt,
    ValueList<byte> Sha256,
    ValueList<byte> Body,
    string? RemoteAddress = null,
    string? TraceParent = null);

/// <summary>Channel of a submission; the order matches the Avro enum's symbols.</summary>
public enum SubmissionChannel
{
    /// <summary>Not known (also what an older reader sees for a channel it lacks).</summary>
    Unknown,
    /// <summary>EDIFACT over HTTPS.</summary>
    HttpEdifact,
    /// <summary>JSON over HTTPS.</summary>
    HttpJson,
    /// <summary>File drop over SFTP.</summary>
    Sftp,
    /// <summary>Message queue (e.g. IBM MQ / SITA Type B bridge).</summary>
    Mq,
    /// <summary>E-mail.</summary>
    Email,
    /// <summary>Web portal upload.</summary>
    Portal,
}
