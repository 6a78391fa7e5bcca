namespace Gateway.Schemas.Avro;

/// <summary>Reads one item of an array from the decoder.</summary>
public delegate T AvroItemReader<out T>(ref AvroReader reader);

/// <summary>Array helpers for hand-written codecs: one block on write, any blocking on read.</summary>
public static class AvroArrays
{
    /// <summary>Reads a whole array (all blocks) into a list; pass a static lambda so nothing is allocated per call.</summary>
    public static ValueList<T> Read<T>(ref AvroReader reader, AvroItemReader<T> item)
    {
        long count = reader.ReadBlockCount();
        if (count == 0) return ValueList<T>.Empty;
        // A count the data cannot hold is not trusted for the allocation: grow as items are actually read.
        var items = new T[Math.Min(count, Math.Max(1, reader.Remaining.Length))];
        int n = 0;
        while (count != 0)
        {
            if (n + count > items.Length) Array.Resize(ref items, checked((int)Math.Max(items.Length * 2L, n + count)));
            for (long i = 0; i < count; i++) items[n++] = item(ref reader);
            count = reader.ReadBlockCount();
        }
        if (n != items.Length) Array.Resize(ref items, n);
        return ValueList<T>.Own(items);
    }

    /// <summary>Reads an optional string, the union <c>["null","string"]</c>.</summary>
    public static string? ReadOptionalString(ref AvroReader reader) => reader.ReadUnionIndex(2) == 0 ? null : reader.ReadString();

    /// <summary>Reads an optional int, the union <c>["null","int"]</c>.</summary>
    public static int? ReadOptionalInt(ref AvroReader reader) => reader.ReadUnionIndex(2) == 0 ? null : reader.ReadInt();

    /// <summary>Writes an optional int as the union <c>["null","int"]</c>.</summary>
    public static void WriteOptionalInt(AvroWriter writer, int? value)
    {
        if (value is null)
        {
            writer.WriteUnionIndex(0);
            return;
        }
        writer.WriteUnionIndex(1);
        writer.WriteInt(value.Value);
    }
}
