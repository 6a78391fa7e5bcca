namespace Gateway.Schemas.Avro;

/// <summary>An array of items, written in blocks.</summary>
public sealed class ArraySchema : AvroSchema
{
    internal ArraySchema(AvroSchema items) : base(AvroType.Array, null) => Items = items;

    /// <summary>The item schema.</summary>
    public AvroSchema Items { get; }

    /// <inheritdoc />
    public override string DisplayName => "array";
}
