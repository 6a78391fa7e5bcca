namespace Gateway.Schemas.Avro;

/// <summary>A named fixed number of bytes.</summary>
public sealed class FixedSchema : NamedSchema
{
    internal FixedSchema(string name, string? space, IReadOnlyList<string> aliases, string? doc, int size, LogicalType? logical)
        : base(AvroType.Fixed, name, space, aliases, doc, logical) => Size = size;

    /// <summary>Number of bytes.</summary>
    public int Size { get; }
}
