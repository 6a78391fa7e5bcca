namespace Gateway.Schemas.Avro;

/// <summary>A primitive schema (null, boolean, int, long, float, double, bytes, string), maybe with a logical type.</summary>
public sealed class PrimitiveSchema : AvroSchema
{
    private static readonly PrimitiveSchema[] Plain =
    [
        new(AvroType.Null, null), new(AvroType.Boolean, null), new(AvroType.Int, null), new(AvroType.Long, null),
        new(AvroType.Float, null), new(AvroType.Double, null), new(AvroType.Bytes, null), new(AvroType.String, null),
    ];

    internal PrimitiveSchema(AvroType type, LogicalType? logical) : base(type, logical) { }

    /// <summary>The shared instance of a primitive without a logical type.</summary>
    public static PrimitiveSchema Of(AvroType type) =>
        type <= AvroType.String ? Plain[(int)type] : throw new ArgumentOutOfRangeException(nameof(type), type, "not a primitive type");

    /// <inheritdoc />
    public override string DisplayName => Name(Type);

    internal static string Name(AvroType type) => type switch
    {
        AvroType.Null => "null",
        AvroType.Boolean => "boolean",
        AvroType.Int => "int",
        AvroType.Long => "long",
        AvroType.Float => "float",
        AvroType.Double => "double",
        AvroType.Bytes => "bytes",
        AvroType.String => "string",
        AvroType.Record => "record",
        AvroType.Enum => "enum",
        AvroType.Array => "array",
        AvroType.Map => "map",
        AvroType.Union => "union",
        _ => "fixed",
    };

    internal static bool TryParse(string name, out AvroType type)
    {
        switch (name)
        {
            case "null": type = AvroType.Null; return true;
            case "boolean": type = AvroType.Boolean; return true;
            case "int": type = AvroType.Int; return true;
            case "long": type = AvroType.Long; return true;
            case "float": type = AvroType.Float; return true;
            case "double": type = AvroType.Double; return true;
            case "bytes": type = AvroType.Bytes; return true;
            case "string": type = AvroType.String; return true;
            default: type = default; return false;
        }
    }
}
