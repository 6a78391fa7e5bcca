namespace Gateway.Adapters.Streaming;

/// <summary>Kafka connection settings (the gateway binds them from <c>Gateway:Stream:Kafka</c>).</summary>
public sealed class KafkaStreamOptions
{
    /// <summary>Comma-separated <c>host:port</c> list.</summary>
    public string BootstrapServers { get; set; } = "127.0.0.1:9092";

    /// <summary>Replication factor of topics the gateway creates.</summary>
    public short ReplicationFactor { get; set; } = 1;

    /// <summary>
    /// 0 (default): commit each message's offset synchronously once it is handled. Above 0: store offsets as they
    /// are handled and let the auto-commit timer commit them every so many milliseconds (and on rebalance and close).
    /// </summary>
    public int CommitIntervalMs { get; set; }

    /// <summary>
    /// How long the producer tries to deliver a message before reporting failure (librdkafka <c>message.timeout.ms</c>).
    /// A publish completes only when the brokers acknowledged it (<c>acks=all</c>) or this time passed; the relay then
    /// retries, so a short timeout lets it notice an outage (and measure the backlog) sooner.
    /// </summary>
    public int DeliveryTimeoutMs { get; set; } = 30_000;

    /// <summary>The Confluent Schema Registry (<c>Gateway:Stream:Kafka:SchemaRegistry:Url</c> and its authentication);
    /// without a URL, event values are in the registry-less Avro single-object encoding.</summary>
    public SchemaRegistryOptions SchemaRegistry { get; set; } = new();

    /// <summary>Extra librdkafka producer settings, passed through (e.g. <c>linger.ms</c>, <c>security.protocol</c>).</summary>
    public Dictionary<string, string> Producer { get; set; } = [];

    /// <summary>Extra librdkafka consumer settings, passed through.</summary>
    public Dictionary<string, string> Consumer { get; set; } = [];
}
