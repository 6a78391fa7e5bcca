namespace Gateway.Benchmarks.Eval;

/// <summary>
/// Which half of the generated and real pairs a run uses. Every set is split by its list reference (a stable hash), so
/// a person's variants are all on one side: rules are tuned on <see cref="Tune"/> and the figures reported come from
/// <see cref="Report"/>, which tuning never looks at.
/// </summary>
internal enum EvalSplit
{
    Report,
    Tune,
    All,
}

/// <summary>The split test.</summary>
internal static class EvalSplits
{
    /// <summary>Whether the person with this reference belongs to <paramref name="split"/> (FNV-1a of the reference, stable across runs).</summary>
    public static bool Includes(this EvalSplit split, string reference)
    {
        if (split == EvalSplit.All) return true;
        var h = 2166136261u;
        foreach (var c in reference) h = (h ^ c) * 16777619u;
        var tune = (h >> 7) % 2 == 0;
        return split == EvalSplit.Tune ? tune : !tune;
    }
}
