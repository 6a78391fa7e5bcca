using Gateway.Options;

namespace Gateway.Pipeline;

/// <summary>
/// Tells the API when the outbox backlog (events committed but not yet published) is over its limit, so that it
/// answers 503 with Retry-After instead of accepting without bound while the stream is down.
/// </summary>
public sealed class Backpressure(GatewayOptions options)
{
    private long _pending;

    /// <summary>The backlog last measured.</summary>
    public long Pending => Interlocked.Read(ref _pending);

    /// <summary>Whether new submissions should be refused for now.</summary>
    public bool Overloaded => Pending >= options.OutboxBacklogLimit;

    /// <summary>Records a measurement.</summary>
    public void Report(long pending) => Interlocked.Exchange(ref _pending, pending);
}
