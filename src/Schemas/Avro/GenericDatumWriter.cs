using System.Buffers;
using System.Collections;

namespace Gateway.Schemas.Avro;

/// <summary>
/// Encodes generic datums (see <see cref="GenericRecord"/>) in the Avro binary encoding. A value that does not
/// fit its schema is an <see cref="AvroException"/> naming the field path.
/// </summary>
public static class GenericDatumWriter
{
    /// <summary>Encodes a datum to a new byte array.</summary>
    public static byte[] Encode(AvroSchema schema, object? datum)
    {
        var buffer = new ArrayBufferWriter<byte>();
        Write(new AvroWriter(buffer), schema, datum);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes a datum.</summary>
    public static void Write(AvroWriter writer, AvroSchema schema, object? datum) => Write(writer, schema, datum, schema.DisplayName);

    private static void Write(AvroWriter w, AvroSchema schema, object? datum, string path)
    {
        if (schema.Logical is not null) datum = LogicalValues.ToRaw(schema.Logical, datum);
        switch (schema.Type)
        {
            case AvroType.Null:
                if (datum is not null) throw Mismatch(path, schema, datum);
                break;
            case AvroType.Boolean:
                w.WriteBoolean(datum is bool b ? b : throw Mismatch(path, schema, datum));
                break;
            case AvroType.Int:
                w.WriteInt(datum is int n ? n : throw Mismatch(path, schema, datum));
                break;
            case AvroType.Long:
                w.WriteLong(datum switch { long l => l, int i => i, _ => throw Mismatch(path, schema, datum) });
                break;
            case AvroType.Float:
                w.WriteFloat(datum switch { float f => f, int i => i, long l => l, _ => throw Mismatch(path, schema, datum) });
                break;
            case AvroType.Double:
                w.WriteDouble(datum switch { double d => d, float f => f, int i => i, long l => l, _ => throw Mismatch(path, schema, datum) });
                break;
            case AvroType.Bytes:
                w.WriteBytes(datum is byte[] bytes ? bytes : throw Mismatch(path, schema, datum));
                break;
            case AvroType.String:
                w.WriteString(datum as string ?? throw Mismatch(path, schema, datum));
                break;
            case AvroType.Fixed:
                WriteFixed(w, (FixedSchema)schema, datum, path);
                break;
            case AvroType.Enum:
                var e = (EnumSchema)schema;
                string? symbol = datum switch { GenericEnum ge => ge.Symbol, string s => s, _ => null };
                int index = symbol is null ? -1 : e.IndexOf(symbol);
                if (index < 0) throw new AvroException($"{path}: \"{symbol ?? datum?.ToString()}\" is not a symbol of enum {e.FullName}");
                w.WriteEnum(index);
                break;
            case AvroType.Record:
                var record = (RecordSchema)schema;
                if (datum is not GenericRecord gr) throw Mismatch(path, schema, datum);
                if (gr.Schema.FullName != record.FullName)
                    throw new AvroException($"{path}: record of type {gr.Schema.FullName} where {record.FullName} is expected");
                foreach (var field in record.Fields)
                {
                    var value = ReferenceEquals(gr.Schema, record) ? gr[field.Position] : gr[field.Name];
                    Write(w, field.Schema, value, path + "." + field.Name);
                }
                break;
            case AvroType.Array:
                if (datum is not IList list || datum is byte[]) throw Mismatch(path, schema, datum);
                var items = ((ArraySchema)schema).Items;
                w.WriteBlockStart(list.Count);
                for (int k = 0; k < list.Count; k++) Write(w, items, list[k], path + "[" + k + "]");
                w.WriteBlockEnd();
                break;
            case AvroType.Map:
                if (datum is not IDictionary map) throw Mismatch(path, schema, datum);
                var values = ((MapSchema)schema).Values;
                w.WriteBlockStart(map.Count);
                foreach (DictionaryEntry entry in map)
                {
                    string key = entry.Key as string ?? throw new AvroException($"{path}: map keys must be strings");
                    w.WriteString(key);
                    Write(w, values, entry.Value, path + "[\"" + key + "\"]");
                }
                w.WriteBlockEnd();
                break;
            case AvroType.Union:
                var union = (UnionSchema)schema;
                int branch = UnionBranches.Select(union, datum);
                if (branch < 0)
                    throw new AvroException($"{path}: a {DescribeValue(datum)} matches no branch of the union [{string.Join(", ", union.Branches.Select(x => x.DisplayName))}]");
                w.WriteUnionIndex(branch);
                Write(w, union.Branches[branch], datum, path);
                break;
        }
    }

    private static void WriteFixed(AvroWriter w, FixedSchema schema, object? datum, string path)
    {
        byte[] bytes = datum switch
        {
            GenericFixed f => f.Bytes,
            byte[] b when schema.Logical?.Name == LogicalType.Decimal => SignExtend(b, schema.Size, path),
            byte[] b => b,
            _ => throw Mismatch(path, schema, datum),
        };
        if (bytes.Length != schema.Size) throw new AvroException($"{path}: fixed {schema.FullName} needs {schema.Size} bytes, got {bytes.Length}");
        w.WriteFixed(bytes);
    }

    private static byte[] SignExtend(byte[] value, int size, string path)
    {
        if (value.Length == size) return value;
        if (value.Length > size) throw new AvroException($"{path}: decimal needs {value.Length} bytes, the fixed holds {size}");
        var result = new byte[size];
        byte fill = value.Length > 0 && (value[0] & 0x80) != 0 ? (byte)0xff : (byte)0;
        result.AsSpan(0, size - value.Length).Fill(fill);
        value.CopyTo(result, size - value.Length);
        return result;
    }

    private static AvroException Mismatch(string path, AvroSchema schema, object? datum) =>
        new($"{path}: expected a value for {schema.DisplayName}, got {DescribeValue(datum)}");

    internal static string DescribeValue(object? datum) => datum is null ? "null" : datum.GetType().Name;
}
