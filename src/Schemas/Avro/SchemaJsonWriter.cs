using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gateway.Schemas.Avro;

/// <summary>
/// Prints a schema as full JSON (names with namespaces, logical types, defaults, aliases, docs), for container
/// file headers and schema registries: unlike the canonical form it keeps what readers need for resolution.
/// </summary>
public static class SchemaJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The schema as JSON text.</summary>
    public static string Write(AvroSchema schema)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options)) Write(json, schema, new HashSet<string>(StringComparer.Ordinal));
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter json, AvroSchema schema, HashSet<string> seen)
    {
        if (schema is NamedSchema named && !seen.Add(named.FullName))
        {
            json.WriteStringValue(named.FullName);
            return;
        }
        if (schema is PrimitiveSchema && schema.Logical is null)
        {
            json.WriteStringValue(schema.DisplayName);
            return;
        }
        if (schema is UnionSchema u)
        {
            json.WriteStartArray();
            foreach (var b in u.Branches) Write(json, b, seen);
            json.WriteEndArray();
            return;
        }
        json.WriteStartObject();
        json.WriteString("type", PrimitiveSchema.Name(schema.Type == AvroType.Record && ((RecordSchema)schema).IsError ? AvroType.Record : schema.Type));
        if (schema is NamedSchema n)
        {
            json.WriteString("name", n.FullName);
            if (n.Doc is not null) json.WriteString("doc", n.Doc);
            if (n.Aliases.Count > 0)
            {
                json.WriteStartArray("aliases");
                foreach (var a in n.Aliases) json.WriteStringValue(a);
                json.WriteEndArray();
            }
        }
        if (schema.Logical is { } logical)
        {
            json.WriteString("logicalType", logical.Name);
            if (logical.Name == LogicalType.Decimal)
            {
                json.WriteNumber("precision", logical.Precision);
                json.WriteNumber("scale", logical.Scale);
            }
        }
        switch (schema)
        {
            case RecordSchema r:
                json.WriteStartArray("fields");
                foreach (var f in r.Fields)
                {
                    json.WriteStartObject();
                    json.WriteString("name", f.Name);
                    if (f.Doc is not null) json.WriteString("doc", f.Doc);
                    json.WritePropertyName("type");
                    Write(json, f.Schema, seen);
                    if (f.DefaultJson is { } d)
                    {
                        json.WritePropertyName("default");
                        d.WriteTo(json);
                    }
                    if (f.Order != "ascending") json.WriteString("order", f.Order);
                    if (f.Aliases.Count > 0)
                    {
                        json.WriteStartArray("aliases");
                        foreach (var a in f.Aliases) json.WriteStringValue(a);
                        json.WriteEndArray();
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                break;
            case EnumSchema e:
                json.WriteStartArray("symbols");
                foreach (var s in e.Symbols) json.WriteStringValue(s);
                json.WriteEndArray();
                if (e.Default is not null) json.WriteString("default", e.Default);
                break;
            case FixedSchema x:
                json.WriteNumber("size", x.Size);
                break;
            case ArraySchema a:
                json.WritePropertyName("items");
                Write(json, a.Items, seen);
                break;
            case MapSchema m:
                json.WritePropertyName("values");
                Write(json, m.Values, seen);
                break;
        }
        json.WriteEndObject();
    }
}
