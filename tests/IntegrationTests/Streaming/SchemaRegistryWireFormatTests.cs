using System.Buffers.Binary;
using System.Collections.Concurrent;
using Avro.IO;
using Avro.Specific;
using Confluent.Kafka;
using Confluent.Kafka.SyncOverAsync;
using Confluent.SchemaRegistry;
using Confluent.SchemaRegistry.Serdes;
using Gateway.Adapters.Events;
using Gateway.Adapters.Streaming;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>
/// With <c>Gateway:Stream:Kafka:SchemaRegistry:Url</c> set, the gateway's topic carries the Confluent Schema Registry
/// wire format (magic 0, schema id, Avro binary) under the topic's subject: proved by consuming it with Confluent's own
/// <see cref="AvroDeserializer{T}"/> and with a plain Apache.Avro reader, against a registry endpoint served in the test
/// and librdkafka's mock cluster.
/// </summary>
public sealed class SchemaRegistryWireFormatTests : IAsyncLifetime
{
    private const string Topic = "gateway.reports"; // the gateway's report topic (PipelineEvents.Topic)
    private const string Subject = Topic + "-value";
    private readonly KafkaMockCluster _cluster = new();
    private InTestSchemaRegistry _registry = null!;

    public async Task InitializeAsync()
    {
        _registry = await InTestSchemaRegistry.StartAsync();
        _cluster.CreateTopics(Topic);
    }

    public async Task DisposeAsync()
    {
        await _registry.DisposeAsync();
        _cluster.Dispose();
    }

    private KafkaEventStream GatewayStream() => new(new StreamOptions(), new KafkaStreamOptions
    {
        BootstrapServers = _cluster.BootstrapServers,
        SchemaRegistry = { Url = _registry.Url },
        Consumer = { ["session.timeout.ms"] = "6000", ["heartbeat.interval.ms"] = "500" },
    });

    /// <summary>The gateway publishes a report event as it does from the outbox (the single-object encoding in hand).</summary>
    private async Task<Events.ReportAccepted> PublishThroughTheGateway()
    {
        var report = SampleEvents.Report(4);
        await using var stream = GatewayStream();
        Assert.StartsWith("Confluent Schema Registry wire format", stream.ValueEncoding, StringComparison.Ordinal);
        await stream.PublishAsync(Topic, new StreamMessage(report.flightKey, EventCodec<Events.ReportAccepted>.Instance.Encode(report), report.eventId.ToString()));
        return report;
    }

    private List<ConsumeResult<string, T>> ConsumeAll<T>(IDeserializer<T> values, int count)
    {
        var config = new ConsumerConfig
        {
            BootstrapServers = _cluster.BootstrapServers, GroupId = "agency-" + Guid.NewGuid().ToString("N"), AutoOffsetReset = AutoOffsetReset.Earliest,
        };
        using var consumer = new ConsumerBuilder<string, T>(config).SetValueDeserializer(values).Build();
        consumer.Subscribe(Topic);
        var results = new List<ConsumeResult<string, T>>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (results.Count < count && DateTime.UtcNow < deadline)
        {
            if (consumer.Consume(TimeSpan.FromMilliseconds(500)) is { Message: not null } r) results.Add(r);
        }
        consumer.Close();
        return results;
    }

    private static byte[] Encoded(Events.ReportAccepted e) => EventCodec<Events.ReportAccepted>.Instance.Encode(e);

    [Fact]
    public async Task Confluents_avro_deserializer_reads_the_gateways_topic_through_the_registry()
    {
        var report = await PublishThroughTheGateway();

        using var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _registry.Url });
        var read = Assert.Single(ConsumeAll(new AvroDeserializer<Events.ReportAccepted>(client).AsSyncOverAsync(), 1));

        Assert.Equal(Encoded(report), Encoded(read.Message.Value)); // every field as the gateway was given it
        Assert.Equal(("KIM", "r_5e4f4a3b8c2d1e0f9a8b7c6d"), (read.Message.Value.travellers[0].name.surname, read.Message.Value.reportId));
        Assert.Equal(report.flightKey, read.Message.Key);
        int id = Assert.Single(_registry.Versions(Subject)); // registered under the topic's subject
        Assert.Contains($"POST /subjects/{Subject}/versions", _registry.Requests);
        Assert.Contains($"GET /schemas/ids/{id}", _registry.Requests);
        Assert.Empty(_registry.Unexpected);
    }

    [Fact]
    public async Task A_plain_apache_avro_reader_decodes_the_wire_format_with_the_registered_schema()
    {
        var report = await PublishThroughTheGateway();

        var raw = Assert.Single(ConsumeAll(Deserializers.ByteArray, 1)).Message.Value;

        Assert.Equal(0, raw[0]); // magic byte
        int id = BinaryPrimitives.ReadInt32BigEndian(raw.AsSpan(1, 4));
        Assert.Equal(Assert.Single(_registry.Versions(Subject)), id);
        var writer = Avro.Schema.Parse(_registry.SchemaById(id));
        Assert.Equal("kr.go.immigration.gateway.events.ReportAccepted", writer.Fullname);
        using var body = new MemoryStream(raw, 5, raw.Length - 5);
        var decoded = new SpecificDatumReader<Events.ReportAccepted>(writer, Events.ReportAccepted._SCHEMA).Read(null!, new BinaryDecoder(body));
        Assert.Equal(body.Length, body.Position);
        Assert.Equal(Encoded(report), Encoded(decoded));
    }

    [Fact]
    public async Task The_gateways_consumers_read_the_wire_format_whoever_produced_it()
    {
        var fromGateway = await PublishThroughTheGateway();
        // An agency producer writes the same event type with Confluent's own serializer.
        var fromAgency = SampleEvents.Report(2);
        fromAgency.eventId = Guid.Parse("11111111-2222-4333-8444-555555555555");
        using (var client = new CachedSchemaRegistryClient(new SchemaRegistryConfig { Url = _registry.Url }))
        using (var producer = new ProducerBuilder<string, Events.ReportAccepted>(new ProducerConfig { BootstrapServers = _cluster.BootstrapServers })
            .SetValueSerializer(new AvroSerializer<Events.ReportAccepted>(client)).Build())
        {
            await producer.ProduceAsync(Topic, new Message<string, Events.ReportAccepted> { Key = fromAgency.flightKey, Value = fromAgency });
        }

        var handled = new ConcurrentQueue<byte[]>();
        await using (var stream = GatewayStream())
        {
            using var stop = new CancellationTokenSource();
            var consuming = stream.ConsumeAsync(Topic, "gateway-screening", (m, _) => { handled.Enqueue(m.Value); return Task.CompletedTask; }, stop.Token);
            var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
            while (handled.Count < 2 && DateTime.UtcNow < deadline) await Task.Delay(50);
            await stop.CancelAsync();
            await consuming;
        }

        // Handlers get the single-object encoding, as from the outbox: the same bytes the gateway encodes.
        var expected = new[] { Encoded(fromGateway), Encoded(fromAgency) }.Select(Convert.ToHexString).Order(StringComparer.Ordinal);
        Assert.Equal(expected, handled.Select(Convert.ToHexString).Order(StringComparer.Ordinal));
        Assert.Empty(_registry.Unexpected);
    }
}
