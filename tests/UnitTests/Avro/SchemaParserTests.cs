using Gateway.Schemas.Avro;

namespace Gateway.UnitTests.Avro;

public sealed class SchemaParserTests
{
    [Fact]
    public void Nested_named_types_inherit_the_enclosing_namespace()
    {
        var r = (RecordSchema)AvroSchema.Parse("""
            {"type":"record","name":"Outer","namespace":"a.b","fields":[
              {"name":"inner","type":{"type":"record","name":"Inner","fields":[]}},
              {"name":"other","type":{"type":"enum","name":"x.E","symbols":["A"]}}]}
            """);
        Assert.Equal("a.b.Outer", r.FullName);
        Assert.Equal("a.b.Inner", ((NamedSchema)r.Fields[0].Schema).FullName);
        Assert.Equal("x.E", ((NamedSchema)r.Fields[1].Schema).FullName);
    }

    [Fact]
    public void A_named_type_is_referenced_by_short_name_in_its_namespace_and_by_full_name_elsewhere()
    {
        var r = (RecordSchema)AvroSchema.Parse("""
            {"type":"record","name":"R","namespace":"n","fields":[
              {"name":"a","type":{"type":"fixed","name":"F","size":2}},
              {"name":"b","type":"F"},
              {"name":"c","type":"n.F"}]}
            """);
        Assert.Same(r.Fields[0].Schema, r.Fields[1].Schema);
        Assert.Same(r.Fields[0].Schema, r.Fields[2].Schema);
    }

    [Fact]
    public void A_record_may_refer_to_itself()
    {
        var r = (RecordSchema)AvroSchema.Parse("""
            {"type":"record","name":"Node","fields":[{"name":"v","type":"int"},{"name":"next","type":["null","Node"],"default":null}]}
            """);
        Assert.Same(r, ((UnionSchema)r.Fields[1].Schema).Branches[1]);
        var list = new GenericRecord(r).With("v", 1).With("next", new GenericRecord(r).With("v", 2).With("next", null));
        Assert.Equal(list, new GenericDatumReader(r).Decode(GenericDatumWriter.Encode(r, list)));
    }

    [Fact]
    public void Aliases_are_qualified_with_the_namespace()
    {
        var r = (RecordSchema)AvroSchema.Parse("""{"type":"record","name":"R","namespace":"n","aliases":["Old","other.Older"],"fields":[]}""");
        Assert.Equal(["n.Old", "other.Older"], r.Aliases);
    }

    [Fact]
    public void Type_wrapped_in_an_object_is_the_same_type()
    {
        Assert.Equal(AvroType.Int, AvroSchema.Parse("""{"type":"int"}""").Type);
        Assert.Equal(AvroType.Array, AvroSchema.Parse("""{"type":{"type":"array","items":"int"}}""").Type);
    }

