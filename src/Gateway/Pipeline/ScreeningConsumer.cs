using Gateway.Adapters.Streaming;
using Gateway.Options;

namespace Gateway.Pipeline;

/// <summary>
/// The screening and decision consumer, one member of the consumer group <c>Gateway:Stream:GroupId</c> on the
/// configured stream: the outbox itself on the embedded defaults, Kafka otherwise, where every worker process joins
/// the group and the partitions are shared among them. One code path in both modes: decode the Avro event, then
/// <see cref="ReportScreening"/>, whose processed mark makes a redelivery decide nothing twice. A message that cannot
/// be decoded is a permanent failure and goes to the dead-letter destination at once; one whose handling keeps failing
/// goes there after <c>Gateway:Stream:MaxAttempts</c> (<see cref="MessageHandling"/>).
/// </summary>
public sealed partial class ScreeningConsumer(IEventStream stream, ReportScreening screening, StreamTopics topics, GatewayOptions options,
    ILogger<ScreeningConsumer> log) : BackgroundService
{
    private long _handled;

    /// <summary>Events this process has handled (decided, or found decided before).</summary>
    public long Handled => Interlocked.Read(ref _handled);

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!GatewayRoles.Consumes(options.Role)) return;
        await Task.Yield(); // let the host finish starting
        await topics.EnsureAsync(stoppingToken);
        LogJoining(PipelineEvents.Topic, options.Stream.GroupId, options.Stream.Kind);
        await stream.ConsumeAsync(PipelineEvents.Topic, options.Stream.GroupId, HandleAsync, stoppingToken);
    }

    /// <summary>Handles one delivered message.</summary>
    public async Task HandleAsync(ReceivedMessage message, CancellationToken cancel)
    {
        PipelineEvent e;
        try
        {
            e = PipelineEventCodec.Decode(message.Value);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Decoding is pure: what fails once fails every time, so the message is dead-lettered at once, not retried.
            throw new PermanentMessageException("the event cannot be decoded", ex);
        }
        await screening.HandleAsync(e, cancel);
        Interlocked.Increment(ref _handled);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "screening consumer joins {Topic} in group {Group} on the {Kind} stream")]
    private partial void LogJoining(string topic, string group, string kind);
}
