using System.Collections;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Gateway.Schemas.Avro;

/// <summary>
/// Writes a generic datum in the Avro JSON encoding (specification "JSON Encoding"): logical values as their
/// underlying values, bytes and fixed as strings of code points 0–255, non-null union values wrapped as
/// <c>{"type name": value}</c>. This is what the reference tools print, so tests compare against it.
/// </summary>
public static class AvroJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The JSON encoding of a datum.</summary>
    public static string Write(AvroSchema schema, object? datum)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options)) Write(json, schema, datum);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter json, AvroSchema schema, object? datum)
    {
        if (schema.Logical is not null) datum = LogicalValues.ToRaw(schema.Logical, datum);
        switch (schema)
        {
            case UnionSchema u:
                int branch = UnionBranches.Select(u, datum);
                if (branch < 0) throw new AvroException($"JSON encoding: {GenericDatumWriter.DescribeValue(datum)} matches no union branch");
                var chosen = u.Branches[branch];
                if (chosen.Type == AvroType.Null)
                {
                    json.WriteNullValue();
                    return;
                }
                json.WriteStartObject();
                json.WritePropertyName(chosen.DisplayName);
                Write(json, chosen, datum);
                json.WriteEndObject();
                return;
            case RecordSchema r:
                var record = (GenericRecord)datum!;
                json.WriteStartObject();
                foreach (var f in r.Fields)
                {
                    json.WritePropertyName(f.Name);
                    Write(json, f.Schema, record[f.Name]);
                }
                json.WriteEndObject();
                return;
            case ArraySchema a:
                json.WriteStartArray();
                foreach (var item in (IList)datum!) Write(json, a.Items, item);
                json.WriteEndArray();
                return;
            case MapSchema m:
                json.WriteStartObject();
                foreach (DictionaryEntry e in (IDictionary)datum!)
                {
                    json.WritePropertyName((string)e.Key);
                    Write(json, m.Values, e.Value);
                }
                json.WriteEndObject();
                return;
        }
        switch (datum)
        {
            case null: json.WriteNullValue(); break;
            case bool b: json.WriteBooleanValue(b); break;
            case int i: json.WriteNumberValue(i); break;
            case long l: json.WriteNumberValue(l); break;
            case float f: json.WriteRawValue(f.ToString("R", CultureInfo.InvariantCulture)); break;
            case double d: json.WriteRawValue(d.ToString("R", CultureInfo.InvariantCulture)); break;
            case string s: json.WriteStringValue(s); break;
            case GenericEnum e: json.WriteStringValue(e.Symbol); break;
            case GenericFixed x: json.WriteStringValue(Latin1(x.Bytes)); break;
            case byte[] bytes: json.WriteStringValue(Latin1(bytes)); break;
            default: throw new AvroException($"JSON encoding: unsupported value {datum.GetType().Name}");
        }
    }

    private static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}
