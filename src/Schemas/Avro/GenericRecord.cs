namespace Gateway.Schemas.Avro;

/// <summary>
/// A record value for any schema (the generic datum representation). Field values are: null, bool, int, long,
/// float, double, string, byte[], <see cref="GenericEnum"/>, <see cref="GenericFixed"/>, <see cref="GenericRecord"/>,
/// <see cref="IList{T}"/> of values (array), <see cref="IDictionary{TKey, TValue}"/> string → value (map), and for
/// logical types <see cref="DateTimeOffset"/>, <see cref="DateOnly"/>, <see cref="Guid"/>, <see cref="decimal"/>.
/// </summary>
public sealed class GenericRecord : IEquatable<GenericRecord>
{
    private readonly object?[] _values;

    /// <summary>Creates a record with every field unset (null).</summary>
    public GenericRecord(RecordSchema schema)
    {
        Schema = schema;
        _values = new object?[schema.Fields.Count];
    }

    /// <summary>The record's schema.</summary>
    public RecordSchema Schema { get; }

    /// <summary>A field value by position.</summary>
    public object? this[int position]
    {
        get => _values[position];
        set => _values[position] = value;
    }

    /// <summary>A field value by name.</summary>
    /// <exception cref="AvroException">The record has no such field.</exception>
    public object? this[string name]
    {
        get => _values[Position(name)];
        set => _values[Position(name)] = value;
    }

    /// <summary>Sets a field and returns the record, for building values in one expression.</summary>
    public GenericRecord With(string name, object? value)
    {
        this[name] = value;
        return this;
    }

    private int Position(string name) =>
        Schema.Field(name)?.Position ?? throw new AvroException($"Record {Schema.FullName} has no field \"{name}\"");

    /// <inheritdoc />
    public bool Equals(GenericRecord? other)
    {
        if (other is null || other.Schema.FullName != Schema.FullName || other._values.Length != _values.Length) return false;
        for (int i = 0; i < _values.Length; i++)
        {
            if (!DatumEquality.AreEqual(_values[i], other._values[i])) return false;
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GenericRecord);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Schema.FullName, _values.Length);

    /// <inheritdoc />
    public override string ToString() => AvroJson.Write(Schema, this);
}
