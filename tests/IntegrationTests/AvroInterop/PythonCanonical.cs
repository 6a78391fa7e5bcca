using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Gateway.IntegrationTests.AvroInterop;

/// <summary>
/// python3-avro 1.11.1's Parsing Canonical Form departs from the specification (and from the Java reference
/// implementation's SchemaNormalization) in two ways, fixed here before comparing:
/// a primitive that carried a <c>logicalType</c> stays <c>{"type":"long"}</c> where [PRIMITIVES] makes it
/// <c>"long"</c>; and a named type is spelled out again at every use where the canonical form spells it out once
/// and then refers to it by full name. Everything else (full names, attribute order and stripping) is python's own.
/// </summary>
internal static partial class PythonCanonical
{
    public static string Normalize(string python)
    {
        string primitives = PrimitiveObject().Replace(python, "\"$1\"");
        var node = JsonNode.Parse(primitives)!;
        node = Collapse(node, new HashSet<string>(StringComparer.Ordinal));
        return node.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static JsonNode Collapse(JsonNode node, HashSet<string> seen)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["name"] is JsonValue name && o["type"] is JsonValue type
                    && type.GetValue<string>() is "record" or "enum" or "fixed")
                {
                    string fullName = name.GetValue<string>();
                    if (!seen.Add(fullName)) return JsonValue.Create(fullName)!;
                }
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    var child = o[key];
                    if (child is null) continue;
                    var replaced = Collapse(child, seen);
                    if (!ReferenceEquals(replaced, child))
                    {
                        o[key] = null;
                        o[key] = replaced;
                    }
                }
                return o;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    var child = a[i];
                    if (child is null) continue;
                    var replaced = Collapse(child, seen);
                    if (!ReferenceEquals(replaced, child))
                    {
                        a[i] = null;
                        a[i] = replaced;
                    }
                }
                return a;
            default:
                return node;
        }
    }

    [GeneratedRegex("\\{\"type\":\"(null|boolean|int|long|float|double|bytes|string)\"\\}")]
    private static partial Regex PrimitiveObject();
}
