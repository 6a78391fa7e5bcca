namespace Gateway.Adapters.Storage;

/// <summary>
/// A named lease in the store, held by one process at a time: how background work that must not run twice among
/// several processes on one store (the outbox relay, a carrier's webhook deliveries, the retention run) decides who runs
/// it. <see cref="HoldAsync"/> takes the lease, or renews it once half of <see cref="LeaseTime"/> has passed (not on
/// every call: each renewal is a store write); another process takes over once the holder stops renewing and the lease
/// lapses, so work stalls at most <see cref="LeaseTime"/> and one <see cref="RetryAfter"/> after its holder stopped.
/// </summary>
public sealed class StoreLease
{
    private readonly IGatewayStore _store;
    private readonly TimeProvider _clock;
    private DateTimeOffset _until;

    /// <summary>Creates a lease handle for this process (its own owner id).</summary>
    /// <param name="store">The store that keeps the lease.</param>
    /// <param name="name">The lease's name, e.g. <c>outbox-relay</c> or <c>webhook:KE</c>.</param>
    /// <param name="leaseTime">How long a take or renewal holds; must be positive.</param>
    /// <param name="clock">The clock.</param>
    public StoreLease(IGatewayStore store, string name, TimeSpan leaseTime, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(leaseTime, TimeSpan.Zero);
        (_store, Name, LeaseTime, _clock) = (store, name, leaseTime, clock);
    }

    /// <summary>The lease's name in the store.</summary>
    public string Name { get; }

    /// <summary>How long a take or renewal holds.</summary>
    public TimeSpan LeaseTime { get; }

    /// <summary>This holder's owner id (machine and a random part, so two processes on one machine differ).</summary>
    public string Owner { get; } = Environment.MachineName + "/" + Guid.NewGuid().ToString("N");

    /// <summary>How long to wait before asking again after <see cref="HoldAsync"/> said another process holds it.</summary>
    public TimeSpan RetryAfter => LeaseTime / 3;

    /// <summary>
    /// Takes or renews the lease. True: this process holds it for at least half the lease time; false: another process
    /// holds it (ask again after <see cref="RetryAfter"/>).
    /// </summary>
    public async Task<bool> HoldAsync(CancellationToken cancel)
    {
        var now = _clock.GetUtcNow();
        if (now + LeaseTime / 2 < _until) return true;
        if (!await _store.TryLeaseAsync(Name, Owner, now, now + LeaseTime, cancel).ConfigureAwait(false))
        {
            _until = default;
            return false;
        }
        _until = now + LeaseTime;
        return true;
    }
}
