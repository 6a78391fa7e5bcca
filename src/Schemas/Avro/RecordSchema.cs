namespace Gateway.Schemas.Avro;

/// <summary>A named record. Fields are set once after construction so that a record may refer to itself.</summary>
public sealed class RecordSchema : NamedSchema
{
    private IReadOnlyList<AvroField> _fields = [];
    private Dictionary<string, AvroField> _byName = new(StringComparer.Ordinal);

    internal RecordSchema(string name, string? space, IReadOnlyList<string> aliases, string? doc, bool isError)
        : base(AvroType.Record, name, space, aliases, doc, null) => IsError = isError;

    /// <summary>Whether the schema was declared as <c>error</c> (protocols); encoded like a record.</summary>
    public bool IsError { get; }

    /// <summary>Fields in declaration (and encoding) order.</summary>
    public IReadOnlyList<AvroField> Fields => _fields;

    /// <summary>The field of that name, or null.</summary>
    public AvroField? Field(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The field a writer's field of that name feeds: by name, then by the reader field's aliases.</summary>
    public AvroField? FieldForWriter(string writerName)
    {
        if (_byName.TryGetValue(writerName, out var field)) return field;
        foreach (var f in _fields)
        {
            foreach (var alias in f.Aliases) if (alias == writerName) return f;
        }
        return null;
    }

    internal void SetFields(IReadOnlyList<AvroField> fields)
    {
        _fields = fields;
        _byName = new Dictionary<string, AvroField>(fields.Count, StringComparer.Ordinal);
        foreach (var f in fields) _byName[f.Name] = f;
    }
}
