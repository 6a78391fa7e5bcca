using Avro.Specific;

namespace Gateway.IntegrationTests.Pipeline;

/// <summary>Where a test reads the gateway's events from: the outbox table, or a topic on Kafka.</summary>
internal interface IEventSource
{
    /// <summary>The events of a topic with their keys, waiting (where the source can) until there are at least <paramref name="atLeast"/>.</summary>
    List<(string Key, T Value)> Read<T>(string topic, int atLeast) where T : class, ISpecificRecord, new();
}
