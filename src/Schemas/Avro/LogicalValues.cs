using System.Numerics;

namespace Gateway.Schemas.Avro;

/// <summary>Conversions between logical values and their underlying Avro values.</summary>
public static class LogicalValues
{
    /// <summary><see cref="DateOnly.DayNumber"/> of 1970-01-01.</summary>
    public static readonly int EpochDayNumber = new DateOnly(1970, 1, 1).DayNumber;

    /// <summary>The logical value of an underlying value read from the wire.</summary>
    public static object? FromRaw(LogicalType logical, object? raw) => (logical.Name, raw) switch
    {
        (LogicalType.TimestampMillis, long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms),
        (LogicalType.TimestampMicros, long us) => DateTimeOffset.UnixEpoch.AddTicks(checked(us * 10)),
        (LogicalType.Date, int days) => DateOnly.FromDayNumber(checked(EpochDayNumber + days)),
        (LogicalType.Uuid, string text) => Guid.TryParse(text, out var g) ? g : throw new AvroException($"uuid value \"{text}\" is not a UUID"),
        (LogicalType.Decimal, byte[] bytes) => ToDecimal(bytes, logical.Scale),
        (LogicalType.Decimal, GenericFixed f) => ToDecimal(f.Bytes, logical.Scale),
        _ => raw,
    };

    /// <summary>The underlying value of a logical value (other values pass through).</summary>
    public static object? ToRaw(LogicalType? logical, object? value) => value switch
    {
        DateTimeOffset t when logical?.Name == LogicalType.TimestampMicros => (t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10,
        DateTimeOffset t => t.ToUnixTimeMilliseconds(),
        DateOnly d => d.DayNumber - EpochDayNumber,
        Guid g => g.ToString("D"),
        decimal m when logical?.Name == LogicalType.Decimal => FromDecimal(m, logical.Scale),
        _ => value,
    };

    /// <summary>The two's-complement big-endian unscaled value of a decimal at the schema's scale.</summary>
    /// <exception cref="AvroException">The value has more fractional digits than the scale.</exception>
    public static byte[] FromDecimal(decimal value, int scale)
    {
        int valueScale = value.Scale;
        if (valueScale > scale)
        {
            decimal rounded = Math.Round(value, scale);
            if (rounded != value) throw new AvroException($"decimal {value} has more than {scale} fractional digits");
            value = rounded;
            valueScale = value.Scale;
        }
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var unscaled = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        if (value < 0) unscaled = -unscaled;
        unscaled *= BigInteger.Pow(10, scale - valueScale);
        return unscaled.ToByteArray(isUnsigned: false, isBigEndian: true);
    }

    /// <summary>The decimal of a two's-complement big-endian unscaled value.</summary>
    /// <exception cref="AvroException">The value does not fit in <see cref="decimal"/>.</exception>
    public static decimal ToDecimal(ReadOnlySpan<byte> bytes, int scale)
    {
        var unscaled = bytes.IsEmpty ? BigInteger.Zero : new BigInteger(bytes, isUnsigned: false, isBigEndian: true);
        var magnitude = BigInteger.Abs(unscaled);
        if (magnitude >= BigInteger.One << 96) throw new AvroException($"decimal unscaled value {unscaled} does not fit in System.Decimal");
        var bytesLe = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
        Span<byte> buffer = stackalloc byte[12];
        bytesLe.CopyTo(buffer);
        int lo = BitConverter.ToInt32(buffer[..4]);
        int mid = BitConverter.ToInt32(buffer[4..8]);
        int hi = BitConverter.ToInt32(buffer[8..12]);
        return new decimal(lo, mid, hi, unscaled.Sign < 0, (byte)scale);
    }
}
