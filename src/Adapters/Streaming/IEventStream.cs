namespace Gateway.Adapters.Streaming;

/// <summary>
/// The event backbone: publish keyed messages, consume them in groups, and take dead letters. An implementation is
/// transport only: it delivers, commits a message's position only after its handling is done, and keeps its one
/// dead-letter destination; what happens to a delivered message (retries of transient failures, none of permanent
/// ones, the dead letter with its reason, the log) is <see cref="MessageHandling"/>, the same for every backbone.
/// Guarantees, for every implementation (embedded, outbox, Kafka): at-least-once delivery, per-key order (one key,
/// one partition, handled one at a time), partitions shared among the consumers of a group, and a handler that
/// keeps failing sends the message to the dead-letter destination instead of blocking the partition or dropping it.
/// </summary>
public interface IEventStream : IAsyncDisposable
{
    /// <summary>Publishes a message; completes when the stream has durably accepted it.</summary>
    Task PublishAsync(string topic, StreamMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Consumes a topic as one member of a consumer group until cancelled. The handler is called one message at
    /// a time per partition, through <see cref="MessageHandling"/>: a transient exception retries the message (up to
    /// the configured attempts), a permanent one (<see cref="StreamErrors.IsPermanent"/>) does not, and then the
    /// message is dead-lettered.
    /// </summary>
    Task ConsumeAsync(string topic, string group, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken cancellationToken);

    /// <summary>
    /// Writes a message given up to this backbone's dead-letter destination, with its reason and origin; completes when
    /// it is durably kept. Only <see cref="MessageHandling"/> and the outbox relay call this: they log it first.
    /// </summary>
    Task DeadLetterAsync(DeadLetter letter, CancellationToken cancellationToken);
}
