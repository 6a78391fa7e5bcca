using Gateway.Runner.Engine;

namespace Gateway.Runner.Scenarios;

/// <summary>One kind of request the runner sends; request <c>index</c> is deterministic for a run.</summary>
public interface IScenario
{
    /// <summary>The scenario's name in results.</summary>
    string Name { get; }

    /// <summary>Sends request <paramref name="index"/> and reads what reconciliation needs from the answer.</summary>
    Task<Exchange> SendAsync(long index, CancellationToken cancel);
}
