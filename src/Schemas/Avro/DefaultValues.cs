using System.Text.Json;

namespace Gateway.Schemas.Avro;

/// <summary>
/// Turns a field's JSON default into a generic datum (specification: a union's default belongs to its first
/// branch; bytes and fixed defaults are strings whose code points 0–255 are the bytes).
/// </summary>
internal static class DefaultValues
{
    public static object? FromJson(AvroSchema schema, JsonElement json, string path)
    {
        object? raw = Raw(schema, json, path);
        return schema.Logical is null || raw is null ? raw : LogicalValues.FromRaw(schema.Logical, raw);
    }

    private static object? Raw(AvroSchema schema, JsonElement json, string path)
    {
        switch (schema)
        {
            case UnionSchema u:
                return FromJson(u.Branches[0], json, path + " (default of a union is for its first branch)");
            case RecordSchema r:
                if (json.ValueKind != JsonValueKind.Object) throw Bad(path, schema, json);
                var record = new GenericRecord(r);
                foreach (var f in r.Fields)
                {
                    if (json.TryGetProperty(f.Name, out var v)) record[f.Position] = FromJson(f.Schema, v, path + "." + f.Name);
                    else if (f.HasDefault) record[f.Position] = FromJson(f.Schema, f.DefaultJson!.Value, path + "." + f.Name);
                    else throw new AvroException($"{path}: default record lacks field \"{f.Name}\"");
                }
                return record;
            case EnumSchema e:
                string? symbol = json.ValueKind == JsonValueKind.String ? json.GetString() : null;
                if (symbol is null || e.IndexOf(symbol) < 0) throw new AvroException($"{path}: default {json} is not a symbol of enum {e.FullName}");
                return new GenericEnum(e, symbol);
            case FixedSchema f:
                var fixedBytes = Latin1(json, path, schema);
                if (fixedBytes.Length != f.Size) throw new AvroException($"{path}: default has {fixedBytes.Length} bytes, fixed {f.FullName} has {f.Size}");
                return new GenericFixed(f, fixedBytes);
            case ArraySchema a:
                if (json.ValueKind != JsonValueKind.Array) throw Bad(path, schema, json);
                var list = new List<object?>();
                foreach (var item in json.EnumerateArray()) list.Add(FromJson(a.Items, item, path + "[]"));
                return list;
            case MapSchema m:
                if (json.ValueKind != JsonValueKind.Object) throw Bad(path, schema, json);
                var map = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var p in json.EnumerateObject()) map[p.Name] = FromJson(m.Values, p.Value, path + "{}");
                return map;
        }
        return schema.Type switch
        {
            AvroType.Null => json.ValueKind == JsonValueKind.Null ? null : throw Bad(path, schema, json),
            AvroType.Boolean => json.ValueKind switch { JsonValueKind.True => true, JsonValueKind.False => false, _ => throw Bad(path, schema, json) },
            AvroType.Int => json.ValueKind == JsonValueKind.Number && json.TryGetInt32(out int i) ? i : throw Bad(path, schema, json),
            AvroType.Long => json.ValueKind == JsonValueKind.Number && json.TryGetInt64(out long l) ? l : throw Bad(path, schema, json),
            AvroType.Float => json.ValueKind == JsonValueKind.Number ? json.GetSingle() : throw Bad(path, schema, json),
            AvroType.Double => json.ValueKind == JsonValueKind.Number ? json.GetDouble() : throw Bad(path, schema, json),
            AvroType.String => json.ValueKind == JsonValueKind.String ? json.GetString() : throw Bad(path, schema, json),
            _ => Latin1(json, path, schema),
        };
    }

    private static byte[] Latin1(JsonElement json, string path, AvroSchema schema)
    {
        if (json.ValueKind != JsonValueKind.String) throw Bad(path, schema, json);
        string text = json.GetString()!;
        var bytes = new byte[text.Length];
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] > 0xff) throw new AvroException($"{path}: bytes default has a character above \\u00ff at {i}");
            bytes[i] = (byte)text[i];
        }
        return bytes;
    }

    private static AvroException Bad(string path, AvroSchema schema, JsonElement json) =>
        new($"{path}: default {json.GetRawText()} is not a valid {schema.DisplayName}");
}
