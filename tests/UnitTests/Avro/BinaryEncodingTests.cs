using FsCheck;
using FsCheck.Fluent;
using Gateway.Schemas.Avro;
using static Gateway.UnitTests.Avro.AvroTestHelpers;

namespace Gateway.UnitTests.Avro;

public sealed class BinaryEncodingTests
{
    [Theory]
    // The specification's zig-zag table, plus the extremes that need the full 5 and 10 bytes.
    [InlineData(0L, "00", "zero is one byte")]
    [InlineData(-1L, "01", "small negatives interleave with positives")]
    [InlineData(1L, "02", "one")]
    [InlineData(-2L, "03", "minus two")]
    [InlineData(2L, "04", "two")]
    [InlineData(-64L, "7f", "largest one-byte negative")]
    [InlineData(64L, "8001", "first two-byte value")]
    [InlineData(long.MaxValue, "feffffffffffffffff01", "long max needs ten bytes")]
    [InlineData(long.MinValue, "ffffffffffffffffff01", "long min needs ten bytes")]
    public void Long_is_a_zigzag_varint(long value, string hex, string reason)
    {
        Assert.Equal(Hex(hex), Write(w => w.WriteLong(value)));
        var r = new AvroReader(Hex(hex));
        Assert.True(value == r.ReadLong(), reason);
    }

    [Theory]
    [InlineData(int.MaxValue, "feffffff0f")]
    [InlineData(int.MinValue, "ffffffff0f")]
    public void Int_extremes_take_five_bytes(int value, string hex)
    {
        Assert.Equal(Hex(hex), Write(w => w.WriteInt(value)));
        var r = new AvroReader(Hex(hex));
        Assert.Equal(value, r.ReadInt());
    }

