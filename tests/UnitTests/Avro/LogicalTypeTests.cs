using Gateway.Schemas.Avro;
using static Gateway.UnitTests.Avro.AvroTestHelpers;

namespace Gateway.UnitTests.Avro;

public sealed class LogicalTypeTests
{
    [Fact]
    public void Timestamp_millis_is_milliseconds_since_the_epoch()
    {
        const string schema = """{"type":"long","logicalType":"timestamp-millis"}""";
        var t = new DateTimeOffset(2026, 11, 22, 3, 4, 5, 678, TimeSpan.Zero);
        var data = Encode(schema, t);
        Assert.Equal(Encode("\"long\"", t.ToUnixTimeMilliseconds()), data);
        Assert.Equal(t, Decode(schema, data));
    }

    [Fact]
    public void Timestamp_of_another_offset_is_stored_as_the_same_instant()
    {
        const string schema = """{"type":"long","logicalType":"timestamp-millis"}""";
        var seoul = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.FromHours(9));
        Assert.Equal(seoul, (DateTimeOffset)Decode(schema, Encode(schema, seoul))!);
    }

    [Fact]
    public void Timestamp_micros_keeps_microseconds()
    {
        const string schema = """{"type":"long","logicalType":"timestamp-micros"}""";
        var t = DateTimeOffset.UnixEpoch.AddTicks(12_345_670);
        Assert.Equal(Encode("\"long\"", 1_234_567L), Encode(schema, t));
        Assert.Equal(t, Decode(schema, Encode(schema, t)));
    }

    [Theory]
    [InlineData(1970, 1, 1, 0, "the epoch is day zero")]
    [InlineData(1969, 12, 31, -1, "dates before the epoch are negative")]
    [InlineData(2026, 11, 22, 20779, "a date in 2026")]
    public void Date_is_days_since_the_epoch(int y, int m, int d, int days, string reason)
    {
        const string schema = """{"type":"int","logicalType":"date"}""";
        var date = new DateOnly(y, m, d);
        Assert.True(Encode("\"int\"", days).AsSpan().SequenceEqual(Encode(schema, date)), reason);
        Assert.Equal(date, Decode(schema, Encode(schema, date)));
    }

    [Fact]
    public void Uuid_is_its_lower_case_text()
    {
        const string schema = """{"type":"string","logicalType":"uuid"}""";
        var id = Guid.Parse("6F1C2A9E-0000-4000-8000-000000000001");
        Assert.Equal(Encode("\"string\"", "6f1c2a9e-0000-4000-8000-000000000001"), Encode(schema, id));
        Assert.Equal(id, Decode(schema, Encode(schema, id)));
    }

    [Fact]
    public void Uuid_field_holding_text_that_is_not_a_uuid_is_an_error() =>
        Assert.Throws<AvroException>(() => Decode("""{"type":"string","logicalType":"uuid"}""", Encode("\"string\"", "nope")));

    [Theory]
    [InlineData("1.500", "05dc", "1500 unscaled, big-endian")]
    [InlineData("-1.500", "fa24", "two's complement for negatives")]
    [InlineData("0", "00", "zero is one byte")]
    [InlineData("0.127", "7f", "largest one-byte positive")]
    [InlineData("0.128", "0080", "a sign byte is added when the top bit is set")]
    [InlineData("-0.128", "80", "smallest one-byte negative")]
    [InlineData("12.5", "30d4", "fewer fractional digits are scaled up")]
    public void Decimal_on_bytes_is_the_unscaled_twos_complement(string value, string hex, string reason)
    {
        const string schema = """{"type":"bytes","logicalType":"decimal","precision":9,"scale":3}""";
        decimal d = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        var data = Encode(schema, d);
        Assert.True(Encode("\"bytes\"", Hex(hex)).AsSpan().SequenceEqual(data), reason);
        Assert.Equal(d, (decimal)Decode(schema, data)!);
    }

    [Fact]
    public void Decimal_with_more_digits_than_the_scale_is_an_error() =>
        Assert.Contains("fractional digits", Assert.Throws<AvroException>(() =>
            Encode("""{"type":"bytes","logicalType":"decimal","precision":9,"scale":1}""", 1.25m)).Message, StringComparison.Ordinal);

    [Fact]
    public void Decimal_on_fixed_is_sign_extended_to_the_size()
    {
        const string schema = """{"type":"fixed","name":"D","size":4,"logicalType":"decimal","precision":9,"scale":2}""";
        var data = Encode(schema, -1.00m);
        Assert.Equal(Hex("ffffff9c"), data);
        Assert.Equal(-1.00m, (decimal)Decode(schema, data)!);
    }

    [Fact]
    public void Optional_logical_value_picks_its_branch()
    {
        const string schema = """["null",{"type":"int","logicalType":"date"}]""";
        var d = new DateOnly(2000, 1, 1);
        Assert.Equal(d, Decode(schema, Encode(schema, d)));
        Assert.Null(Decode(schema, Encode(schema, null)));
    }
}
