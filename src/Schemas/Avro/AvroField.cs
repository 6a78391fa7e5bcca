using System.Text.Json;

namespace Gateway.Schemas.Avro;

/// <summary>A record field.</summary>
public sealed class AvroField
{
    internal AvroField(string name, int position, AvroSchema schema, JsonElement? defaultJson, IReadOnlyList<string> aliases, string? doc, string order)
    {
        Name = name;
        Position = position;
        Schema = schema;
        DefaultJson = defaultJson;
        Aliases = aliases;
        Doc = doc;
        Order = order;
    }

    /// <summary>Field name.</summary>
    public string Name { get; }

    /// <summary>Zero-based position in the record (encoding order).</summary>
    public int Position { get; }

    /// <summary>The field's schema.</summary>
    public AvroSchema Schema { get; }

    /// <summary>The default as written in the schema JSON, or null when the field has none.</summary>
    public JsonElement? DefaultJson { get; }

    /// <summary>Whether the field declares a default (used when a writer lacks the field).</summary>
    public bool HasDefault => DefaultJson is not null;

    /// <summary>The default as a generic datum (see <see cref="GenericRecord"/>); set when the schema is parsed.</summary>
    public object? DefaultValue { get; internal set; }

    /// <summary>Other names a writer's field may have had (schema resolution).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Documentation.</summary>
    public string? Doc { get; }

    /// <summary>Sort order: ascending, descending or ignore.</summary>
    public string Order { get; }

    /// <inheritdoc />
    public override string ToString() => Name + ": " + Schema.DisplayName;
}
