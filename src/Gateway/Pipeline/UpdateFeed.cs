namespace Gateway.Pipeline;

/// <summary>Wakes long-polling readers of the carriers' update feed when new updates are committed.</summary>
public sealed class UpdateFeed
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A task that completes at the next <see cref="Notify"/>.</summary>
    public Task Changed => Volatile.Read(ref _next).Task;

    /// <summary>Tells every waiter that updates were committed.</summary>
    public void Notify() => Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
