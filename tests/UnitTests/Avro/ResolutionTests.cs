using Gateway.Schemas.Avro;
using static Gateway.UnitTests.Avro.AvroTestHelpers;

namespace Gateway.UnitTests.Avro;

public sealed class ResolutionTests
{
    private const string WriterV1 = """
        {"type":"record","name":"Person","namespace":"p","fields":[
          {"name":"id","type":"int"},{"name":"name","type":"string"},{"name":"legacy","type":{"type":"array","items":"string"}}]}
        """;

    private static GenericRecord PersonV1()
    {
        var s = (RecordSchema)AvroSchema.Parse(WriterV1);
        return new GenericRecord(s).With("id", 7).With("name", "KIM").With("legacy", new List<object?> { "x", "y" });
    }

    [Fact]
    public void Reordered_fields_are_matched_by_name()
    {
        const string reader = """{"type":"record","name":"Person","namespace":"p","fields":[{"name":"legacy","type":{"type":"array","items":"string"}},{"name":"name","type":"string"},{"name":"id","type":"int"}]}""";
        var r = (GenericRecord)Resolve(WriterV1, reader, PersonV1())!;
        Assert.Equal(7, r["id"]);
        Assert.Equal("KIM", r["name"]);
        Assert.Equal(0, r.Schema.Field("legacy")!.Position);
    }

    [Fact]
    public void Field_the_reader_lacks_is_skipped()
    {
        const string reader = """{"type":"record","name":"Person","namespace":"p","fields":[{"name":"name","type":"string"}]}""";
        var r = (GenericRecord)Resolve(WriterV1, reader, PersonV1())!;
        Assert.Equal("KIM", r["name"]);
        Assert.Single(r.Schema.Fields);
    }

    [Fact]
    public void Field_the_writer_lacks_takes_the_reader_default()
    {
        const string reader = """
            {"type":"record","name":"Person","namespace":"p","fields":[{"name":"id","type":"int"},
             {"name":"nick","type":["null","string"],"default":null},{"name":"score","type":"double","default":1.5}]}
            """;
        var r = (GenericRecord)Resolve(WriterV1, reader, PersonV1())!;
        Assert.Null(r["nick"]);
        Assert.Equal(1.5, r["score"]);
    }

