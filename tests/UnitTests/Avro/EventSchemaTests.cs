using Gateway.Schemas.Avro;

namespace Gateway.UnitTests.Avro;

/// <summary>
/// Pins each event schema's fingerprint: changing a schema changes its Parsing Canonical Form, so this test fails
/// until the new fingerprint is recorded here, together with an evolution test showing the change is compatible.
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

    [Theory]
    [MemberData(nameof(Pinned))]
    public void Event_schema_fingerprint_is_pinned(string name, long fingerprint) =>
        Assert.True(fingerprint == EventSchemas.Get(name).Fingerprint(),
            $"{name}.avsc changed: its fingerprint is now {EventSchemas.Get(name).Fingerprint()}. Record it here only with an evolution test proving old and new readers still read each other.");

    [Fact]
    public void Every_event_schema_is_a_record_in_the_events_namespace_with_an_event_id()
    {
        foreach (string name in EventSchemas.Names)
        {
            var s = EventSchemas.Get(name);
            Assert.Equal("kr.go.immigration.gateway.events." + name, s.FullName);
            Assert.Equal(LogicalType.Uuid, s.Field("eventId")!.Schema.Logical?.Name);
            Assert.Same(s, EventSchemas.ByFingerprint(s.Fingerprint()));
        }
    }

    [Fact]
    public void Optional_fields_are_null_first_unions_defaulting_to_null()
    {
        foreach (string name in EventSchemas.Names) Check(EventSchemas.Get(name), new HashSet<string>(StringComparer.Ordinal));

        static void Check(RecordSchema r, HashSet<string> seen)
        {
            if (!seen.Add(r.FullName)) return;
            foreach (var f in r.Fields)
            {
                var s = f.Schema;
                if (s is UnionSchema u)
                {
                    Assert.True(u.NullIndex == 0 && f.HasDefault && f.DefaultValue is null, $"{r.FullName}.{f.Name} must be [\"null\", T] with default null");
                    s = u.Branches[1];
                }
                while (s is ArraySchema a) s = a.Items;
                if (s is MapSchema m) s = m.Values;
                if (s is RecordSchema inner) Check(inner, seen);
            }
        }
    }

    [Theory]
    [InlineData("SubmissionReceived")]
    [InlineData("ReportAccepted")]
    [InlineData("TravellerScreened")]
    [InlineData("DecisionIssued")]
    [InlineData("HitReviewed")]
    [InlineData("PnrReceived")]
    [InlineData("NoticeReceived")]
    public void Event_datums_round_trip_in_binary_and_single_object_encoding(string name)
    {
        var schema = EventSchemas.Get(name);
        for (int seed = 0; seed < 25; seed++)
        {
            var datum = RandomDatum.For(schema, seed);
            var back = new GenericDatumReader(schema).Decode(GenericDatumWriter.Encode(schema, datum));
            Assert.True(DatumEquality.AreEqual(datum, back), $"{name} seed {seed}");
            var single = SingleObjectEncoding.Decode(SingleObjectEncoding.Encode(schema, datum), EventSchemas.ByFingerprint);
            Assert.True(DatumEquality.AreEqual(datum, single), $"{name} seed {seed} single-object");
        }
    }

    [Fact]
    public void Old_reader_reads_new_writer_and_new_reader_reads_old_writer()
    {
        // v1 of SubmissionReceived: before traceParent and remoteAddress, and with fewer channels.
        var current = EventSchemas.SubmissionReceived;
        var v1 = (RecordSchema)AvroSchema.Parse("""
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
        var newDatum = (GenericRecord)RandomDatum.For(current, 3)!;
        newDatum["channel"] = new GenericEnum((EnumSchema)current.Field("channel")!.Schema, "SFTP");
        newDatum["traceParent"] = "00-abc-01";
        var seenByOld = (GenericRecord)new GenericDatumReader(current, v1).Decode(GenericDatumWriter.Encode(current, newDatum))!;
        Assert.Equal(newDatum["carrier"], seenByOld["carrier"]);
        Assert.Equal("UNKNOWN", ((GenericEnum)seenByOld["channel"]!).Symbol); // a channel the old reader lacks

        var oldDatum = (GenericRecord)RandomDatum.For(v1, 4)!;
        var seenByNew = (GenericRecord)new GenericDatumReader(v1, current).Decode(GenericDatumWriter.Encode(v1, oldDatum))!;
        Assert.Equal(oldDatum["body"], seenByNew["body"]);
        Assert.Null(seenByNew["traceParent"]);
        Assert.Null(seenByNew["remoteAddress"]);
    }

    [Fact]
    public void Every_event_schema_reads_itself_through_resolution_from_its_json_print()
    {
        foreach (string name in EventSchemas.Names)
        {
            var schema = EventSchemas.Get(name);
            var reprinted = AvroSchema.Parse(SchemaJsonWriter.Write(schema));
            var datum = RandomDatum.For(schema, 11);
            var back = new GenericDatumReader(schema, reprinted).Decode(GenericDatumWriter.Encode(schema, datum));
            Assert.Equal(AvroJson.Write(schema, datum), AvroJson.Write(reprinted, back));
        }
    }
}
