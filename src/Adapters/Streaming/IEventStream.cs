namespace Gateway.Adapters.Streaming;

/// <summary>
/// The event backbone: publish keyed messages, consume them in groups. Guarantees, for both implementations
/// (embedded and Kafka): at-least-once delivery (a message's position is committed only after its handler
/// returns), per-key order (one key, one partition, handled one at a time), partitions shared among the
/// consumers of a group, and a handler that keeps failing sends the message to the dead-letter topic
/// (<c>topic + ".dlq"</c>) instead of blocking the partition or dropping it.
/// </summary>
public interface IEventStream : IAsyncDisposable
{
    /// <summary>Publishes a message; completes when the stream has durably accepted it.</summary>
    Task PublishAsync(string topic, StreamMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Consumes a topic as one member of a consumer group until cancelled. The handler is called one message at
    /// a time per partition; an exception retries the message (up to the configured attempts) and then
    /// dead-letters it.
    /// </summary>
    Task ConsumeAsync(string topic, string group, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken cancellationToken);
}