    [Fact]
    public void Field_the_writer_lacks_without_a_default_fails_when_the_reader_is_built()
    {
        const string reader = """{"type":"record","name":"Person","namespace":"p","fields":[{"name":"added","type":"int"}]}""";
        var e = Assert.Throws<AvroException>(() => new GenericDatumReader(AvroSchema.Parse(WriterV1), AvroSchema.Parse(reader)));
        Assert.Contains("p.Person.added", e.Message, StringComparison.Ordinal);
        Assert.Contains("no default", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reader_field_alias_matches_a_renamed_writer_field()
    {
        const string reader = """{"type":"record","name":"Person","namespace":"p","fields":[{"name":"fullName","type":"string","aliases":["name"]}]}""";
        Assert.Equal("KIM", ((GenericRecord)Resolve(WriterV1, reader, PersonV1())!)["fullName"]);
    }

    [Fact]
    public void Reader_record_alias_matches_a_renamed_writer_record()
    {
        const string reader = """{"type":"record","name":"Human","namespace":"q","aliases":["p.Person"],"fields":[{"name":"id","type":"int"}]}""";
        Assert.Equal(7, ((GenericRecord)Resolve(WriterV1, reader, PersonV1())!)["id"]);
    }

    [Fact]
    public void Records_of_different_names_do_not_resolve()
    {
        const string reader = """{"type":"record","name":"Other","fields":[]}""";
        Assert.Throws<AvroException>(() => new GenericDatumReader(AvroSchema.Parse(WriterV1), AvroSchema.Parse(reader)));
    }

    [Theory]
    [InlineData("\"int\"", "\"long\"", 5, 5L, "int promotes to long")]
    [InlineData("\"int\"", "\"float\"", 5, 5f, "int promotes to float")]
    [InlineData("\"int\"", "\"double\"", 5, 5d, "int promotes to double")]
    [InlineData("\"long\"", "\"float\"", 5L, 5f, "long promotes to float")]
    [InlineData("\"long\"", "\"double\"", 5L, 5d, "long promotes to double")]
    [InlineData("\"float\"", "\"double\"", 1.5f, 1.5d, "float promotes to double")]
    [InlineData("\"string\"", "\"bytes\"", "hi", new byte[] { 0x68, 0x69 }, "string reads as its UTF-8 bytes")]
    [InlineData("\"bytes\"", "\"string\"", new byte[] { 0x68, 0x69 }, "hi", "bytes read as UTF-8 text")]
    [InlineData("\"int\"", "[\"null\",\"long\"]", 5, 5L, "a reader union takes the first branch the writer promotes to")]
    [InlineData("[\"null\",\"int\"]", "\"long\"", 5, 5L, "a writer union branch resolves against a plain reader")]
    [InlineData("[\"null\",\"int\"]", "[\"string\",\"long\",\"null\"]", 5, 5L, "union to union by branch")]
    [InlineData("[\"null\",\"int\"]", "[\"string\",\"long\",\"null\"]", null, null, "null branch to null branch")]
    public void Promotions_and_unions_resolve(string writer, string reader, object? value, object? expected, string reason)
    {
        var actual = Resolve(writer, reader, value);
        Assert.True(DatumEquality.AreEqual(expected, actual), $"{reason}: got {actual} ({actual?.GetType().Name})");
    }

    [Theory]
    [InlineData("\"long\"", "\"int\"", "no demotion")]
    [InlineData("\"double\"", "\"float\"", "no demotion")]
    [InlineData("\"string\"", "\"int\"", "unrelated types")]
    [InlineData("{\"type\":\"array\",\"items\":\"int\"}", "{\"type\":\"map\",\"values\":\"int\"}", "array is not map")]
    [InlineData("{\"type\":\"fixed\",\"name\":\"F\",\"size\":2}", "{\"type\":\"fixed\",\"name\":\"F\",\"size\":3}", "fixed sizes must match")]
    [InlineData("\"string\"", "[\"null\",\"int\"]", "no reader branch matches")]
    public void Incompatible_schemas_fail_when_the_reader_is_built(string writer, string reader, string reason)
    {
        var e = Assert.Throws<AvroException>(() => new GenericDatumReader(AvroSchema.Parse(writer), AvroSchema.Parse(reader)));
        Assert.False(string.IsNullOrEmpty(e.Message), reason);
    }

    [Fact]
    public void Writer_union_branch_the_reader_cannot_take_fails_only_when_the_data_uses_it()
    {
        var writer = AvroSchema.Parse("[\"int\",\"string\"]");
        var reader = new GenericDatumReader(writer, AvroSchema.Parse("\"long\""));
        Assert.Equal(3L, reader.Decode(GenericDatumWriter.Encode(writer, 3)));
        var e = Assert.Throws<AvroException>(() => reader.Decode(GenericDatumWriter.Encode(writer, "x")));
        Assert.Contains("string", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_symbols_map_by_name_not_index()
    {
        var r = Resolve("""{"type":"enum","name":"E","symbols":["A","B","C"]}""", """{"type":"enum","name":"E","symbols":["C","B"]}""", "C");
        Assert.Equal("C", ((GenericEnum)r!).Symbol);
        Assert.Equal(0, ((GenericEnum)r!).Index);
    }

    [Fact]
    public void Unknown_enum_symbol_takes_the_reader_default()
    {
        var r = Resolve("""{"type":"enum","name":"E","symbols":["A","NEW"]}""", """{"type":"enum","name":"E","symbols":["UNKNOWN","A"],"default":"UNKNOWN"}""", "NEW");
        Assert.Equal("UNKNOWN", ((GenericEnum)r!).Symbol);
    }

    [Fact]
    public void Unknown_enum_symbol_without_a_reader_default_is_an_error_naming_the_symbol()
    {
        const string writer = """{"type":"enum","name":"E","symbols":["A","NEW"]}""";
        const string reader = """{"type":"enum","name":"E","symbols":["A"]}""";
        Assert.Equal("A", ((GenericEnum)Resolve(writer, reader, "A")!).Symbol);
        var e = Assert.Throws<AvroException>(() => Resolve(writer, reader, "NEW"));
        Assert.Contains("\"NEW\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrays_and_maps_resolve_their_items()
    {
        var list = Resolve("""{"type":"array","items":"int"}""", """{"type":"array","items":"double"}""", new List<object?> { 1, 2 });
        Assert.True(DatumEquality.AreEqual(new List<object?> { 1d, 2d }, list));
        var map = Resolve("""{"type":"map","values":"int"}""", """{"type":"map","values":"long"}""", new Dictionary<string, object?> { ["k"] = 1 });
        Assert.True(DatumEquality.AreEqual(new Dictionary<string, object?> { ["k"] = 1L }, map));
    }

    [Fact]
    public void Nested_record_evolution_applies_at_every_level()
    {
        const string writer = """{"type":"record","name":"O","fields":[{"name":"items","type":{"type":"array","items":{"type":"record","name":"I","fields":[{"name":"a","type":"int"},{"name":"gone","type":"string"}]}}}]}""";
        const string reader = """{"type":"record","name":"O","fields":[{"name":"items","type":{"type":"array","items":{"type":"record","name":"I","fields":[{"name":"a","type":"long"},{"name":"added","type":"string","default":"d"}]}}}]}""";
        var ws = (RecordSchema)AvroSchema.Parse(writer);
        var inner = (RecordSchema)((ArraySchema)ws.Fields[0].Schema).Items;
        var datum = new GenericRecord(ws).With("items", new List<object?> { new GenericRecord(inner).With("a", 1).With("gone", "g") });
        var item = (GenericRecord)((List<object?>)((GenericRecord)Resolve(writer, reader, datum)!)["items"]!)[0]!;
        Assert.Equal(1L, item["a"]);
        Assert.Equal("d", item["added"]);
    }

    [Fact]
    public void Removed_fields_of_every_type_are_skipped_exactly()
    {
        const string writer = """
            {"type":"record","name":"W","fields":[
              {"name":"n","type":"null"},{"name":"b","type":"boolean"},{"name":"i","type":"int"},{"name":"l","type":"long"},
              {"name":"f","type":"float"},{"name":"d","type":"double"},{"name":"by","type":"bytes"},{"name":"s","type":"string"},
              {"name":"e","type":{"type":"enum","name":"E","symbols":["X","Y"]}},{"name":"fx","type":{"type":"fixed","name":"F","size":5}},
              {"name":"a","type":{"type":"array","items":"string"}},{"name":"m","type":{"type":"map","values":["null","long"]}},
              {"name":"r","type":{"type":"record","name":"Inner","fields":[{"name":"x","type":"string"}]}},
              {"name":"keep","type":"string"}]}
            """;
        const string reader = """{"type":"record","name":"W","fields":[{"name":"keep","type":"string"}]}""";
        var ws = (RecordSchema)AvroSchema.Parse(writer);
        for (int seed = 0; seed < 50; seed++)
        {
            var datum = (GenericRecord)RandomDatum.For(ws, seed)!;
            var read = (GenericRecord)Resolve(writer, reader, datum)!;
            Assert.Equal(datum["keep"], read["keep"]);
        }
    }
}
