namespace Gateway.Schemas.Avro;

/// <summary>A named type: record, enum or fixed. Names are compared by full name.</summary>
public abstract class NamedSchema : AvroSchema
{
    private protected NamedSchema(AvroType type, string name, string? space, IReadOnlyList<string> aliases, string? doc, LogicalType? logical)
        : base(type, logical)
    {
        Name = name;
        Namespace = string.IsNullOrEmpty(space) ? null : space;
        FullName = Namespace is null ? name : Namespace + "." + name;
        Aliases = aliases;
        Doc = doc;
    }

    /// <summary>The unqualified name.</summary>
    public string Name { get; }

    /// <summary>The namespace, or null for the null namespace.</summary>
    public string? Namespace { get; }

    /// <summary>Namespace and name joined by a dot.</summary>
    public string FullName { get; }

    /// <summary>Alternative full names a reader accepts for this type (schema resolution).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Documentation, not part of the canonical form.</summary>
    public string? Doc { get; }

    /// <inheritdoc />
    public override string DisplayName => FullName;

    /// <summary>Whether a writer's type of this full name is accepted: same unqualified name, or a listed alias.</summary>
    public bool Accepts(NamedSchema writer)
    {
        if (writer.Name == Name) return true;
        foreach (var alias in Aliases)
        {
            if (alias == writer.FullName) return true;
        }
        return false;
    }
}
