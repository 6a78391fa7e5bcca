using System.Globalization;
using System.Numerics;
using Avro;
using Avro.Generic;
using Avro.IO;

namespace Gateway.TestSupport;

/// <summary>
/// Builds a deterministic Apache.Avro generic datum for any schema from a seed: every branch of unions, empty and
/// non-empty arrays and maps, Hangul and ASCII text, edge numbers, logical values. Used to exercise schemas end to end.
/// </summary>
public static class RandomDatum
{
    private static readonly string[] Texts = ["", "KIM", "김민준", "O'NEIL", "JOSÉ MARÍA", "A\"B\\C", "line\nbreak"];

    /// <summary>A datum for the schema.</summary>
    /// <param name="schema">The schema.</param>
    /// <param name="seed">Same seed, same datum.</param>
    public static object? For(Schema schema, int seed) => Make(schema, new Random(seed), 0);

    /// <summary>The Avro binary encoding of a generic datum (Apache.Avro's generic writer): two datums are equal when these are.</summary>
    public static byte[] Encode(Schema schema, object? datum)
    {
        using var buffer = new MemoryStream();
        new GenericDatumWriter<object?>(schema).Write(datum, new BinaryEncoder(buffer));
        return buffer.ToArray();
    }

    /// <summary>Reads a generic datum written with <paramref name="writer"/> as <paramref name="reader"/> (schema resolution).</summary>
    public static object? Decode(Schema writer, Schema reader, byte[] body)
    {
        using var stream = new MemoryStream(body);
        return new GenericDatumReader<object?>(writer, reader).Read(null, new BinaryDecoder(stream));
    }

    private static object? Make(Schema s, Random rng, int depth)
    {
        switch (s)
        {
            case LogicalSchema l:
                return Logical(l, rng);
            case UnionSchema u:
                // Deep recursion through optional fields stops at the null branch when there is one.
                int nullIndex = u.Schemas.ToList().FindIndex(b => b.Tag == Schema.Type.Null);
                int pick = depth > 6 && nullIndex >= 0 ? nullIndex : rng.Next(u.Count);
                return Make(u[pick], rng, depth + 1);
            case RecordSchema r:
                var record = new GenericRecord(r);
                foreach (var f in r.Fields) record.Add(f.Name, Make(f.Schema, rng, depth + 1));
                return record;
            case EnumSchema e:
                return new GenericEnum(e, e.Symbols[rng.Next(e.Symbols.Count)]);
            case FixedSchema x:
                var fixedBytes = new byte[x.Size];
                rng.NextBytes(fixedBytes);
                return new GenericFixed(x, fixedBytes);
            case ArraySchema a:
                int n = depth > 6 ? 0 : rng.Next(4);
                var items = new object?[n];
                for (int i = 0; i < n; i++) items[i] = Make(a.ItemSchema, rng, depth + 1);
                return items;
            case MapSchema m:
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                int k = depth > 6 ? 0 : rng.Next(4);
                for (int i = 0; i < k; i++) map["key" + i] = Make(m.ValueSchema, rng, depth + 1);
                return map;
        }
        return s.Tag switch
        {
            Schema.Type.Null => null,
            Schema.Type.Boolean => rng.Next(2) == 1,
            Schema.Type.Int => rng.Next(5) switch { 0 => int.MinValue, 1 => int.MaxValue, 2 => 0, _ => rng.Next(-1000, 1000) },
            Schema.Type.Long => rng.Next(5) switch { 0 => long.MinValue, 1 => long.MaxValue, 2 => 0L, _ => rng.NextInt64(-1_000_000, 1_000_000) },
            Schema.Type.Float => (object)(float)Math.Round((rng.NextDouble() - 0.5) * 1000, 3),
            Schema.Type.Double => (rng.NextDouble() - 0.5) * 1e6,
            Schema.Type.Bytes => Bytes(rng),
            _ => Texts[rng.Next(Texts.Length)] + (rng.Next(3) == 0 ? "" : rng.Next(100).ToString(CultureInfo.InvariantCulture)),
        };
    }

    private static object Logical(LogicalSchema l, Random rng)
    {
        switch (l.LogicalTypeName)
        {
            case "timestamp-millis":
                return DateTime.UnixEpoch.AddMilliseconds(rng.NextInt64(-10_000_000_000L, 4_000_000_000_000L));
            case "date":
                return DateTime.UnixEpoch.AddDays(rng.Next(-20_000, 30_000));
            case "uuid":
                var bytes = new byte[16];
                rng.NextBytes(bytes);
                return new Guid(bytes);
            case "decimal":
                int scale = int.Parse(l.GetProperty("scale") ?? "0", CultureInfo.InvariantCulture);
                return new AvroDecimal(new BigInteger(rng.NextInt64(-99_999_999, 99_999_999)), scale);
            default:
                throw new NotSupportedException("logical type " + l.LogicalTypeName);
        }
    }

    private static byte[] Bytes(Random rng)
    {
        var b = new byte[rng.Next(0, 40)];
        rng.NextBytes(b);
        return b;
    }
}
