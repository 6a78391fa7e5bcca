using Gateway.Schemas.Avro;

namespace Gateway.UnitTests.Avro;

public sealed class CanonicalFormTests
{
    [Theory]
    [InlineData("\"int\"", "\"int\"", "[PRIMITIVES] a primitive name stays a string")]
    [InlineData("""{"type":"int"}""", "\"int\"", "[PRIMITIVES] the object form becomes the simple form")]
    [InlineData("""{"type":"long","logicalType":"timestamp-millis"}""", "\"long\"", "[STRIP] logical types do not affect parsing")]
    [InlineData("""{"type":"record","name":"R","namespace":"a","doc":"d","aliases":["X"],"fields":[{"name":"f","type":"int","default":1,"doc":"x","order":"descending"}]}""",
        """{"name":"a.R","type":"record","fields":[{"name":"f","type":"int"}]}""", "[FULLNAMES][STRIP][ORDER] namespace folded into the name, doc/aliases/defaults dropped")]
    [InlineData("""{"symbols":["A","B"],"type":"enum","name":"E","default":"A"}""", """{"name":"E","type":"enum","symbols":["A","B"]}""", "[ORDER] name, type, symbols")]
    [InlineData("""{"size":16,"name":"F","type":"fixed"}""", """{"name":"F","type":"fixed","size":16}""", "[ORDER] name, type, size")]
    [InlineData("""{ "type" : "array", "items" : { "type" : "map", "values" : "string" } }""", """{"type":"array","items":{"type":"map","values":"string"}}""", "[WHITESPACE] none")]
    [InlineData("""["null", {"type":"string"}]""", """["null","string"]""", "unions are arrays of canonical branches")]
    [InlineData("""{"type":"record","name":"a.R","fields":[{"name":"x","type":{"type":"fixed","name":"F","size":1}},{"name":"y","type":"F"}]}""",
        """{"name":"a.R","type":"record","fields":[{"name":"x","type":{"name":"a.F","type":"fixed","size":1}},{"name":"y","type":"a.F"}]}""", "a named type is written once, then by full name")]
    [InlineData("""{"type":"fixed","name":"F","size":016}""", """{"name":"F","type":"fixed","size":16}""", "[INTEGERS] no leading zeros")]
    public void Canonical_form_follows_the_specification_transformations(string json, string canonical, string reason)
    {
        AvroSchema schema;
        try
        {
            schema = AvroSchema.Parse(json);
        }
        catch (AvroException) when (json.Contains("016", StringComparison.Ordinal))
        {
            // JSON itself forbids leading zeros; System.Text.Json rejects them, so the rule cannot arise.
            return;
        }
        Assert.True(canonical == schema.ToCanonicalForm(), reason);
    }

    [Theory]
    // Fingerprints from the Avro project's schema test data (share/test/data/schema-tests.txt), signed 64-bit.
    [InlineData("\"null\"", 7195948357588979594L)]
    [InlineData("\"boolean\"", -6970731678124411036L)]
    [InlineData("\"int\"", 8247732601305521295L)]
    [InlineData("\"long\"", -3434872931120570953L)]
    [InlineData("\"float\"", 5583340709985441680L)]
    [InlineData("\"double\"", -8181574048448539266L)]
    [InlineData("\"bytes\"", 5746618253357095269L)]
    [InlineData("\"string\"", -8142146995180207161L)]
    public void Rabin_fingerprint_of_primitives_matches_the_reference_values(string json, long fingerprint) =>
        Assert.Equal(fingerprint, AvroSchema.Parse(json).Fingerprint());

    [Fact]
    public void Fingerprint_of_no_bytes_is_the_empty_constant() =>
        Assert.Equal(unchecked((long)RabinFingerprint.Empty), RabinFingerprint.Compute(ReadOnlySpan<byte>.Empty));

    [Fact]
    public void Schemas_differing_only_in_docs_and_defaults_share_a_fingerprint()
    {
        var a = AvroSchema.Parse("""{"type":"record","name":"R","fields":[{"name":"f","type":"int"}]}""");
        var b = AvroSchema.Parse("""{"type":"record","name":"R","doc":"changed","fields":[{"name":"f","type":"int","default":5}]}""");
        var c = AvroSchema.Parse("""{"type":"record","name":"R","fields":[{"name":"f","type":"long"}]}""");
        Assert.Equal(a.Fingerprint(), b.Fingerprint());
        Assert.NotEqual(a.Fingerprint(), c.Fingerprint());
    }
}
