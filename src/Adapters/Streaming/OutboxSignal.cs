namespace Gateway.Adapters.Streaming;

/// <summary>
/// Tells whoever reads the outbox (the embedded stream's consumer, or the relay to Kafka) that new rows were committed,
/// so it looks now instead of at its next poll. Take <see cref="Next"/> before reading the outbox and wait on it after
/// finding nothing: a wake in between is then not missed.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = New();

    /// <summary>Completes at the next <see cref="Wake"/>.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Rows were committed.</summary>
    public void Wake() => Interlocked.Exchange(ref _next, New()).TrySetResult();

    /// <summary>Waits for <paramref name="next"/> (taken from <see cref="Next"/>) or at most <paramref name="poll"/>.</summary>
    public static async Task WaitAsync(Task next, TimeSpan poll, CancellationToken cancel)
    {
        try
        {
            await next.WaitAsync(poll, cancel).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Poll: another process (a shared PostgreSQL store) may have written rows this one was not told about.
        }
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
