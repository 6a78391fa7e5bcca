namespace Gateway.Schemas.Avro;

/// <summary>A map from string keys to values, written in blocks.</summary>
public sealed class MapSchema : AvroSchema
{
    internal MapSchema(AvroSchema values) : base(AvroType.Map, null) => Values = values;

    /// <summary>The value schema.</summary>
    public AvroSchema Values { get; }

    /// <inheritdoc />
    public override string DisplayName => "map";
}
