using Avro.Specific;
using Confluent.Kafka;
using Confluent.Kafka.SyncOverAsync;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;

namespace Gateway.IntegrationTests.Pipeline;

/// <summary>Events read from the gateway's Kafka topics the way an agency's consumer reads them: Confluent's <see cref="AvroDeserializer{T}"/> and a schema registry.</summary>
internal sealed class KafkaTopicSource(string bootstrapServers, string registryUrl) : IEventSource
{
    public List<(string Key, T Value)> Read<T>(string topic, int atLeast) where T : class, ISpecificRecord, new()
    {
        using var registry = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = registryUrl });
        var config = new ConsumerConfig
        {
            BootstrapServers = bootstrapServers, GroupId = "agency-" + Guid.NewGuid().ToString("N"), AutoOffsetReset = AutoOffsetReset.Earliest,
        };
        using var consumer = new ConsumerBuilder<string, T>(config).SetValueDeserializer(new AvroDeserializer<T>(registry).AsSyncOverAsync()).Build();
        consumer.Subscribe(topic);
        var read = new List<(string Key, T Value)>();
        // Past the expected count, a short quiet period catches any extra event that should not be there.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var quietUntil = DateTime.MaxValue;
        while (DateTime.UtcNow < deadline && DateTime.UtcNow < quietUntil)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(200)) is { Message: not null } r) read.Add((r.Message.Key, r.Message.Value));
            if (read.Count >= atLeast && quietUntil == DateTime.MaxValue) quietUntil = DateTime.UtcNow + TimeSpan.FromSeconds(2);
        }
        consumer.Close();
        return read;
    }
}
