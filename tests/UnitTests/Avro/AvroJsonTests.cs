using Gateway.Schemas.Avro;

namespace Gateway.UnitTests.Avro;

public sealed class AvroJsonTests
{
    private static readonly RecordSchema Schema = (RecordSchema)AvroSchema.Parse("""
        {"type":"record","name":"R","namespace":"n","fields":[
          {"name":"u","type":["null","string",{"type":"enum","name":"E","symbols":["A"]}]},
          {"name":"b","type":"bytes"},{"name":"f","type":"float"},
          {"name":"t","type":{"type":"long","logicalType":"timestamp-millis"}}]}
        """);

    private static GenericRecord Record(object? u) => new GenericRecord(Schema).With("u", u).With("b", new byte[] { 0, 0xff })
        .With("f", 0.1f).With("t", DateTimeOffset.FromUnixTimeMilliseconds(5));

    [Fact]
    public void Json_encoding_wraps_union_values_in_their_type_name_and_writes_logical_values_raw()
    {
        Assert.Equal("""{"u":{"string":"x"},"b":"\u0000ÿ","f":0.10000000149011612,"t":5}""", AvroJson.Write(Schema, Record("x")));
        Assert.Equal("""{"u":{"n.E":"A"},"b":"\u0000ÿ","f":0.10000000149011612,"t":5}""",
            AvroJson.Write(Schema, Record(new GenericEnum((EnumSchema)((UnionSchema)Schema.Fields[0].Schema).Branches[2], "A"))));
        Assert.Equal("""{"u":null,"b":"\u0000ÿ","f":0.10000000149011612,"t":5}""", AvroJson.Write(Schema, Record(null)));
    }

    [Fact]
    public void Unwrapped_json_writes_union_values_bare() =>
        Assert.Equal("""{"u":"x","b":"\u0000ÿ","f":0.10000000149011612,"t":5}""", AvroJson.Write(Schema, Record("x"), unwrapUnions: true));
}
