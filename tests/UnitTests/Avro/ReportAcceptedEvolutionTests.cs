using System.Text.Json.Nodes;
using Gateway.Schemas.Avro;
using Gateway.Schemas.Avro.Codecs;
using Gateway.TestSupport;

namespace Gateway.UnitTests.Avro;

/// <summary>
/// ReportAccepted v2 added <c>reportId</c> and <c>carrier</c> (optional, default null) so the screening consumer can find
/// the report it decides on. v1 is v2 without those two fields; both directions must keep reading.
/// </summary>
public sealed class ReportAcceptedEvolutionTests
{
    private const long V1Fingerprint = -1673843585940010565L;

    private static RecordSchema V1()
    {
        var json = JsonNode.Parse(EventSchemas.Text("ReportAccepted"))!.AsObject();
        var fields = json["fields"]!.AsArray();
        foreach (var added in fields.Where(f => f!["name"]!.GetValue<string>() is "reportId" or "carrier").ToList()) fields.Remove(added);
        return (RecordSchema)AvroSchema.Parse(json.ToJsonString());
    }

    [Fact]
    public void V1_is_exactly_the_schema_that_was_pinned_before_the_change() =>
        Assert.Equal(V1Fingerprint, V1().Fingerprint());

    [Fact]
    public void A_v1_reader_reads_a_v2_event_and_ignores_the_added_fields()
    {
        var report = SampleEvents.Report(4);
        Assert.NotNull(report.ReportId);
        var bytes = ReportAcceptedCodec.Instance.Encode(report);
        var seenByV1 = (GenericRecord)SingleObjectEncoding.Decode(bytes, EventSchemas.ByFingerprint, V1())!;
        Assert.Equal(report.FlightKey, seenByV1["flightKey"]);
        Assert.Equal(report.EventId, seenByV1["eventId"]);
        Assert.DoesNotContain(seenByV1.Schema.Fields, f => f.Name == "reportId");
    }

    [Fact]
    public void The_v2_codec_reads_a_v1_event_with_the_added_fields_null()
    {
        var v1 = V1();
        var report = SampleEvents.Report(4);
        var asV1 = new GenericDatumReader(EventSchemas.ReportAccepted, v1).Decode(
            ReportAcceptedCodec.Instance.Encode(report).AsSpan(SingleObjectEncoding.HeaderLength));
        byte[] v1Message = SingleObjectEncoding.Encode(v1, asV1);

        var back = ReportAcceptedCodec.Instance.Decode(v1Message, fp => fp == V1Fingerprint ? v1 : null);

        Assert.Equal(report with { ReportId = null, Carrier = null }, back);
    }
}
