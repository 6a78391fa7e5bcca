namespace Gateway.Schemas.Avro;

/// <summary>
/// An Avro schema: a primitive, a named type (record, enum, fixed) or a container (array, map, union).
/// Schemas are immutable once parsed and safe to share across threads; records may refer to themselves.
/// </summary>
public abstract class AvroSchema
{
    private protected AvroSchema(AvroType type, LogicalType? logical)
    {
        Type = type;
        Logical = logical;
    }

    /// <summary>The schema type.</summary>
    public AvroType Type { get; }

    /// <summary>The logical type annotation when it is one the codec understands and valid here.</summary>
    public LogicalType? Logical { get; }

    /// <summary>The name used to pick a union branch and to print the schema: primitive name or full name.</summary>
    public abstract string DisplayName { get; }

    /// <summary>Parses a schema from its JSON text.</summary>
    /// <exception cref="AvroException">The text is not JSON or not a valid Avro schema; the message says where.</exception>
    public static AvroSchema Parse(string json) => AvroSchemaParser.Parse(json);

    /// <summary>The Parsing Canonical Form of this schema (Avro 1.11 specification).</summary>
    public string ToCanonicalForm() => CanonicalForm.Write(this);

    /// <summary>The CRC-64-AVRO (Rabin) fingerprint of the Parsing Canonical Form.</summary>
    public long Fingerprint() => RabinFingerprint.Compute(ToCanonicalForm());

    /// <inheritdoc />
    public override string ToString() => ToCanonicalForm();
}
