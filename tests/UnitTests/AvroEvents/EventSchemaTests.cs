using Avro;
using Avro.Specific;
using Gateway.Adapters.Events;
using Gateway.Schemas.Events;
using Newtonsoft.Json.Linq;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.UnitTests.AvroEvents;

/// <summary>
/// Pins each event schema's fingerprint: changing a schema changes its Parsing Canonical Form, so this test fails
/// until the new fingerprint is recorded here, together with an evolution test showing the change is compatible.
/// Every schema has a generated class, and Apache.Avro encodes and decodes each through it.
/// </summary>
public sealed class EventSchemaTests
{
    public static TheoryData<string, long> Pinned => new()
    {
        { "SubmissionReceived", 4879518970797545004L },
        { "ReportAccepted", -7352144420606236053L }, // v2: reportId and carrier added (ReportAcceptedEvolutionTests)
        { "TravellerScreened", -6660832917510758242L },
        { "DecisionIssued", -2915546632443778616L },
        { "HitReviewed", -2480874398883019564L },
        { "PnrReceived", 71060377853058325L },
        { "NoticeReceived", 4770254448152914828L },
    };

    /// <summary>Each event's round trip through its generated class: decode a single-object message, encode it again.</summary>
    private static readonly Dictionary<string, (Schema Schema, Func<byte[], byte[]> RoundTrip)> Generated = new(StringComparer.Ordinal)
    {
        ["SubmissionReceived"] = Of<Events.SubmissionReceived>(),
        ["ReportAccepted"] = Of<Events.ReportAccepted>(),
        ["TravellerScreened"] = Of<Events.TravellerScreened>(),
        ["DecisionIssued"] = Of<Events.DecisionIssued>(),
        ["HitReviewed"] = Of<Events.HitReviewed>(),
        ["PnrReceived"] = Of<Events.PnrReceived>(),
        ["NoticeReceived"] = Of<Events.NoticeReceived>(),
    };

    private static (Schema, Func<byte[], byte[]>) Of<T>() where T : class, ISpecificRecord, new() =>
        (new T().Schema, message => EventCodec<T>.Instance.Encode(EventCodec<T>.Instance.Decode(message)));

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Event_schema_fingerprint_is_pinned(string name, long fingerprint) =>
        Assert.True(fingerprint == EventSchemas.Fingerprint(EventSchemas.Get(name)),
            $"{name}.avsc changed: its fingerprint is now {EventSchemas.Fingerprint(EventSchemas.Get(name))}. Record it here only with an evolution test proving old and new readers still read each other.");

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Each_event_has_a_generated_class_of_exactly_its_schema(string name, long fingerprint)
    {
        var schema = Generated[name].Schema;
        Assert.Equal("kr.go.immigration.gateway.events." + name, schema.Fullname);
        Assert.Equal(fingerprint, EventSchemas.Fingerprint(schema));
    }

    [Fact]
    public void Every_event_schema_is_a_record_in_the_events_namespace_with_an_event_id()
    {
        foreach (string name in EventSchemas.Names)
        {
            var s = EventSchemas.Get(name);
            Assert.Equal("kr.go.immigration.gateway.events." + name, s.Fullname);
            Assert.Equal("uuid", Assert.IsType<LogicalSchema>(s.Fields[0].Schema).LogicalTypeName);
            Assert.Equal("eventId", s.Fields[0].Name);
            Assert.Same(s, EventSchemas.ByFingerprint(EventSchemas.Fingerprint(s)));
        }
    }

    [Fact]
    public void Optional_fields_are_null_first_unions_defaulting_to_null()
    {
        foreach (string name in EventSchemas.Names) Check(EventSchemas.Get(name), new HashSet<string>(StringComparer.Ordinal));

        static void Check(RecordSchema r, HashSet<string> seen)
        {
            if (!seen.Add(r.Fullname)) return;
            foreach (var f in r.Fields)
            {
                var s = f.Schema;
                if (s is UnionSchema u)
                {
                    Assert.True(u.Count == 2 && u[0].Tag == Schema.Type.Null && f.DefaultValue?.Type == JTokenType.Null,
                        $"{r.Fullname}.{f.Name} must be [\"null\", T] with default null");
                    s = u[1];
                }
                while (s is ArraySchema a) s = a.ItemSchema;
                if (s is MapSchema m) s = m.ValueSchema;
                if (s is RecordSchema inner) Check(inner, seen);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Each_event_round_trips_through_its_generated_class(string name, long fingerprint)
    {
        var (schema, roundTrip) = Generated[name];
        for (int seed = 0; seed < 25; seed++)
        {
            using var message = new MemoryStream();
            SingleObjectEncoding.WriteHeader(message, fingerprint);
            message.Write(RandomDatum.Encode(schema, RandomDatum.For(schema, seed)));
            Assert.True(message.ToArray().AsSpan().SequenceEqual(roundTrip(message.ToArray())), $"{name} seed {seed}");
        }
    }

    [Fact]
    public void Old_reader_reads_new_writer_and_new_reader_reads_old_writer()
    {
        // v1 of SubmissionReceived: before traceParent and remoteAddress, and with fewer channels.
        var current = EventSchemas.Get("SubmissionReceived");
        var v1 = (RecordSchema)Schema.Parse("""
            {"type":"record","name":"SubmissionReceived","namespace":"kr.go.immigration.gateway.events","fields":[
              {"name":"eventId","type":{"type":"string","logicalType":"uuid"}},
              {"name":"submissionId","type":{"type":"string","logicalType":"uuid"}},
              {"name":"carrier","type":"string"},
              {"name":"channel","type":{"type":"enum","name":"Channel","symbols":["UNKNOWN","HTTP_EDIFACT","HTTP_JSON"],"default":"UNKNOWN"}},
              {"name":"contentType","type":"string"},
              {"name":"receivedAt","type":{"type":"long","logicalType":"timestamp-millis"}},
              {"name":"sha256","type":{"type":"fixed","name":"Sha256","size":32}},
              {"name":"body","type":"bytes"}]}
            """);
        var newEvent = SampleEvents.Submission(100);
        newEvent.channel = Events.Channel.SFTP; // a channel the old reader lacks
        byte[] newMessage = EventCodec<Events.SubmissionReceived>.Instance.Encode(newEvent);
        var seenByOld = (Avro.Generic.GenericRecord)RandomDatum.Decode(current, v1, newMessage[SingleObjectEncoding.HeaderLength..])!;
        Assert.Equal("KE", seenByOld["carrier"]);
        Assert.Equal("UNKNOWN", ((Avro.Generic.GenericEnum)seenByOld["channel"]).Value);
        Assert.False(seenByOld.TryGetValue("traceParent", out _));

        var oldDatum = (Avro.Generic.GenericRecord)RandomDatum.For(v1, 4)!;
        using var oldMessage = new MemoryStream();
        SingleObjectEncoding.WriteHeader(oldMessage, EventSchemas.Fingerprint(v1));
        oldMessage.Write(RandomDatum.Encode(v1, oldDatum));
        var seenByNew = EventCodec<Events.SubmissionReceived>.Instance.Decode(oldMessage.ToArray(), fp => fp == EventSchemas.Fingerprint(v1) ? v1 : null);
        Assert.Equal((byte[])oldDatum["body"], seenByNew.body);
        Assert.Equal(oldDatum["carrier"], seenByNew.carrier);
        Assert.Null(seenByNew.traceParent);
        Assert.Null(seenByNew.remoteAddress);
    }
}
