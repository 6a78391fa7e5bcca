using System.Text;

namespace Gateway.Schemas.Avro;

/// <summary>
/// Writes the Parsing Canonical Form (specification 1.11, "Parsing Canonical Form for Schemas"): full names,
/// only the attributes that affect parsing (name, type, fields, symbols, items, values, size) in that order,
/// no whitespace, logical types and defaults stripped, each named type spelled out once then referenced by name.
/// </summary>
internal static class CanonicalForm
{
    public static string Write(AvroSchema schema)
    {
        var sb = new StringBuilder();
        Write(schema, sb, new HashSet<string>(StringComparer.Ordinal));
        return sb.ToString();
    }

    private static void Write(AvroSchema schema, StringBuilder sb, HashSet<string> seen)
    {
        switch (schema)
        {
            case PrimitiveSchema p:
                Quote(sb, PrimitiveSchema.Name(p.Type));
                break;
            case NamedSchema named when !seen.Add(named.FullName):
                Quote(sb, named.FullName);
                break;
            case RecordSchema r:
                sb.Append("{\"name\":");
                Quote(sb, r.FullName);
                sb.Append(",\"type\":\"record\",\"fields\":[");
                for (int i = 0; i < r.Fields.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    sb.Append("{\"name\":");
                    Quote(sb, r.Fields[i].Name);
                    sb.Append(",\"type\":");
                    Write(r.Fields[i].Schema, sb, seen);
                    sb.Append('}');
                }
                sb.Append("]}");
                break;
            case EnumSchema e:
                sb.Append("{\"name\":");
                Quote(sb, e.FullName);
                sb.Append(",\"type\":\"enum\",\"symbols\":[");
                for (int i = 0; i < e.Symbols.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Quote(sb, e.Symbols[i]);
                }
                sb.Append("]}");
                break;
            case FixedSchema f:
                sb.Append("{\"name\":");
                Quote(sb, f.FullName);
                sb.Append(",\"type\":\"fixed\",\"size\":").Append(f.Size).Append('}');
                break;
            case ArraySchema a:
                sb.Append("{\"type\":\"array\",\"items\":");
                Write(a.Items, sb, seen);
                sb.Append('}');
                break;
            case MapSchema m:
                sb.Append("{\"type\":\"map\",\"values\":");
                Write(m.Values, sb, seen);
                sb.Append('}');
                break;
            case UnionSchema u:
                sb.Append('[');
                for (int i = 0; i < u.Branches.Count; i++)
                {
                    if (i > 0) sb.Append(',');
                    Write(u.Branches[i], sb, seen);
                }
                sb.Append(']');
                break;
            default:
                throw new AvroException($"Unknown schema kind {schema.GetType().Name}");
        }
    }

    // [STRINGS]: escapes are replaced by the characters themselves; only the JSON-mandatory ones stay escaped.
    // Names and symbols are [A-Za-z0-9_] so in practice nothing is escaped.
    private static void Quote(StringBuilder sb, string text)
    {
        sb.Append('"');
        foreach (char c in text)
        {
            if (c is '"' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        sb.Append('"');
    }
}
