using System.Collections;

namespace Gateway.Schemas.Avro;

/// <summary>Deep equality of generic datums (arrays, maps and bytes by content).</summary>
public static class DatumEquality
{
    /// <summary>Whether two generic datums are equal by value.</summary>
    public static bool AreEqual(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        switch (a)
        {
            case byte[] x when b is byte[] y:
                return x.AsSpan().SequenceEqual(y);
            case IDictionary x when b is IDictionary y:
                if (x.Count != y.Count) return false;
                foreach (DictionaryEntry entry in x)
                {
                    if (!y.Contains(entry.Key) || !AreEqual(entry.Value, y[entry.Key])) return false;
                }
                return true;
            case IList x when b is IList y:
                if (x.Count != y.Count) return false;
                for (int i = 0; i < x.Count; i++) if (!AreEqual(x[i], y[i])) return false;
                return true;
            case float x when b is float y:
                return x.Equals(y);
            case double x when b is double y:
                return x.Equals(y);
            default:
                return a.Equals(b);
        }
    }
}
