using System.Text.Json.Nodes;
using Avro;
using Avro.Generic;
using Gateway.Adapters.Events;
using Gateway.Schemas.Events;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.UnitTests.AvroEvents;

/// <summary>
/// ReportAccepted v2 added <c>reportId</c> and <c>carrier</c> (optional, default null) so the screening consumer can find
/// the report it decides on. v1 is v2 without those two fields; both directions must keep reading (Apache.Avro's
/// writer→reader resolution).
/// </summary>
public sealed class ReportAcceptedEvolutionTests
{
    private const long V1Fingerprint = -1673843585940010565L;

    private static RecordSchema V1()
    {
        var json = JsonNode.Parse(EventSchemas.Text("ReportAccepted"))!.AsObject();
        var fields = json["fields"]!.AsArray();
        foreach (var added in fields.Where(f => f!["name"]!.GetValue<string>() is "reportId" or "carrier").ToList()) fields.Remove(added);
        return (RecordSchema)Schema.Parse(json.ToJsonString());
    }

    [Fact]
    public void V1_is_exactly_the_schema_that_was_pinned_before_the_change() =>
        Assert.Equal(V1Fingerprint, EventSchemas.Fingerprint(V1()));

    [Fact]
    public void A_v1_reader_reads_a_v2_event_and_ignores_the_added_fields()
    {
        var report = SampleEvents.Report(4);
        Assert.NotNull(report.reportId);
        var bytes = EventCodec<Events.ReportAccepted>.Instance.Encode(report);
        var seenByV1 = (GenericRecord)RandomDatum.Decode(EventSchemas.Get("ReportAccepted"), V1(), bytes[SingleObjectEncoding.HeaderLength..])!;
        Assert.Equal(report.flightKey, seenByV1["flightKey"]);
        Assert.Equal(report.eventId, seenByV1["eventId"]);
        Assert.DoesNotContain(seenByV1.Schema.Fields, f => f.Name == "reportId");
    }

    [Fact]
    public void The_v2_codec_reads_a_v1_event_with_the_added_fields_null()
    {
        var v1 = V1();
        var report = SampleEvents.Report(4);
        var v2Body = EventCodec<Events.ReportAccepted>.Instance.Encode(report)[SingleObjectEncoding.HeaderLength..];
        var asV1 = RandomDatum.Decode(EventSchemas.Get("ReportAccepted"), v1, v2Body);
        using var v1Message = new MemoryStream();
        SingleObjectEncoding.WriteHeader(v1Message, V1Fingerprint);
        v1Message.Write(RandomDatum.Encode(v1, asV1));

        var back = EventCodec<Events.ReportAccepted>.Instance.Decode(v1Message.ToArray(), fp => fp == V1Fingerprint ? v1 : null);

        Assert.Null(back.reportId);
        Assert.Null(back.carrier);
        report.reportId = null;
        report.carrier = null;
        Assert.Equal(EventCodec<Events.ReportAccepted>.Instance.Encode(report), EventCodec<Events.ReportAccepted>.Instance.Encode(back));
    }
}
