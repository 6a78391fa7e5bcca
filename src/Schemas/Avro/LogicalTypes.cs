using System.Text.Json;

namespace Gateway.Schemas.Avro;

/// <summary>Reads and checks <c>logicalType</c> annotations; an invalid one is ignored, as the specification says.</summary>
internal static class LogicalTypes
{
    public static LogicalType? Read(JsonElement e, AvroType underlying, int? fixedSize)
    {
        if (!e.TryGetProperty("logicalType", out var l) || l.ValueKind != JsonValueKind.String) return null;
        string name = l.GetString()!;
        switch (name)
        {
            case LogicalType.TimestampMillis or LogicalType.TimestampMicros when underlying == AvroType.Long:
            case LogicalType.Date when underlying == AvroType.Int:
            case LogicalType.Uuid when underlying == AvroType.String:
                return new LogicalType(name);
            case LogicalType.Decimal when underlying is AvroType.Bytes or AvroType.Fixed:
                int precision = e.TryGetProperty("precision", out var p) && p.TryGetInt32(out int pv) ? pv : 0;
                int scale = e.TryGetProperty("scale", out var s) && s.TryGetInt32(out int sv) ? sv : 0;
                if (precision <= 0 || scale < 0 || scale > precision) return null;
                // A fixed of n bytes holds at most floor(log10(2^(8n-1) - 1)) digits.
                if (fixedSize is int n && precision > Math.Floor(Math.Log10(Math.Pow(2, (8 * n) - 1) - 1))) return null;
                // System.Decimal carries at most 28 fractional digits; a larger scale stays raw bytes.
                if (scale > 28) return null;
                return new LogicalType(name, precision, scale);
            default:
                return null;
        }
    }
}
