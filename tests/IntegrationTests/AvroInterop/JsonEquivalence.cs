using System.Text.Json;

namespace Gateway.IntegrationTests.AvroInterop;

/// <summary>
/// Compares two JSON documents by value: numbers numerically (integers exactly), objects by key regardless of order.
/// avro-c names a named union branch by its short name where the specification's JSON encoding uses the full name,
/// so a union wrapper key matches on its last dotted segment; and it prints a float as the double it widens to.
/// </summary>
internal static class JsonEquivalence
{
    public static string? Difference(string expected, string actual)
    {
        using var e = JsonDocument.Parse(expected);
        using var a = JsonDocument.Parse(actual);
        return Compare(e.RootElement, a.RootElement, "$");
    }

    private static string? Compare(JsonElement e, JsonElement a, string path)
    {
        if (e.ValueKind != a.ValueKind) return $"{path}: {e.ValueKind} {e} vs {a.ValueKind} {a}";
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var actual = a.EnumerateObject().ToDictionary(p => Short(p.Name), p => p.Value, StringComparer.Ordinal);
                int count = 0;
                foreach (var p in e.EnumerateObject())
                {
                    count++;
                    if (!actual.TryGetValue(Short(p.Name), out var v)) return $"{path}: key \"{p.Name}\" missing";
                    var d = Compare(p.Value, v, path + "." + p.Name);
                    if (d is not null) return d;
                }
                return count == actual.Count ? null : $"{path}: {actual.Count} keys vs {count}";
            case JsonValueKind.Array:
                if (e.GetArrayLength() != a.GetArrayLength()) return $"{path}: {e.GetArrayLength()} items vs {a.GetArrayLength()}";
                int i = 0;
                foreach (var (x, y) in e.EnumerateArray().Zip(a.EnumerateArray()))
                {
                    var d = Compare(x, y, $"{path}[{i++}]");
                    if (d is not null) return d;
                }
                return null;
            case JsonValueKind.Number:
                if (e.TryGetInt64(out long el) && a.TryGetInt64(out long al)) return el == al ? null : $"{path}: {el} vs {al}";
                // A float: Apache.Avro prints its shortest text, avro-c the double it widens to (271.604 vs 271.60400390625).
                return e.GetDouble().Equals(a.GetDouble()) || ((double)float.Parse(e.GetRawText(), System.Globalization.CultureInfo.InvariantCulture)).Equals(a.GetDouble())
                    ? null
                    : $"{path}: {e} vs {a}";
            case JsonValueKind.String:
                return e.GetString() == a.GetString() ? null : $"{path}: \"{e.GetString()}\" vs \"{a.GetString()}\"";
            default:
                return null;
        }
    }

    private static string Short(string key) => key[(key.LastIndexOf('.') + 1)..];
}