    [Fact]
    public void Int_read_rejects_a_value_beyond_32_bits()
    {
        var data = Write(w => w.WriteLong(1L << 40));
        var e = Assert.Throws<AvroException>(() => new AvroReader(data).ReadInt());
        Assert.Contains("out of range", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Varint_longer_than_ten_bytes_is_an_error_with_the_offset()
    {
        var e = Assert.Throws<AvroException>(() => new AvroReader(Hex("ffffffffffffffffffff01")).ReadLong());
        Assert.Contains("at byte 0", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_varint_is_an_error_not_a_crash()
    {
        var e = Assert.Throws<AvroException>(() => new AvroReader(Hex("8080")).ReadLong());
        Assert.Contains("past the end", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void String_is_length_then_utf8_as_in_the_specification() =>
        Assert.Equal(Hex("06 66 6f 6f"), Encode("\"string\"", "foo"));

    [Fact]
    public void String_with_hangul_counts_utf8_bytes_not_chars()
    {
        var data = Encode("\"string\"", "김");
        Assert.Equal(Hex("06 ea b9 80"), data);
        Assert.Equal("김", Decode("\"string\"", data));
    }

    [Fact]
    public void Invalid_utf8_string_is_an_error()
    {
        var e = Assert.Throws<AvroException>(() => Decode("\"string\"", Hex("04 c3 28")));
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void String_length_beyond_the_data_is_an_error()
    {
        var e = Assert.Throws<AvroException>(() => Decode("\"string\"", Hex("0a 61")));
        Assert.Contains("runs past the end", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Negative_length_is_an_error() =>
        Assert.Throws<AvroException>(() => Decode("\"bytes\"", Hex("01")));

    [Theory]
    [InlineData("\"null\"", null, "")]
    [InlineData("\"boolean\"", true, "01")]
    [InlineData("\"boolean\"", false, "00")]
    [InlineData("\"int\"", 27, "36")]
    [InlineData("\"long\"", 27L, "36")]
    [InlineData("\"float\"", 1.5f, "0000c03f")]
    [InlineData("\"double\"", 1.5d, "000000000000f83f")]
    public void Primitive_encodes_as_the_specification_says_and_round_trips(string schema, object? value, string hex)
    {
        var data = Encode(schema, value);
        Assert.Equal(Hex(hex), data);
        Assert.Equal(value, Decode(schema, data));
    }

    [Fact]
    public void Boolean_byte_other_than_0_or_1_is_an_error() =>
        Assert.Throws<AvroException>(() => Decode("\"boolean\"", Hex("02")));

    [Fact]
    public void Bytes_round_trip_with_length_prefix()
    {
        byte[] value = [0, 1, 0xff];
        var data = Encode("\"bytes\"", value);
        Assert.Equal(Hex("06 00 01 ff"), data);
        Assert.Equal(value, (byte[])Decode("\"bytes\"", data)!);
    }

    [Fact]
    public void Array_of_longs_is_one_block_then_zero_as_in_the_specification()
    {
        const string schema = "{\"type\":\"array\",\"items\":\"long\"}";
        var data = Encode(schema, new List<object?> { 3L, 27L });
        Assert.Equal(Hex("04 06 36 00"), data);
        Assert.Equal(new List<object?> { 3L, 27L }, (List<object?>)Decode(schema, data)!);
    }

    [Fact]
    public void Array_block_with_negative_count_carries_its_byte_size_and_is_read()
    {
        // Two blocks: count -2 with size 2 (items 3, 27), then count 1 (item 5), then the end marker.
        var data = Hex("03 04 06 36 02 0a 00");
        var list = (List<object?>)Decode("{\"type\":\"array\",\"items\":\"long\"}", data)!;
        Assert.Equal(new List<object?> { 3L, 27L, 5L }, list);
    }

    [Fact]
    public void Negative_count_blocks_are_skipped_by_size_when_a_field_is_removed()
    {
        const string writer = """{"type":"record","name":"R","fields":[{"name":"xs","type":{"type":"array","items":"long"}},{"name":"n","type":"int"}]}""";
        const string reader = """{"type":"record","name":"R","fields":[{"name":"n","type":"int"}]}""";
        // xs = one sized block (count -2, size 2) then end; n = 7.
        var data = Hex("03 04 06 36 00 0e");
        var record = (GenericRecord)new GenericDatumReader(AvroSchema.Parse(writer), AvroSchema.Parse(reader)).Decode(data)!;
        Assert.Equal(7, record["n"]);
    }

    [Fact]
    public void Map_round_trips_with_string_keys()
    {
        const string schema = "{\"type\":\"map\",\"values\":\"int\"}";
        var map = new Dictionary<string, object?>(StringComparer.Ordinal) { ["a"] = 1, ["b"] = 2 };
        var data = Encode(schema, map);
        Assert.Equal(Hex("04 02 61 02 02 62 04 00"), data);
        Assert.True(DatumEquality.AreEqual(map, Decode(schema, data)));
    }

    [Fact]
    public void Map_with_negative_count_block_is_read()
    {
        var data = Hex("01 06 02 61 02 00");
        var map = (Dictionary<string, object?>)Decode("{\"type\":\"map\",\"values\":\"int\"}", data)!;
        Assert.Equal(1, map["a"]);
    }

    [Fact]
    public void Union_is_branch_index_then_value_as_in_the_specification()
    {
        const string schema = "[\"null\",\"string\"]";
        Assert.Equal(Hex("00"), Encode(schema, null));
        Assert.Equal(Hex("02 02 61"), Encode(schema, "a"));
        Assert.Equal("a", Decode(schema, Hex("02 02 61")));
    }

    [Fact]
    public void Union_branch_index_out_of_range_is_an_error()
    {
        var e = Assert.Throws<AvroException>(() => Decode("[\"null\",\"string\"]", Hex("04")));
        Assert.Contains("union branch 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Union_value_of_no_branch_type_is_an_error_naming_the_union() =>
        Assert.Contains("matches no branch", Assert.Throws<AvroException>(() => Encode("[\"null\",\"string\"]", 5)).Message, StringComparison.Ordinal);

    [Fact]
    public void Record_fields_are_concatenated_as_in_the_specification()
    {
        var schema = (RecordSchema)AvroSchema.Parse("""{"type":"record","name":"test","fields":[{"name":"a","type":"long"},{"name":"b","type":"string"}]}""");
        var record = new GenericRecord(schema).With("a", 27L).With("b", "foo");
        var data = GenericDatumWriter.Encode(schema, record);
        Assert.Equal(Hex("36 06 66 6f 6f"), data);
        Assert.Equal(record, new GenericDatumReader(schema).Decode(data));
    }

    [Fact]
    public void Record_with_a_wrong_field_value_names_the_field_path()
    {
        var schema = (RecordSchema)AvroSchema.Parse("""{"type":"record","name":"test","fields":[{"name":"a","type":"long"}]}""");
        var e = Assert.Throws<AvroException>(() => GenericDatumWriter.Encode(schema, new GenericRecord(schema).With("a", "x")));
        Assert.Contains("test.a", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Enum_is_the_symbol_index()
    {
        const string schema = """{"type":"enum","name":"E","symbols":["A","B","C"]}""";
        var data = Encode(schema, "C");
        Assert.Equal(Hex("04"), data);
        Assert.Equal("C", ((GenericEnum)Decode(schema, data)!).Symbol);
    }

    [Fact]
    public void Enum_index_outside_the_symbols_is_an_error() =>
        Assert.Throws<AvroException>(() => Decode("""{"type":"enum","name":"E","symbols":["A"]}""", Hex("02")));

    [Fact]
    public void Fixed_is_its_bytes_without_length()
    {
        var schema = (FixedSchema)AvroSchema.Parse("""{"type":"fixed","name":"F","size":3}""");
        var value = new GenericFixed(schema, [1, 2, 3]);
        var data = GenericDatumWriter.Encode(schema, value);
        Assert.Equal(Hex("010203"), data);
        Assert.Equal(value, new GenericDatumReader(schema).Decode(data));
    }

    [Fact]
    public void Fixed_of_the_wrong_size_is_an_error() =>
        Assert.Throws<AvroException>(() => Encode("""{"type":"fixed","name":"F","size":3}""", new byte[2]));

    [Fact]
    public void Trailing_bytes_after_a_datum_are_an_error() =>
        Assert.Contains("left after", Assert.Throws<AvroException>(() => Decode("\"int\"", Hex("02 02"))).Message, StringComparison.Ordinal);

    [Fact]
    public void Long_round_trips_for_any_value() =>
        Prop.ForAll<long>(v =>
        {
            var r = new AvroReader(Write(w => w.WriteLong(v)));
            return r.ReadLong() == v && r.End;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void String_round_trips_for_any_text() =>
        Prop.ForAll<NonNull<string>>(s =>
        {
            // Lone surrogates cannot be UTF-8; the encoder replaces them, so compare against the same replacement.
            string expected = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(s.Get));
            var r = new AvroReader(Write(w => w.WriteString(s.Get)));
            return r.ReadString() == expected && r.End;
        }).QuickCheckThrowOnFailure();
}
