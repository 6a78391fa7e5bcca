using Gateway.Schemas.Avro;

namespace Gateway.TestSupport;

/// <summary>
/// Builds a deterministic generic datum for any Avro schema from a seed: every branch of unions, empty and
/// non-empty arrays and maps, Hangul and ASCII text, edge numbers. Used to exercise schemas end to end.
/// </summary>
public static class RandomDatum
{
    private static readonly string[] Texts = ["", "KIM", "김민준", "O'NEIL", "JOSÉ MARÍA", "A\"B\\C", "line\nbreak"];

    /// <summary>A datum for the schema.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="seed">Same seed, same datum.</param>
    /// <param name="noNulBytes">Keep 0x00 out of bytes and fixed values: avro-c's JSON printer (avrocat) stops a
    /// bytes value at the first NUL, so comparisons with it need NUL-free bytes.</param>
    public static object? For(AvroSchema schema, int seed, bool noNulBytes = false) => Make(schema, new Random(seed), 0, noNulBytes);

    private static object? Make(AvroSchema s, Random rng, int depth, bool noNul)
    {
        switch (s.Logical?.Name)
        {
            case LogicalType.TimestampMillis:
                return DateTimeOffset.FromUnixTimeMilliseconds(rng.NextInt64(-10_000_000_000L, 4_000_000_000_000L));
            case LogicalType.TimestampMicros:
                return DateTimeOffset.UnixEpoch.AddTicks(rng.NextInt64(0, 40_000_000_000_000L) * 10);
            case LogicalType.Date:
                return DateOnly.FromDayNumber(LogicalValues.EpochDayNumber + rng.Next(-20_000, 30_000));
            case LogicalType.Uuid:
                var bytes = new byte[16];
                rng.NextBytes(bytes);
                return new Guid(bytes);
            case LogicalType.Decimal:
                while (true)
                {
                    long unscaled = rng.NextInt64(-99_999_999, 99_999_999);
                    var value = new decimal((int)Math.Abs(unscaled), 0, 0, unscaled < 0, (byte)s.Logical.Scale);
                    if (!noNul || !LogicalValues.FromDecimal(value, s.Logical.Scale).Contains((byte)0)) return value;
                }
        }
        switch (s)
        {
            case UnionSchema u:
                // Deep recursion through optional fields stops at the null branch when there is one.
                int nullIndex = u.NullIndex;
                int pick = depth > 6 && nullIndex >= 0 ? nullIndex : rng.Next(u.Branches.Count);
                return Make(u.Branches[pick], rng, depth + 1, noNul);
            case RecordSchema r:
                var record = new GenericRecord(r);
                foreach (var f in r.Fields) record[f.Position] = Make(f.Schema, rng, depth + 1, noNul);
                return record;
            case EnumSchema e:
                return new GenericEnum(e, e.Symbols[rng.Next(e.Symbols.Count)]);
            case FixedSchema x:
                var fixedBytes = new byte[x.Size];
                Fill(rng, fixedBytes, noNul);
                return new GenericFixed(x, fixedBytes);
            case ArraySchema a:
                var list = new List<object?>();
                int n = depth > 6 ? 0 : rng.Next(4);
                for (int i = 0; i < n; i++) list.Add(Make(a.Items, rng, depth + 1, noNul));
                return list;
            case MapSchema m:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                int k = depth > 6 ? 0 : rng.Next(4);
                for (int i = 0; i < k; i++) map["key" + i] = Make(m.Values, rng, depth + 1, noNul);
                return map;
        }
        return s.Type switch
        {
            AvroType.Null => null,
            AvroType.Boolean => rng.Next(2) == 1,
            AvroType.Int => rng.Next(5) switch { 0 => int.MinValue, 1 => int.MaxValue, 2 => 0, _ => rng.Next(-1000, 1000) },
            AvroType.Long => rng.Next(5) switch { 0 => long.MinValue, 1 => long.MaxValue, 2 => 0L, _ => rng.NextInt64(-1_000_000, 1_000_000) },
            AvroType.Float => (object)(float)Math.Round((rng.NextDouble() - 0.5) * 1000, 3),
            AvroType.Double => (rng.NextDouble() - 0.5) * 1e6,
            AvroType.Bytes => Bytes(rng, noNul),
            _ => Texts[rng.Next(Texts.Length)] + (rng.Next(3) == 0 ? "" : rng.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
    }

    private static byte[] Bytes(Random rng, bool noNul)
    {
        var b = new byte[rng.Next(0, 40)];
        Fill(rng, b, noNul);
        return b;
    }

    private static void Fill(Random rng, byte[] bytes, bool noNul)
    {
        rng.NextBytes(bytes);
        if (!noNul) return;
        for (int i = 0; i < bytes.Length; i++) if (bytes[i] == 0) bytes[i] = 1;
    }
}
