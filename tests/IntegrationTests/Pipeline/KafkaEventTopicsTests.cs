using Gateway.IntegrationTests.Service;
using Gateway.IntegrationTests.Streaming;
using Gateway.Pipeline;
using Microsoft.Data.Sqlite;

namespace Gateway.IntegrationTests.Pipeline;

/// <summary>
/// The gateway on Kafka (librdkafka's mock cluster) with a schema registry (served in the test): every event type is read
/// from its topic by an agency consumer with Confluent's <c>AvroDeserializer</c> and checked against what was submitted.
/// </summary>
public sealed class KafkaEventTopicsTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-kafka-events-").FullName;
    private readonly KafkaMockCluster _cluster = new();
    private InTestSchemaRegistry _registry = null!;
    private GatewayServer _server = null!;

    public async Task InitializeAsync()
    {
        _registry = await InTestSchemaRegistry.StartAsync();
        _cluster.CreateTopics([.. EventTopics.All]);
        _server = await GatewayServer.StartAsync(_data, _clock, new Dictionary<string, string?>
        {
            ["Gateway:Stream:Kind"] = "kafka",
            ["Gateway:Stream:Kafka:BootstrapServers"] = _cluster.BootstrapServers,
            ["Gateway:Stream:Kafka:SchemaRegistry:Url"] = _registry.Url,
            ["Gateway:Stream:Kafka:Consumer:session.timeout.ms"] = "6000",
            ["Gateway:Stream:Kafka:Consumer:heartbeat.interval.ms"] = "500",
        });
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _registry.DisposeAsync();
        _cluster.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Each_event_type_is_read_from_its_topic_with_confluents_avro_deserializer()
    {
        var sent = await EventScenario.RunAsync(_server);
        EventScenario.Check(sent, new KafkaTopicSource(_cluster.BootstrapServers, _registry.Url));
        foreach (var topic in EventTopics.All) Assert.Single(_registry.Versions(topic + "-value")); // one schema per topic's subject
        Assert.Empty(_registry.Unexpected);
    }
}
