using System.Threading.Channels;

namespace Gateway.Adapters.Storage;

/// <summary>
/// Group commit: requests hand their batches here and wait; one writer takes everything queued, commits it in a single
/// transaction and releases all the waiters at once. Under load many requests share one disk sync; a caller's task
/// completes only after its writes are durable, and fails if the commit failed. The writer is a thread of its own:
/// SQLite's "async" calls run synchronously, and a commit waiting on its disk sync must not hold one of the few
/// thread-pool threads of a small machine.
/// </summary>
public sealed class GroupCommitter : IAsyncDisposable
{
    private readonly IGatewayStore _store;
    private readonly int _maxBatches;
    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts the writer.</summary>
    public GroupCommitter(IGatewayStore store, int maxBatches = 256)
    {
        _store = store;
        _maxBatches = maxBatches;
        new Thread(WriteLoop) { IsBackground = true, Name = "group-commit" }.Start();
    }

    /// <summary>Commits the batch together with whatever else is waiting; completes when it is durable.</summary>
    public Task CommitAsync(WriteBatch batch, CancellationToken cancel = default)
    {
        var pending = new Pending(batch, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!_queue.Writer.TryWrite(pending)) throw new InvalidOperationException("the store is shutting down");
        return pending.Done.Task.WaitAsync(cancel);
    }

    private void WriteLoop()
    {
        try
        {
            var group = new List<Pending>(_maxBatches);
            while (_queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult()) WriteGroup(group);
        }
        finally
        {
            _stopped.TrySetResult();
        }
    }

    private void WriteGroup(List<Pending> group)
    {
        group.Clear();
        while (group.Count < _maxBatches && _queue.Reader.TryRead(out var next)) group.Add(next);
        var combined = new WriteBatch();
        foreach (var p in group) combined.Absorb(p.Batch);
        try
        {
            _store.CommitAsync(combined, CancellationToken.None).GetAwaiter().GetResult();
            foreach (var p in group) p.Done.TrySetResult();
        }
        catch (Exception) when (group.Count > 1)
        {
            // One bad batch (say a duplicate key from a racing resend) must not fail its neighbours: retry one by one.
            foreach (var p in group) CommitAlone(p);
        }
        catch (Exception e)
        {
            group[0].Done.TrySetException(e);
        }
    }

    private void CommitAlone(Pending p)
    {
        try
        {
            _store.CommitAsync(p.Batch, CancellationToken.None).GetAwaiter().GetResult();
            p.Done.TrySetResult();
        }
        catch (Exception e)
        {
            p.Done.TrySetException(e);
        }
    }

    /// <summary>Finishes what is queued, then stops.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _stopped.Task;
    }

    private sealed record Pending(WriteBatch Batch, TaskCompletionSource Done);
}
