namespace Gateway.Schemas.Avro;

/// <summary>A named enumeration; written as the zero-based index of the symbol.</summary>
public sealed class EnumSchema : NamedSchema
{
    private readonly Dictionary<string, int> _index;

    internal EnumSchema(string name, string? space, IReadOnlyList<string> aliases, string? doc, IReadOnlyList<string> symbols, string? defaultSymbol)
        : base(AvroType.Enum, name, space, aliases, doc, null)
    {
        Symbols = symbols;
        Default = defaultSymbol;
        _index = new Dictionary<string, int>(symbols.Count, StringComparer.Ordinal);
        for (int i = 0; i < symbols.Count; i++) _index[symbols[i]] = i;
    }

    /// <summary>Symbols in declaration order.</summary>
    public IReadOnlyList<string> Symbols { get; }

    /// <summary>The symbol a reader uses for a writer symbol it does not know (schema resolution), or null.</summary>
    public string? Default { get; }

    /// <summary>The index of a symbol, or -1.</summary>
    public int IndexOf(string symbol) => _index.TryGetValue(symbol, out int i) ? i : -1;
}
