using Gateway.Adapters.Storage;
using Gateway.Adapters.Streaming;
using Gateway.Options;
using Gateway.Pipeline;

namespace Gateway.Extensions;

/// <summary>
/// The event backbone: the stream <c>Gateway:Stream:Kind</c> names (the outbox itself on the embedded default, Kafka
/// otherwise), the relay from the outbox to Kafka and the screening consumer. Both background services are always
/// registered and decide from the bound options whether this process runs them (<c>Gateway:Role</c>), because the
/// configuration is complete only when the host is built.
/// </summary>
internal static partial class StreamingRegistration
{
    public static void AddStreaming(this IServiceCollection services)
    {
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton(sp => new MessageHandling(sp.GetRequiredService<GatewayOptions>().Stream.ToStreamOptions(),
            sp.GetRequiredService<ILogger<MessageHandling>>()));
        services.AddSingleton<IEventStream>(sp =>
        {
            var stream = sp.GetRequiredService<GatewayOptions>().Stream;
            var handling = sp.GetRequiredService<MessageHandling>();
            if (stream.IsKafka)
            {
                var kafka = new KafkaEventStream(stream.ToStreamOptions(), stream.Kafka) { Handling = handling };
                KafkaStarted(sp.GetRequiredService<ILogger<KafkaEventStream>>(), Confluent.Kafka.Library.VersionString,
                    KafkaNative.LoadedPath ?? "?", kafka.ValueEncoding);
                return kafka;
            }
            var backpressure = sp.GetRequiredService<Backpressure>();
            var log = sp.GetRequiredService<ILogger<OutboxEventStream>>();
            return new OutboxEventStream(sp.GetRequiredService<IGatewayStore>(), stream.ToStreamOptions(), sp.GetRequiredService<OutboxSignal>(),
                backpressure.Report)
            {
                StoreFailed = e => StoreUnavailable(log, e),
                Handling = handling,
            };
        });
        services.AddSingleton<StreamTopics>();
        services.AddSingleton<OutboxRelay>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxRelay>());
        services.AddSingleton<ScreeningConsumer>();
        services.AddHostedService(sp => sp.GetRequiredService<ScreeningConsumer>());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Kafka stream: librdkafka {Version} from {Library}; event values in the {Encoding}")]
    private static partial void KafkaStarted(ILogger log, string version, string library, string encoding);

    [LoggerMessage(Level = LogLevel.Warning, Message = "the store is unavailable; the embedded stream retries")]
    private static partial void StoreUnavailable(ILogger log, Exception e);
}
