namespace Gateway.Adapters.Contrl;

/// <summary>S011 data element identification: 0098 element position (1-based), 0104 component position, 0136 repetition (syntax 4).</summary>
public sealed record ErrorPosition(int Element, int? Component = null, int? Occurrence = null)
{
    /// <inheritdoc />
    public override string ToString() => Component is null ? $"element {Element}" : $"element {Element}, component {Component}";
}

/// <summary>An interchange or application party: identification and its code qualifier (S002/S003, S006/S007).</summary>
public sealed record PartyId(string Id, string? Qualifier = null)
{
    /// <inheritdoc />
    public override string ToString() => Qualifier is null ? Id : Id + ":" + Qualifier;
}

/// <summary>S009 message identifier: type, version, release, controlling agency and association code.</summary>
public sealed record MessageIdentifier(string Type, string Version, string Release, string Agency, string? Association = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Type}:{Version}:{Release}:{Agency}" + (Association is null ? "" : ":" + Association);
}
