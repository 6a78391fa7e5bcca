namespace Gateway.Schemas.Avro;

/// <summary>A union: the value is one of the branches, written as the branch index and then the value.</summary>
public sealed class UnionSchema : AvroSchema
{
    internal UnionSchema(IReadOnlyList<AvroSchema> branches) : base(AvroType.Union, null) => Branches = branches;

    /// <summary>The branches in declaration order.</summary>
    public IReadOnlyList<AvroSchema> Branches { get; }

    /// <inheritdoc />
    public override string DisplayName => "union";

    /// <summary>The index of the <c>null</c> branch, or -1 (optional fields are <c>["null", T]</c>).</summary>
    public int NullIndex
    {
        get
        {
            for (int i = 0; i < Branches.Count; i++) if (Branches[i].Type == AvroType.Null) return i;
            return -1;
        }
    }
}
