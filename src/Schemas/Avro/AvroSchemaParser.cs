using System.Text.Json;

namespace Gateway.Schemas.Avro;

/// <summary>
/// Parses Avro schema JSON (specification 1.11): primitives, records, enums, arrays, maps, unions, fixed, named
/// references with namespaces and aliases, logical types. Errors name the path in the schema.
/// </summary>
internal sealed class AvroSchemaParser
{
    private readonly Dictionary<string, NamedSchema> _names = new(StringComparer.Ordinal);
    private readonly List<(AvroField Field, string Path)> _defaults = [];

    public static AvroSchema Parse(string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new AvroException($"Schema is not valid JSON: {e.Message}", e);
        }
        using (document)
        {
            var parser = new AvroSchemaParser();
            var schema = parser.ParseSchema(document.RootElement, null, "$");
            foreach (var (field, path) in parser._defaults)
            {
                field.DefaultValue = DefaultValues.FromJson(field.Schema, field.DefaultJson!.Value, path);
            }
            return schema;
        }
    }

    private AvroSchema ParseSchema(JsonElement e, string? space, string path)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                return Resolve(e.GetString()!, space, path);
            case JsonValueKind.Array:
                return ParseUnion(e, space, path);
            case JsonValueKind.Object:
                break;
            default:
                throw new AvroException($"{path}: a schema must be a type name, an object or an array, not {e.ValueKind}");
        }

        if (!e.TryGetProperty("type", out var typeElement))
            throw new AvroException($"{path}: schema object has no \"type\"");
        if (typeElement.ValueKind != JsonValueKind.String)
        {
            // {"type": {...}} or {"type": [...]} wraps another schema.
            return ParseSchema(typeElement, space, path);
        }
        string type = typeElement.GetString()!;
        if (PrimitiveSchema.TryParse(type, out var primitive))
        {
            var logical = LogicalTypes.Read(e, primitive, null);
            return logical is null ? PrimitiveSchema.Of(primitive) : new PrimitiveSchema(primitive, logical);
        }
        return type switch
        {
            "record" or "error" => ParseRecord(e, space, path, type == "error"),
            "enum" => ParseEnum(e, space, path),
            "fixed" => ParseFixed(e, space, path),
            "array" => new ArraySchema(ParseSchema(Required(e, "items", path), space, path + ".items")),
            "map" => new MapSchema(ParseSchema(Required(e, "values", path), space, path + ".values")),
            _ => Resolve(type, space, path),
        };
    }

    private AvroSchema Resolve(string name, string? space, string path)
    {
        if (PrimitiveSchema.TryParse(name, out var primitive)) return PrimitiveSchema.Of(primitive);
        if (!name.Contains('.', StringComparison.Ordinal) && space is not null && _names.TryGetValue(space + "." + name, out var inSpace))
            return inSpace;
        if (_names.TryGetValue(name, out var named)) return named;
        throw new AvroException($"{path}: unknown type \"{name}\" (named types must be defined before they are used)");
    }

    private UnionSchema ParseUnion(JsonElement e, string? space, string path)
    {
        var branches = new List<AvroSchema>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        foreach (var item in e.EnumerateArray())
        {
            string itemPath = $"{path}[{i++}]";
            var branch = ParseSchema(item, space, itemPath);
            if (branch.Type == AvroType.Union) throw new AvroException($"{itemPath}: a union may not directly contain a union");
            if (!seen.Add(branch.DisplayName))
                throw new AvroException($"{itemPath}: the union already has a branch of type \"{branch.DisplayName}\"");
            branches.Add(branch);
        }
        if (branches.Count == 0) throw new AvroException($"{path}: a union needs at least one branch");
        return new UnionSchema(branches);
    }

    private RecordSchema ParseRecord(JsonElement e, string? space, string path, bool isError)
    {
        var (name, ns) = Names(e, space, path);
        var record = new RecordSchema(name, ns, Aliases(e, ns, path), Doc(e), isError);
        Register(record, path);
        path = record.FullName;
        var fieldsElement = Required(e, "fields", path);
        if (fieldsElement.ValueKind != JsonValueKind.Array) throw new AvroException($"{path}: \"fields\" must be an array");
        var fields = new List<AvroField>();
        var fieldNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in fieldsElement.EnumerateArray())
        {
            string fieldName = RequiredString(f, "name", path + ".fields[" + fields.Count + "]");
            string fieldPath = path + "." + fieldName;
            CheckName(fieldName, fieldPath);
            if (!fieldNames.Add(fieldName)) throw new AvroException($"{fieldPath}: duplicate field name");
            var schema = ParseSchema(Required(f, "type", fieldPath), record.Namespace, fieldPath);
            JsonElement? defaultJson = f.TryGetProperty("default", out var d) ? d.Clone() : null;
            string order = f.TryGetProperty("order", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString()! : "ascending";
            if (order is not ("ascending" or "descending" or "ignore"))
                throw new AvroException($"{fieldPath}: order must be ascending, descending or ignore, not \"{order}\"");
            var fieldAliases = new List<string>();
            if (f.TryGetProperty("aliases", out var fa))
            {
                foreach (var a in fa.EnumerateArray()) fieldAliases.Add(a.GetString() ?? throw new AvroException($"{fieldPath}: aliases must be strings"));
            }
            var field = new AvroField(fieldName, fields.Count, schema, defaultJson, fieldAliases, Doc(f), order);
            if (defaultJson is not null) _defaults.Add((field, fieldPath));
            fields.Add(field);
        }
        record.SetFields(fields);
        return record;
    }

    private EnumSchema ParseEnum(JsonElement e, string? space, string path)
    {
        var (name, ns) = Names(e, space, path);
        string fullPath = ns is null ? name : ns + "." + name;
        var symbolsElement = Required(e, "symbols", fullPath);
        if (symbolsElement.ValueKind != JsonValueKind.Array) throw new AvroException($"{fullPath}: \"symbols\" must be an array");
        var symbols = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in symbolsElement.EnumerateArray())
        {
            string symbol = s.ValueKind == JsonValueKind.String ? s.GetString()! : throw new AvroException($"{fullPath}: symbols must be strings");
            CheckName(symbol, fullPath + " symbol");
            if (!seen.Add(symbol)) throw new AvroException($"{fullPath}: duplicate symbol \"{symbol}\"");
            symbols.Add(symbol);
        }
        string? defaultSymbol = null;
        if (e.TryGetProperty("default", out var d))
        {
            defaultSymbol = d.GetString();
            if (defaultSymbol is null || !seen.Contains(defaultSymbol))
                throw new AvroException($"{fullPath}: enum default \"{defaultSymbol}\" is not one of its symbols");
        }
        var schema = new EnumSchema(name, ns, Aliases(e, ns, path), Doc(e), symbols, defaultSymbol);
        Register(schema, path);
        return schema;
    }

    private FixedSchema ParseFixed(JsonElement e, string? space, string path)
    {
        var (name, ns) = Names(e, space, path);
        var sizeElement = Required(e, "size", path);
        if (sizeElement.ValueKind != JsonValueKind.Number || !sizeElement.TryGetInt32(out int size) || size < 0)
            throw new AvroException($"{path}: fixed \"size\" must be a non-negative integer");
        var schema = new FixedSchema(name, ns, Aliases(e, ns, path), Doc(e), size, LogicalTypes.Read(e, AvroType.Fixed, size));
        Register(schema, path);
        return schema;
    }

    private void Register(NamedSchema schema, string path)
    {
        if (PrimitiveSchema.TryParse(schema.Name, out _) && schema.Namespace is null)
            throw new AvroException($"{path}: \"{schema.Name}\" is a primitive type name and cannot name a type");
        if (!_names.TryAdd(schema.FullName, schema)) throw new AvroException($"{path}: type \"{schema.FullName}\" is defined twice");
    }

    private static (string Name, string? Space) Names(JsonElement e, string? space, string path)
    {
        string name = RequiredString(e, "name", path);
        string? ns = space;
        if (e.TryGetProperty("namespace", out var n) && n.ValueKind == JsonValueKind.String) ns = n.GetString();
        int dot = name.LastIndexOf('.');
        if (dot >= 0)
        {
            ns = name[..dot];
            name = name[(dot + 1)..];
        }
        CheckName(name, path);
        if (!string.IsNullOrEmpty(ns))
        {
            foreach (var part in ns.Split('.')) CheckName(part, path + " namespace");
        }
        return (name, string.IsNullOrEmpty(ns) ? null : ns);
    }

    private static List<string> Aliases(JsonElement e, string? ns, string path)
    {
        var aliases = new List<string>();
        if (!e.TryGetProperty("aliases", out var a)) return aliases;
        if (a.ValueKind != JsonValueKind.Array) throw new AvroException($"{path}: \"aliases\" must be an array");
        foreach (var alias in a.EnumerateArray())
        {
            string text = alias.GetString() ?? throw new AvroException($"{path}: aliases must be strings");
            aliases.Add(text.Contains('.', StringComparison.Ordinal) || ns is null ? text : ns + "." + text);
        }
        return aliases;
    }

    private static string? Doc(JsonElement e) =>
        e.TryGetProperty("doc", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString() : null;

    private static JsonElement Required(JsonElement e, string property, string path) =>
        e.TryGetProperty(property, out var v) ? v : throw new AvroException($"{path}: missing \"{property}\"");

    private static string RequiredString(JsonElement e, string property, string path)
    {
        var v = Required(e, property, path);
        return v.ValueKind == JsonValueKind.String ? v.GetString()! : throw new AvroException($"{path}: \"{property}\" must be a string");
    }

    private static void CheckName(string name, string path)
    {
        bool ok = name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_');
        for (int i = 1; ok && i < name.Length; i++) ok = char.IsAsciiLetterOrDigit(name[i]) || name[i] == '_';
        if (!ok) throw new AvroException($"{path}: \"{name}\" is not a valid Avro name ([A-Za-z_][A-Za-z0-9_]*)");
    }
}
