using Avro;
using Avro.Generic;
using Gateway.Adapters.Events;
using Gateway.Schemas.Events;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.UnitTests.AvroEvents;

public sealed class EventCodecTests
{
    private static readonly EventCodec<Events.ReportAccepted> Reports = EventCodec<Events.ReportAccepted>.Instance;

    [Fact]
    public void A_report_encodes_as_a_single_object_message_of_its_schema()
    {
        byte[] message = Reports.Encode(SampleEvents.Report(3));
        Assert.Equal([0xC3, 0x01], message[..2]);
        Assert.Equal(EventSchemas.Fingerprint(EventSchemas.Get("ReportAccepted")), SingleObjectEncoding.ReadHeader(message));
    }

    [Fact]
    public void Report_round_trips_the_whole_manifest()
    {
        var report = SampleEvents.Report(12);
        byte[] message = Reports.Encode(report);
        var back = Reports.Decode(message);
        Assert.Equal(message, Reports.Encode(back));
        Assert.Equal(12, back.travellers.Count);
        Assert.Equal(("KE0902/2026-11-22", "r_5e4f4a3b8c2d1e0f9a8b7c6d", "KE"), (back.flightKey, back.reportId, back.carrier));
        Assert.Equal(new DateTime(2026, 11, 22, 1, 30, 15, 123, DateTimeKind.Utc), back.acceptedAt);
    }

    [Fact]
    public void Submission_round_trips()
    {
        var submission = SampleEvents.Submission();
        var codec = EventCodec<Events.SubmissionReceived>.Instance;
        var back = codec.Decode(codec.Encode(submission));
        Assert.Equal(submission.body, back.body);
        Assert.Equal(submission.sha256.Value, back.sha256.Value);
        Assert.Equal((Events.Channel.HTTP_EDIFACT, submission.eventId, submission.traceParent), (back.channel, back.eventId, back.traceParent));
    }

    [Fact]
    public void Report_bytes_follow_the_schema_as_the_generic_reader_reads_them()
    {
        byte[] body = Reports.Encode(SampleEvents.Report(5))[SingleObjectEncoding.HeaderLength..];
        var schema = EventSchemas.Get("ReportAccepted");
        var generic = (GenericRecord)RandomDatum.Decode(schema, schema, body)!;
        Assert.Equal(body, RandomDatum.Encode(schema, generic));

        var first = (GenericRecord)((object[])generic["travellers"])[0];
        Assert.Equal("KIM", ((GenericRecord)first["name"])["surname"]);
        Assert.Equal("23.500", ((AvroDecimal)((GenericRecord)first["bags"])["weight"]).ToString(null, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("AIR", ((GenericEnum)((GenericRecord)generic["conveyance"])["mode"]).Value);
        Assert.Equal("WARNING", ((GenericEnum)((GenericRecord)((object[])generic["findings"])[0])["severity"]).Value);
    }

    [Fact]
    public void Truncated_report_is_an_avro_error_not_a_crash()
    {
        var message = Reports.Encode(SampleEvents.Report(3));
        for (int cut = SingleObjectEncoding.HeaderLength; cut < message.Length; cut += 7)
        {
            Assert.Throws<AvroException>(() => Reports.Decode(message.AsMemory(0, cut)));
        }
    }

    [Fact]
    public void Bytes_left_after_the_event_are_an_error()
    {
        byte[] message = [.. Reports.Encode(SampleEvents.Report(1)), 0x02];
        var e = Assert.Throws<AvroException>(() => Reports.Decode(message));
        Assert.Contains("bytes left", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_event_type_is_refused_by_schema_resolution()
    {
        byte[] submission = EventCodec<Events.SubmissionReceived>.Instance.Encode(SampleEvents.Submission(10));
        Assert.ThrowsAny<AvroException>(() => Reports.Decode(submission));
    }

    [Fact]
    public void A_schema_registry_framed_value_is_named_as_such()
    {
        byte[] framed = [0, 0, 0, 0, 42, 1, 2, 3];
        var e = Assert.Throws<AvroException>(() => Reports.Decode(framed));
        Assert.Contains("schema id 42", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_event_id_is_read_from_any_event_message_without_its_type()
    {
        var report = SampleEvents.Report(2);
        var submission = SampleEvents.Submission(10);
        Assert.Equal(report.eventId.ToString("D"), EventEnvelope.EventId(Reports.Encode(report)));
        Assert.Equal(submission.eventId.ToString("D"), EventEnvelope.EventId(EventCodec<Events.SubmissionReceived>.Instance.Encode(submission)));
        Assert.Null(EventEnvelope.EventId("{\"eventId\":\"e_1\"}"u8.ToArray()));
        Assert.Null(EventEnvelope.EventId([0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 0]));
    }
}
