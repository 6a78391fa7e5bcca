using Gateway.Runner.Engine;

namespace Gateway.Runner.Scenarios;

/// <summary><c>GET /health/live</c> on the same Kestrel: what this machine, runner and HTTP stack can do at all.</summary>
public sealed class BaselineScenario(HttpClient client) : IScenario
{
    private static readonly Uri Live = new("/health/live", UriKind.Relative);

    /// <inheritdoc />
    public string Name => "baseline";

    /// <inheritdoc />
    public async Task<Exchange> SendAsync(long index, CancellationToken cancel)
    {
        using var response = await client.GetAsync(Live, cancel);
        await response.Content.LoadIntoBufferAsync(cancel);
        return new Exchange((int)response.StatusCode, null);
    }
}
