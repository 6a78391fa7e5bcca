using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Gateway.Json;
using Gateway.Schemas.Avro;
using Gateway.Schemas.Avro.Codecs;
using Gateway.Schemas.Events;
using Gateway.Schemas.Reports;

namespace Gateway.Pipeline;

/// <summary>
/// The pipeline's events on the stream: Avro single-object messages (<c>C3 01</c>, schema fingerprint, datum) of the
/// schemas in <c>src/Schemas/Avro/Schemas</c>. A list filed as a report becomes a <c>ReportAccepted</c> event carrying
/// the list, its findings, the report id and the sending carrier.
/// </summary>
public static class PipelineEventCodec
{
    /// <summary>The event for a filed report, encoded for the outbox and the stream.</summary>
    public static byte[] ReportAccepted(string submissionId, string carrier, FiledList filed, DateTimeOffset accepted)
    {
        var findings = new EventFinding[filed.Report.Report.Findings.Count];
        int i = 0;
        foreach (var f in filed.Report.Report.Findings) findings[i++] = new EventFinding(f.Code, Severity(f.Severity), f.Article, f.Path, f.Message);
        var e = new ReportAccepted(Guid.NewGuid(), SubmissionUuid(submissionId), filed.FlightKey, accepted, filed.Report.Manifest,
            ValueList<EventFinding>.Own(findings), filed.Id, carrier);
        return ReportAcceptedCodec.Instance.Encode(e);
    }

    /// <summary>
    /// What the screening consumer needs from a message: the event id (its processed mark) and the report. Reads the
    /// Avro event (any known writer version), and the JSON events an outbox written before the Avro events may still hold.
    /// </summary>
    /// <exception cref="AvroException">Not a known event, or malformed: the message is a poison one.</exception>
    public static PipelineEvent Decode(ReadOnlySpan<byte> message)
    {
        if (message.Length > 0 && message[0] == (byte)'{')
        {
            return JsonSerializer.Deserialize(message, GatewayJsonContext.Default.PipelineEvent)
                ?? throw new AvroException("the outbox holds an empty JSON event");
        }
        var e = ReportAcceptedCodec.Instance.Decode(message, EventSchemas.ByFingerprint);
        if (e.ReportId is null) throw new AvroException($"ReportAccepted event {e.EventId} names no report (written by a v1 producer)");
        return new PipelineEvent(e.EventId.ToString("D"), PipelineEvents.ReportAccepted, e.ReportId, e.Carrier ?? "");
    }

    /// <summary>
    /// The schema's <c>submissionId</c> is a uuid; the gateway's submission ids are not, so the event carries a
    /// name-based uuid (SHA-256 of the id, version 8 per RFC 9562): stable for one submission, never colliding in practice.
    /// </summary>
    public static Guid SubmissionUuid(string submissionId)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(submissionId), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80); // version 8
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes, bigEndian: true);
    }

    private static FindingSeverity Severity(Severity s) => s switch
    {
        Schemas.Reports.Severity.Error => FindingSeverity.Error,
        Schemas.Reports.Severity.Warning => FindingSeverity.Warning,
        _ => FindingSeverity.Info,
    };
}
