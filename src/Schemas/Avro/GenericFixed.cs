namespace Gateway.Schemas.Avro;

/// <summary>A fixed value of the generic datum representation.</summary>
public sealed class GenericFixed : IEquatable<GenericFixed>
{
    /// <summary>Wraps bytes; their count must equal the schema's size.</summary>
    /// <exception cref="AvroException">Wrong number of bytes.</exception>
    public GenericFixed(FixedSchema schema, byte[] bytes)
    {
        if (bytes.Length != schema.Size)
            throw new AvroException($"Fixed {schema.FullName} needs {schema.Size} bytes, got {bytes.Length}");
        Schema = schema;
        Bytes = bytes;
    }

    /// <summary>The fixed schema.</summary>
    public FixedSchema Schema { get; }

    /// <summary>The bytes.</summary>
    public byte[] Bytes { get; }

    /// <inheritdoc />
    public bool Equals(GenericFixed? other) =>
        other is not null && other.Schema.FullName == Schema.FullName && other.Bytes.AsSpan().SequenceEqual(Bytes);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GenericFixed);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Schema.FullName, Bytes.Length);

    /// <inheritdoc />
    public override string ToString() => Convert.ToHexString(Bytes);
}
