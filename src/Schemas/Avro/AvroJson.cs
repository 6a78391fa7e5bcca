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
    /// <param name="schema">The datum's schema.</param>
    /// <param name="datum">The generic datum.</param>
    /// <param name="unwrapUnions">Write union values bare, without the <c>{"type": value}</c> wrapper (for comparing
    /// with tools whose datums do not record the branch, such as python3-avro).</param>
    public static string Write(AvroSchema schema, object? datum, bool unwrapUnions = false)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options)) Write(json, schema, datum, unwrapUnions);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Write(Utf8JsonWriter json, AvroSchema schema, object? datum, bool unwrap)
    {
        if (schema.Logical is not null) datum = LogicalValues.ToRaw(schema.Logical, datum);
        switch (schema)
        {
            case UnionSchema u:
                int branch = UnionBranches.Select(u, datum);
                if (branch < 0) throw new AvroException($"JSON encoding: {GenericDatumWriter.DescribeValue(datum)} matches no union branch");
                var chosen = u.Branches[branch];
                if (chosen.Type == AvroType.Null || unwrap)
                {
                    Write(json, chosen, datum, unwrap); // null, or a bare value
                    return;
                }
                json.WriteStartObject();
                json.WritePropertyName(chosen.DisplayName);
                Write(json, chosen, datum, unwrap);
                json.WriteEndObject();
                return;
            case RecordSchema r:
                var record = (GenericRecord)datum!;
                json.WriteStartObject();
                foreach (var f in r.Fields)
                {
                    json.WritePropertyName(f.Name);
                    Write(json, f.Schema, record[f.Name], unwrap);
                }
                json.WriteEndObject();
                return;
            case ArraySchema a:
                json.WriteStartArray();
                foreach (var item in (IList)datum!) Write(json, a.Items, item, unwrap);
                json.WriteEndArray();
                return;
            case MapSchema m:
                json.WriteStartObject();
                foreach (DictionaryEntry e in (IDictionary)datum!)
                {
                    json.WritePropertyName((string)e.Key);
                    Write(json, m.Values, e.Value, unwrap);
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
            case float f: json.WriteRawValue(((double)f).ToString("R", CultureInfo.InvariantCulture)); break; // as the widened double, like avro-c and Python
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
