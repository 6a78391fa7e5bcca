using System.Text;
using Avro;
using Gateway.Adapters.Events;
using Gateway.Pipeline;
using Gateway.Schemas.Events;
using Gateway.Submissions;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Pipeline;

public sealed class PipelineEventCodecTests
{
    private static FiledList Filed()
    {
        var manifest = SampleEvents.Manifest(3);
        return new FiledList("r_0011223344556677", "passengers", "KE902/261122", ReportAmender.File(manifest), false,
            new Dictionary<int, TravellerState>());
    }

    [Fact]
    public void A_filed_report_becomes_an_avro_single_object_event_naming_its_report_and_carrier()
    {
        var filed = Filed();
        byte[] message = PipelineEventCodec.ReportAccepted("s_0123456789abcdef01234567", "KE", filed, new DateTimeOffset(2026, 11, 22, 1, 30, 0, TimeSpan.Zero));

        Assert.Equal([0xC3, 0x01], message[..2]);
        Assert.Equal(EventSchemas.Fingerprint(EventSchemas.Get("ReportAccepted")), SingleObjectEncoding.ReadHeader(message));
        var e = PipelineEventCodec.Decode(message);
        Assert.Equal((PipelineEvents.ReportAccepted, "r_0011223344556677", "KE"), (e.Type, e.ReportId, e.Carrier));
        Assert.Equal(EventEnvelope.EventId(message), e.EventId); // the relay's message-id is the consumer's processed mark
    }

    [Fact]
    public void The_submission_uuid_is_stable_per_submission_and_a_version_8_uuid()
    {
        var a = StreamEvents.NameUuid("s_0123456789abcdef01234567");
        Assert.Equal(a, StreamEvents.NameUuid("s_0123456789abcdef01234567"));
        Assert.NotEqual(a, StreamEvents.NameUuid("s_0123456789abcdef01234568"));
        Assert.Equal('8', a.ToString("D")[14]);
        Assert.Contains(a.ToString("D")[19], "89ab");
    }

    [Fact]
    public void A_json_event_left_in_the_outbox_by_an_older_build_is_still_read()
    {
        var e = PipelineEventCodec.Decode("""{"eventId":"e_1","type":"report.accepted","reportId":"r_1","carrier":"KE"}"""u8.ToArray());
        Assert.Equal(("e_1", "r_1"), (e.EventId, e.ReportId));
    }

    [Theory]
    [InlineData("")]        // empty: no header at all
    [InlineData("garbage")] // text that is neither JSON nor Avro: no C3 01 marker
    public void An_undecodable_message_is_an_avro_error_that_says_why(string text)
    {
        var e = Assert.Throws<AvroException>(() => PipelineEventCodec.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Contains("single-object", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_avro_message_of_an_unknown_schema_names_its_fingerprint()
    {
        byte[] message = [0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 0];
        var e = Assert.Throws<AvroException>(() => PipelineEventCodec.Decode(message));
        Assert.Contains("fingerprint", e.Message, StringComparison.Ordinal);
    }
}
