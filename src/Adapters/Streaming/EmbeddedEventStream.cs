using System.Collections.Concurrent;

namespace Gateway.Adapters.Streaming;

/// <summary>
/// The in-process stream (the default on one machine, no Kafka): topics split into partitions by key, consumer
/// groups sharing partitions round-robin among their members and rebalancing when members join or leave, offsets
/// committed per group only after the handler returns, a per-partition lock so a partition handed to another
/// member is never handled twice at once; retries and dead letters (the topic's <c>.dlq</c> topic) through
/// <see cref="MessageHandling"/>. Messages live in memory: persistence
/// across restarts comes from the outbox in the local store (not part of this class).
/// </summary>
public sealed class EmbeddedEventStream : IEventStream
{
    private readonly StreamOptions _options;
    private readonly ConcurrentDictionary<string, EmbeddedTopic> _topics = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Topic, string Group), EmbeddedGroup> _groups = new();
    private TaskCompletionSource _changed = NewSignal();

    /// <summary>Creates the stream.</summary>
    public EmbeddedEventStream(StreamOptions? options = null)
    {
        _options = options ?? new StreamOptions();
        Handling = new MessageHandling(_options);
    }

    /// <summary>Retries, dead letters and their log (set it to log through the host's logger).</summary>
    public MessageHandling Handling { get; init; }

    /// <inheritdoc />
    public Task PublishAsync(string topic, StreamMessage message, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Topic(topic).Append(message);
        Signal();
        return Task.CompletedTask;
    }

    /// <summary>Messages in a topic (all partitions), for tests and diagnostics.</summary>
    public IReadOnlyList<StreamMessage> Messages(string topic) => Topic(topic).All();

    /// <inheritdoc />
    public async Task ConsumeAsync(string topic, string group, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken cancellationToken)
    {
        var t = Topic(topic);
        var g = _groups.GetOrAdd((topic, group), _ => new EmbeddedGroup(t.Partitions.Length));
        var member = g.Join();
        Signal();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var changed = Volatile.Read(ref _changed).Task;
                bool handled = false;
                for (int p = 0; p < t.Partitions.Length; p++)
                {
                    if (!g.Owns(member, p)) continue;
                    handled |= await HandleNextAsync(t, g, member, p, handler, cancellationToken);
                }
                if (!handled) await changed.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: whatever was not committed is redelivered to the group.
        }
        finally
        {
            g.Leave(member);
            Signal();
        }
    }

    private async Task<bool> HandleNextAsync(EmbeddedTopic t, EmbeddedGroup g, object member, int p,
        Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken ct)
    {
        var gate = g.Locks[p];
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (!g.Owns(member, p)) return false; // rebalanced while waiting
            long offset = g.Committed(p);
            var message = t.Partitions[p].At(offset);
            if (message is null) return false;
            var received = new ReceivedMessage(t.Name, p, offset, message.Key, message.Value, message.MessageId,
                message.Headers ?? new Dictionary<string, string>(), 1);
            if (!await Handling.HandleAsync(received, handler, this, ct).ConfigureAwait(false)) throw new OperationCanceledException(ct);
            g.Commit(p, offset + 1);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    /// <remarks>The dead-letter topic is the topic's name and <see cref="StreamOptions.DeadLetterSuffix"/>.</remarks>
    public Task DeadLetterAsync(DeadLetter letter, CancellationToken cancellationToken) =>
        PublishAsync(letter.Topic + _options.DeadLetterSuffix, letter.WithHeaders(), cancellationToken);

    private EmbeddedTopic Topic(string name) => _topics.GetOrAdd(name, n => new EmbeddedTopic(n, _options.Partitions));

    private void Signal() => Interlocked.Exchange(ref _changed, NewSignal()).TrySetResult();

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        foreach (var g in _groups.Values) g.Dispose();
        return ValueTask.CompletedTask;
    }
}
