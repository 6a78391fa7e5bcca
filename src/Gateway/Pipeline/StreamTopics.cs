using Gateway.Adapters.Streaming;

namespace Gateway.Pipeline;

/// <summary>
/// Creates the pipeline's topics (and their dead-letter topics) on Kafka once per process, with the configured
/// partitions. A broker that is down or refuses (no controller, no rights) is logged, not fatal: the relay and the
/// consumers work on topics created by the operator or auto-created by the brokers as well.
/// </summary>
public sealed partial class StreamTopics(IEventStream stream, ILogger<StreamTopics> log)
{
    private readonly Lock _gate = new();
    private Task? _ensured;

    /// <summary>Waits (at most ten seconds) for the topics to exist.</summary>
    public Task EnsureAsync(CancellationToken cancel)
    {
        if (stream is not KafkaEventStream kafka) return Task.CompletedTask;
        lock (_gate) _ensured ??= CreateAsync(kafka);
        return _ensured.WaitAsync(cancel);
    }

    private async Task CreateAsync(KafkaEventStream kafka)
    {
        try
        {
            await kafka.EnsureTopicsAsync(EventTopics.All).WaitAsync(TimeSpan.FromSeconds(10));
        }
        catch (Exception e)
        {
            LogNotCreated(string.Join(", ", EventTopics.All), e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "could not create topics {Topics}; using them as the brokers have them")]
    private partial void LogNotCreated(string topics, Exception e);
}
