using Gateway.Runner.Engine;

namespace Gateway.Runner.Scenarios;

/// <summary>A weighted mix of the other scenarios; which one request <c>i</c> is depends only on <c>i</c>.</summary>
public sealed class MixScenario : IScenario
{
    private readonly (IScenario Scenario, int Weight)[] _parts;
    private readonly int _total;

    /// <summary>A mix with the given weights (e.g. iapi 85, batch 5, crew 5, pnr 5).</summary>
    public MixScenario(IReadOnlyList<(IScenario Scenario, int Weight)> parts)
    {
        if (parts.Count == 0 || parts.Any(p => p.Weight < 0) || parts.Sum(p => p.Weight) == 0)
        {
            throw new ArgumentException("a mix needs at least one scenario with a positive weight", nameof(parts));
        }
        _parts = [.. parts];
        _total = parts.Sum(p => p.Weight);
    }

    /// <inheritdoc />
    public string Name => "mix";

    /// <summary>The scenario request <paramref name="index"/> belongs to.</summary>
    public IScenario Pick(long index)
    {
        // A multiplicative hash spreads the kinds evenly over time instead of in runs.
        int slot = (int)((ulong)(index * unchecked((long)0x9E3779B97F4A7C15UL)) % (ulong)_total);
        foreach (var (scenario, weight) in _parts)
        {
            if (slot < weight) return scenario;
            slot -= weight;
        }
        return _parts[^1].Scenario;
    }

    /// <inheritdoc />
    public Task<Exchange> SendAsync(long index, CancellationToken cancel) => Pick(index).SendAsync(index, cancel);
}
