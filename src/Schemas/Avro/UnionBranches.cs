using System.Collections;

namespace Gateway.Schemas.Avro;

/// <summary>Chooses the union branch a generic datum is written with: exact type first, then a widening.</summary>
internal static class UnionBranches
{
    public static int Select(UnionSchema union, object? datum)
    {
        var branches = union.Branches;
        for (int i = 0; i < branches.Count; i++) if (Exact(branches[i], datum)) return i;
        for (int i = 0; i < branches.Count; i++) if (Widening(branches[i], datum)) return i;
        return -1;
    }

    private static bool Exact(AvroSchema s, object? datum) => datum switch
    {
        null => s.Type == AvroType.Null,
        bool => s.Type == AvroType.Boolean,
        int => s.Type == AvroType.Int && s.Logical is null,
        long => s.Type == AvroType.Long && s.Logical is null,
        float => s.Type == AvroType.Float,
        double => s.Type == AvroType.Double,
        string text => (s.Type == AvroType.String && s.Logical is null) || (s is EnumSchema e && e.IndexOf(text) >= 0),
        byte[] => s.Type == AvroType.Bytes && s.Logical is null,
        DateTimeOffset => s.Type == AvroType.Long && s.Logical?.Name is LogicalType.TimestampMillis or LogicalType.TimestampMicros,
        DateOnly => s.Logical?.Name == LogicalType.Date,
        Guid => s.Logical?.Name == LogicalType.Uuid,
        decimal => s.Logical?.Name == LogicalType.Decimal,
        GenericRecord r => s is RecordSchema rs && rs.FullName == r.Schema.FullName,
        GenericEnum ge => s is EnumSchema es && es.FullName == ge.Schema.FullName,
        GenericFixed gf => s is FixedSchema fs && fs.FullName == gf.Schema.FullName,
        IDictionary => s.Type == AvroType.Map,
        IList => s.Type == AvroType.Array,
        _ => false,
    };

    private static bool Widening(AvroSchema s, object? datum) => datum switch
    {
        int => s.Type is AvroType.Long or AvroType.Float or AvroType.Double,
        long => s.Type is AvroType.Float or AvroType.Double,
        float => s.Type == AvroType.Double,
        string => s.Type == AvroType.String,
        byte[] => s.Type == AvroType.Bytes || s.Type == AvroType.Fixed,
        _ => false,
    };
}
