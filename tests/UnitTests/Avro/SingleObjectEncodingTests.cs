using Gateway.Schemas.Avro;
using static Gateway.UnitTests.Avro.AvroTestHelpers;

namespace Gateway.UnitTests.Avro;

public sealed class SingleObjectEncodingTests
{
    [Fact]
    public void Message_is_marker_then_little_endian_fingerprint_then_datum()
    {
        var schema = AvroSchema.Parse("\"int\"");
        var message = SingleObjectEncoding.Encode(schema, 27);
        // CRC-64-AVRO of "int" is 8247732601305521295 = 0x7275D51A3F395C8F, little-endian after C3 01.
        Assert.Equal(Hex("c3 01 8f 5c 39 3f 1a d5 75 72 36"), message);
    }

    [Fact]
    public void Decode_finds_the_writer_schema_by_fingerprint_and_resolves()
    {
        var writer = AvroSchema.Parse("""{"type":"record","name":"E","fields":[{"name":"a","type":"int"}]}""");
        var reader = AvroSchema.Parse("""{"type":"record","name":"E","fields":[{"name":"a","type":"long"},{"name":"b","type":"string","default":"x"}]}""");
        var message = SingleObjectEncoding.Encode(writer, new GenericRecord((RecordSchema)writer).With("a", 5));
        var r = (GenericRecord)SingleObjectEncoding.Decode(message, fp => fp == writer.Fingerprint() ? writer : null, reader)!;
        Assert.Equal(5L, r["a"]);
        Assert.Equal("x", r["b"]);
    }

    [Fact]
    public void Unknown_fingerprint_is_an_error_showing_it()
    {
        var message = SingleObjectEncoding.Encode(AvroSchema.Parse("\"int\""), 1);
        Assert.Contains("7275D51A3F395C8F", Assert.Throws<AvroException>(() => SingleObjectEncoding.Decode(message, _ => null)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("c3 01 00", "header cut short")]
    [InlineData("c3 02 00 00 00 00 00 00 00 00", "wrong version byte")]
    [InlineData("4f 62 6a 01 00 00 00 00 00 00", "a container file is not a single object")]
    public void Message_without_the_marker_is_an_error(string hex, string reason)
    {
        var e = Assert.Throws<AvroException>(() => SingleObjectEncoding.ReadHeader(Hex(hex), out _));
        Assert.True(e.Message.Contains("C3 01", StringComparison.Ordinal), reason);
    }
}
