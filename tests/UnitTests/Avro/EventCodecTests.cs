using System.Buffers;
using Gateway.Schemas.Avro;
using Gateway.Schemas.Avro.Codecs;
using Gateway.Schemas.Events;

namespace Gateway.UnitTests.Avro;

public sealed class EventCodecTests
{
    private static byte[] Body<T>(EventCodec<T> codec, T value)
    {
        var buffer = new ArrayBufferWriter<byte>();
        codec.Write(new AvroWriter(buffer), value);
        return buffer.WrittenSpan.ToArray();
    }

    [Fact]
    public void Report_codec_round_trips_the_whole_manifest()
    {
        var report = SampleEvents.Report(12);
        Assert.Equal(report, ReportAcceptedCodec.Instance.Decode(ReportAcceptedCodec.Instance.Encode(report)));
    }

    [Fact]
    public void Submission_codec_round_trips()
    {
        var submission = SampleEvents.Submission();
        Assert.Equal(submission, SubmissionReceivedCodec.Instance.Decode(SubmissionReceivedCodec.Instance.Encode(submission)));
    }

    [Fact]
    public void Report_codec_bytes_follow_the_schema_as_the_generic_codec_reads_and_rewrites_them()
    {
        var report = SampleEvents.Report(5);
        var bytes = Body(ReportAcceptedCodec.Instance, report);
        var schema = EventSchemas.ReportAccepted;
        var generic = (GenericRecord)new GenericDatumReader(schema).Decode(bytes)!;
        Assert.Equal(bytes, GenericDatumWriter.Encode(schema, generic));

        var travellers = (List<object?>)generic["travellers"]!;
        var first = (GenericRecord)travellers[0]!;
        Assert.Equal("KIM", ((GenericRecord)first["name"]!)["surname"]);
        Assert.Equal(23.5m, (decimal)((GenericRecord)first["bags"]!)["weight"]!);
        Assert.Equal(report.EventId, generic["eventId"]);
        Assert.Equal(report.AcceptedAt, generic["acceptedAt"]);
        Assert.Equal("AIR", ((GenericEnum)((GenericRecord)generic["conveyance"]!)["mode"]!).Symbol);
    }

    [Fact]
    public void Submission_codec_bytes_follow_the_schema()
    {
        var s = SampleEvents.Submission(100);
        var bytes = Body(SubmissionReceivedCodec.Instance, s);
        var generic = (GenericRecord)new GenericDatumReader(EventSchemas.SubmissionReceived).Decode(bytes)!;
        Assert.Equal(bytes, GenericDatumWriter.Encode(EventSchemas.SubmissionReceived, generic));
        Assert.Equal("HTTP_EDIFACT", ((GenericEnum)generic["channel"]!).Symbol);
        Assert.Equal(s.Sha256.AsSpan().ToArray(), ((GenericFixed)generic["sha256"]!).Bytes);
    }

    [Fact]
    public void Codec_decodes_a_message_from_an_older_writer_schema_through_resolution()
    {
        var old = (RecordSchema)AvroSchema.Parse(EventSchemas.Text("SubmissionReceived")
            .Replace("""{"name": "traceParent", "type": ["null", "string"], "default": null, "doc": "W3C trace context of the request."}""", "", StringComparison.Ordinal)
            .Replace("""{"name": "remoteAddress", "type": ["null", "string"], "default": null},""", """{"name": "remoteAddress", "type": ["null", "string"], "default": null}""", StringComparison.Ordinal));
        Assert.Equal(EventSchemas.SubmissionReceived.Fields.Count - 1, old.Fields.Count);
        var datum = (GenericRecord)RandomDatum.For(old, 1)!;
        var message = SingleObjectEncoding.Encode(old, datum);
        var decoded = SubmissionReceivedCodec.Instance.Decode(message, fp => fp == old.Fingerprint() ? old : null);
        Assert.Equal(datum["carrier"], decoded.Carrier);
        Assert.Null(decoded.TraceParent);
        Assert.Throws<AvroException>(() => SubmissionReceivedCodec.Instance.Decode(message));
    }

    [Theory]
    [InlineData("0", "zero")]
    [InlineData("-23.5", "negative")]
    [InlineData("999999.999", "precision 9 at scale 3")]
    [InlineData("-0.001", "smallest negative step")]
    [InlineData("0.128", "needs a sign byte")]
    public void Allocation_free_decimal_matches_the_generic_decimal(string text, string reason)
    {
        decimal value = decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var fast = new ArrayBufferWriter<byte>();
        new AvroWriter(fast).WriteDecimal(value, 3);
        var slow = new ArrayBufferWriter<byte>();
        new AvroWriter(slow).WriteBytes(LogicalValues.FromDecimal(value, 3));
        Assert.True(slow.WrittenSpan.SequenceEqual(fast.WrittenSpan), reason);
        var r = new AvroReader(fast.WrittenSpan);
        Assert.Equal(value, r.ReadDecimal(3));
    }

    [Fact]
    public void Truncated_report_is_an_error_not_a_crash()
    {
        var message = ReportAcceptedCodec.Instance.Encode(SampleEvents.Report(3));
        for (int cut = SingleObjectEncoding.HeaderLength; cut < message.Length; cut += 7)
        {
            Assert.Throws<AvroException>(() => ReportAcceptedCodec.Instance.Decode(message.AsSpan(0, cut)));
        }
    }

    [Fact]
    public void Encoding_an_event_allocates_nothing_once_the_buffer_is_warm()
    {
        var report = SampleEvents.Report(10);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        ReportAcceptedCodec.Instance.WriteSingleObject(buffer, report);
        buffer.ResetWrittenCount();
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            buffer.ResetWrittenCount();
            ReportAcceptedCodec.Instance.WriteSingleObject(buffer, report);
        }
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
