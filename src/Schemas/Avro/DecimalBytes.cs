namespace Gateway.Schemas.Avro;

/// <summary>Allocation-free conversion between <see cref="decimal"/> and the Avro decimal's unscaled two's complement.</summary>
internal static class DecimalBytes
{
    private static readonly Int128 MaxUnscaled = (Int128.One << 96) - 1;

    /// <summary>Writes the minimal big-endian two's complement at the end of a 16-byte span; returns its length.</summary>
    public static int Write(decimal value, int scale, Span<byte> destination)
    {
        if (value.Scale > scale)
        {
            decimal rounded = Math.Round(value, scale);
            if (rounded != value) throw new AvroException($"decimal {value} has more than {scale} fractional digits");
            value = rounded;
        }
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        Int128 unscaled = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        try
        {
            for (int i = value.Scale; i < scale; i++) unscaled = checked(unscaled * 10);
        }
        catch (OverflowException)
        {
            throw new AvroException($"decimal {value} at scale {scale} is too large");
        }
        if (value < 0) unscaled = -unscaled;
        for (int i = 0; i < 16; i++) destination[15 - i] = (byte)(unscaled >> (8 * i));
        int length = 16;
        // Drop leading bytes that only repeat the sign.
        while (length > 1)
        {
            byte lead = destination[16 - length];
            byte next = destination[17 - length];
            if ((lead == 0 && (next & 0x80) == 0) || (lead == 0xff && (next & 0x80) != 0)) length--;
            else break;
        }
        return length;
    }

    public static decimal Read(ReadOnlySpan<byte> bytes, int scale)
    {
        if (bytes.IsEmpty) return new decimal(0, 0, 0, false, (byte)scale);
        if (bytes.Length > 16) return LogicalValues.ToDecimal(bytes, scale); // rare: wider than Int128
        Int128 unscaled = (sbyte)bytes[0]; // sign-extends
        for (int i = 1; i < bytes.Length; i++) unscaled = (unscaled << 8) | bytes[i];
        bool negative = unscaled < 0;
        Int128 magnitude = negative ? -unscaled : unscaled;
        if (magnitude > MaxUnscaled) throw new AvroException($"decimal unscaled value {unscaled} does not fit in System.Decimal");
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)scale);
    }
}
