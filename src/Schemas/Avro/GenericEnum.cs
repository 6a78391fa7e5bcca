namespace Gateway.Schemas.Avro;

/// <summary>An enum value of the generic datum representation.</summary>
/// <param name="Schema">The enum schema.</param>
/// <param name="Symbol">The symbol.</param>
public sealed record GenericEnum(EnumSchema Schema, string Symbol)
{
    /// <summary>The symbol's index in the schema.</summary>
    public int Index => Schema.IndexOf(Symbol);

    /// <inheritdoc />
    public bool Equals(GenericEnum? other) => other is not null && other.Schema.FullName == Schema.FullName && other.Symbol == Symbol;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Schema.FullName, Symbol);

    /// <inheritdoc />
    public override string ToString() => Symbol;
}
