using System.Text;

namespace Gateway.Schemas.Avro;

/// <summary>One compiled step of a resolving read: reads the writer's encoding, returns the reader's datum.</summary>
internal abstract class ReadPlan
{
    public abstract object? Read(ref AvroReader r);
}

/// <summary>A primitive, promoted to the reader's type and converted to the reader's logical type.</summary>
internal sealed class PrimitivePlan(AvroType writer, AvroType reader, LogicalType? logical) : ReadPlan
{
    private static readonly UTF8Encoding Strict = new(false, true);

    public override object? Read(ref AvroReader r)
    {
        object? raw = writer switch
        {
            AvroType.Null => null,
            AvroType.Boolean => r.ReadBoolean(),
            AvroType.Int => Promote(r.ReadInt()),
            AvroType.Long => Promote(r.ReadLong()),
            AvroType.Float => reader == AvroType.Double ? (object)(double)r.ReadFloat() : (object)r.ReadFloat(),
            AvroType.Double => r.ReadDouble(),
            AvroType.Bytes when reader == AvroType.String => Utf8(ref r),
            AvroType.Bytes => r.ReadBytes(),
            AvroType.String when reader == AvroType.Bytes => r.ReadBytes(),
            _ => r.ReadString(),
        };
        return logical is null ? raw : LogicalValues.FromRaw(logical, raw);
    }

    private object Promote(long value) => reader switch
    {
        AvroType.Int => (object)(int)value,
        AvroType.Long => (object)value,
        AvroType.Float => (object)(float)value,
        _ => (object)(double)value,
    };

    private static string Utf8(ref AvroReader r)
    {
        int start = r.Position;
        try
        {
            return Strict.GetString(r.ReadBytesSpan());
        }
        catch (DecoderFallbackException e)
        {
            throw new AvroException($"Avro data at byte {start}: bytes promoted to string are not valid UTF-8", e);
        }
    }
}

/// <summary>A fixed, as a <see cref="GenericFixed"/> of the reader's schema (or its decimal).</summary>
internal sealed class FixedPlan(FixedSchema reader) : ReadPlan
{
    public override object? Read(ref AvroReader r)
    {
        var bytes = r.ReadFixed(reader.Size);
        return reader.Logical?.Name == LogicalType.Decimal
            ? LogicalValues.ToDecimal(bytes, reader.Logical.Scale)
            : new GenericFixed(reader, bytes.ToArray());
    }
}

/// <summary>An enum, mapping writer symbols to the reader's by name, falling back to the reader's default.</summary>
internal sealed class EnumPlan : ReadPlan
{
    private readonly GenericEnum?[] _map;
    private readonly EnumSchema _writer;
    private readonly string _path;

    public EnumPlan(EnumSchema writer, EnumSchema reader, string path)
    {
        _writer = writer;
        _path = path;
        _map = new GenericEnum?[writer.Symbols.Count];
        for (int i = 0; i < _map.Length; i++)
        {
            string symbol = writer.Symbols[i];
            string? target = reader.IndexOf(symbol) >= 0 ? symbol : reader.Default;
            _map[i] = target is null ? null : new GenericEnum(reader, target);
        }
    }

    public override object? Read(ref AvroReader r)
    {
        int index = r.ReadEnum(_map.Length);
        return _map[index] ?? throw new AvroException(
            $"{_path}: the writer's symbol \"{_writer.Symbols[index]}\" is not in the reader's enum, which has no default");
    }
}

/// <summary>An array, in blocks, each item through the item plan.</summary>
internal sealed class ArrayPlan(ReadPlan items) : ReadPlan
{
    public override object? Read(ref AvroReader r)
    {
        var list = new List<object?>();
        for (long count = r.ReadBlockCount(); count != 0; count = r.ReadBlockCount())
        {
            for (long i = 0; i < count; i++) list.Add(items.Read(ref r));
        }
        return list;
    }
}

/// <summary>A map, in blocks, each value through the value plan.</summary>
internal sealed class MapPlan(ReadPlan values) : ReadPlan
{
    public override object? Read(ref AvroReader r)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        for (long count = r.ReadBlockCount(); count != 0; count = r.ReadBlockCount())
        {
            for (long i = 0; i < count; i++)
            {
                string key = r.ReadString();
                map[key] = values.Read(ref r);
            }
        }
        return map;
    }
}

/// <summary>A writer union: read the branch index, then that branch's plan.</summary>
internal sealed class WriterUnionPlan(ReadPlan[] branches) : ReadPlan
{
    public override object? Read(ref AvroReader r) => branches[r.ReadUnionIndex(branches.Length)].Read(ref r);
}

/// <summary>A writer branch the reader cannot take: an error only if the data uses it.</summary>
internal sealed class ErrorPlan(string message) : ReadPlan
{
    public override object? Read(ref AvroReader r) => throw new AvroException(message);
}

/// <summary>Skips a writer value the reader does not want (a removed field).</summary>
internal sealed class SkipPlan(AvroSchema writer) : ReadPlan
{
    public override object? Read(ref AvroReader r)
    {
        GenericDatumReader.Skip(ref r, writer);
        return null;
    }
}

/// <summary>A record: writer fields in writer order into reader positions, then defaults for the rest.</summary>
internal sealed class RecordPlan(RecordSchema reader) : ReadPlan
{
    public (int ReaderPosition, ReadPlan Plan)[] Steps { get; set; } = [];

    public (int ReaderPosition, object? Value)[] Defaults { get; set; } = [];

    public override object? Read(ref AvroReader r)
    {
        var record = new GenericRecord(reader);
        foreach (var (position, plan) in Steps)
        {
            var value = plan.Read(ref r);
            if (position >= 0) record[position] = value;
        }
        foreach (var (position, value) in Defaults) record[position] = value;
        return record;
    }
}
