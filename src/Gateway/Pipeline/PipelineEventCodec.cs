using System.Text.Json;
using Avro;
using Gateway.Adapters.Events;
using Gateway.Json;
using Gateway.Schemas.Reports;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.Pipeline;

/// <summary>
/// The pipeline's events in the outbox: Avro single-object messages (<c>C3 01</c>, schema fingerprint, datum) of the
/// classes generated from <c>src/Schemas/Avro/Schemas</c>, written and read by Apache.Avro (<see cref="EventCodec{T}"/>). A list filed as a report becomes a <c>ReportAccepted</c> event carrying
/// the list, its findings, the report id and the sending carrier.
/// </summary>
public static class PipelineEventCodec
{
    /// <summary>The event for a filed report, encoded for the outbox and the stream.</summary>
    public static byte[] ReportAccepted(string submissionId, string carrier, FiledList filed, DateTimeOffset accepted)
    {
        var findings = new List<Events.Finding>(filed.Report.Report.Findings.Count);
        foreach (var f in filed.Report.Report.Findings)
        {
            findings.Add(new Events.Finding { code = f.Code, severity = Severity(f.Severity), article = f.Article, path = f.Path, message = f.Message });
        }
        var e = Events.ReportAccepted.For(Guid.NewGuid(), StreamEvents.NameUuid(submissionId), filed.FlightKey, accepted, filed.Report.Manifest,
            findings, filed.Id, carrier);
        return EventCodec<Events.ReportAccepted>.Instance.Encode(e);
    }

    /// <summary>
    /// What the screening consumer needs from a message: the event id (its processed mark) and the report. Reads the
    /// Avro event (any known writer version), and the JSON events an outbox written before the Avro events may still hold.
    /// </summary>
    /// <exception cref="AvroException">Not a known event, or malformed: the message is a poison one.</exception>
    public static PipelineEvent Decode(ReadOnlyMemory<byte> message)
    {
        if (message.Length > 0 && message.Span[0] == (byte)'{')
        {
            return JsonSerializer.Deserialize(message.Span, GatewayJsonContext.Default.PipelineEvent)
                ?? throw new AvroException("the outbox holds an empty JSON event");
        }
        var e = EventCodec<Events.ReportAccepted>.Instance.Decode(message);
        if (e.reportId is null) throw new AvroException($"ReportAccepted event {e.eventId} names no report (written by a v1 producer)");
        return new PipelineEvent(e.eventId.ToString("D"), PipelineEvents.ReportAccepted, e.reportId, e.carrier ?? "", e.submissionId);
    }

    private static Events.Severity Severity(Severity s) => s switch
    {
        Schemas.Reports.Severity.Error => Events.Severity.ERROR,
        Schemas.Reports.Severity.Warning => Events.Severity.WARNING,
        _ => Events.Severity.INFO,
    };
}