    [Theory]
    [InlineData("""{"type":"record","name":"R","fields":[{"name":"a","type":"Missing"}]}""", "unknown type \"Missing\"", "a reference to an undefined type")]
    [InlineData("""{"type":"record","name":"R","fields":[{"name":"a","type":"int"},{"name":"a","type":"int"}]}""", "duplicate field", "two fields of one name")]
    [InlineData("""{"type":"record","name":"1R","fields":[]}""", "not a valid Avro name", "names start with a letter or underscore")]
    [InlineData("""{"type":"enum","name":"E","symbols":["A","A"]}""", "duplicate symbol", "symbols are unique")]
    [InlineData("""{"type":"enum","name":"E","symbols":["A"],"default":"B"}""", "not one of its symbols", "the enum default must be a symbol")]
    [InlineData("""["int","int"]""", "already has a branch", "a union has one branch per type")]
    [InlineData("""["null",["int"]]""", "may not directly contain a union", "unions do not nest")]
    [InlineData("""{"type":"record","name":"R","fields":[{"name":"a","type":"int","default":"x"}]}""", "is not a valid int", "a default must fit the field")]
    [InlineData("""{"type":"record","name":"R","fields":[{"name":"a","type":["null","int"],"default":1}]}""", "first branch", "a union default is for its first branch")]
    [InlineData("""{"type":"fixed","name":"F","size":-1}""", "non-negative", "sizes are not negative")]
    [InlineData("""{"type":"record","name":"R"}""", "missing \"fields\"", "records need fields")]
    [InlineData("""{"type":"array"}""", "missing \"items\"", "arrays need items")]
    [InlineData("""[]""", "at least one branch", "empty union")]
    [InlineData("""{"type":"record","name":"R","fields":[{"name":"a","type":{"type":"record","name":"R","fields":[]}}]}""", "defined twice", "a name is defined once")]
    [InlineData("""{"name":"R"}""", "no \"type\"", "a schema object needs a type")]
    [InlineData("""{"type":"record",""", "not valid JSON", "broken JSON")]
    [InlineData("""42""", "must be a type name", "a number is not a schema")]
    public void Invalid_schema_is_an_error_that_says_what(string json, string expected, string reason)
    {
        var e = Assert.Throws<AvroException>(() => AvroSchema.Parse(json));
        Assert.True(e.Message.Contains(expected, StringComparison.Ordinal), $"{reason}: {e.Message}");
    }

    [Fact]
    public void Error_path_names_the_field()
    {
        var e = Assert.Throws<AvroException>(() => AvroSchema.Parse("""{"type":"record","name":"R","namespace":"n","fields":[{"name":"a","type":"Missing"}]}"""));
        Assert.StartsWith("n.R.a:", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_logical_type_is_ignored_and_the_underlying_type_remains()
    {
        Assert.Null(AvroSchema.Parse("""{"type":"int","logicalType":"timestamp-millis"}""").Logical);
        Assert.Null(AvroSchema.Parse("""{"type":"bytes","logicalType":"decimal","precision":2,"scale":3}""").Logical);
        Assert.Null(AvroSchema.Parse("""{"type":"fixed","name":"F","size":2,"logicalType":"decimal","precision":9}""").Logical);
        Assert.Null(AvroSchema.Parse("""{"type":"string","logicalType":"made-up"}""").Logical);
    }

    [Fact]
    public void Defaults_are_parsed_into_datums()
    {
        var r = (RecordSchema)AvroSchema.Parse("""
            {"type":"record","name":"R","fields":[
              {"name":"b","type":"bytes","default":"\u00ff\u0001"},
              {"name":"e","type":{"type":"enum","name":"E","symbols":["X","Y"]},"default":"Y"},
              {"name":"a","type":{"type":"array","items":"int"},"default":[1,2]},
              {"name":"t","type":{"type":"long","logicalType":"timestamp-millis"},"default":1000},
              {"name":"u","type":["null","string"],"default":null}]}
            """);
        Assert.Equal(new byte[] { 0xff, 1 }, (byte[])r.Fields[0].DefaultValue!);
        Assert.Equal("Y", ((GenericEnum)r.Fields[1].DefaultValue!).Symbol);
        Assert.True(DatumEquality.AreEqual(new List<object?> { 1, 2 }, r.Fields[2].DefaultValue));
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1000), r.Fields[3].DefaultValue);
        Assert.True(r.Fields[4].HasDefault);
        Assert.Null(r.Fields[4].DefaultValue);
    }

    [Fact]
    public void Schema_json_writer_output_parses_to_the_same_canonical_form_with_logical_types_and_defaults()
    {
        foreach (string name in EventSchemas.Names)
        {
            var schema = EventSchemas.Get(name);
            var again = AvroSchema.Parse(SchemaJsonWriter.Write(schema));
            Assert.Equal(schema.ToCanonicalForm(), again.ToCanonicalForm());
            Assert.Equal(SchemaJsonWriter.Write(schema), SchemaJsonWriter.Write(again));
        }
    }
}
