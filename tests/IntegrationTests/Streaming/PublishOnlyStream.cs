using System.Collections.Concurrent;
using Gateway.Adapters.Streaming;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>
/// A stand-in for Kafka behind the outbox relay: publishing is what the test scripts, consuming waits forever, and the
/// dead letters the relay sends are kept for the test to read.
/// </summary>
internal abstract class PublishOnlyStream : IEventStream
{
    public ConcurrentQueue<DeadLetter> DeadLetters { get; } = new();

    public abstract Task PublishAsync(string topic, StreamMessage message, CancellationToken cancellationToken = default);

    public Task ConsumeAsync(string topic, string group, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken cancellationToken) =>
        Task.Delay(Timeout.Infinite, cancellationToken);

    public Task DeadLetterAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        DeadLetters.Enqueue(letter);
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
