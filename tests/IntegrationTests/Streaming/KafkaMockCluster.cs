using Confluent.Kafka;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>
/// librdkafka's in-process mock cluster (<c>test.mock.num.brokers=3</c>): the owning client creates three mock
/// brokers on 127.0.0.1; their addresses, read from the cluster metadata, are the bootstrap servers every other
/// client (the stream's producer and consumers) connects to. The cluster lives as long as this object.
/// </summary>
internal sealed class KafkaMockCluster : IDisposable
{
    private readonly IProducer<byte[], byte[]> _owner;

    public KafkaMockCluster()
    {
        Gateway.Adapters.Streaming.KafkaNative.EnsureLoaded();
        var config = new ProducerConfig { BootstrapServers = "127.0.0.1:1" };
        config.Set("test.mock.num.brokers", "3");
        _owner = new ProducerBuilder<byte[], byte[]>(config).Build();
        using var admin = new DependentAdminClientBuilder(_owner.Handle).Build();
        var metadata = admin.GetMetadata(TimeSpan.FromSeconds(30));
        Brokers = metadata.Brokers.Count;
        BootstrapServers = string.Join(',', metadata.Brokers.Select(b => $"{b.Host}:{b.Port}"));
    }

    public string BootstrapServers { get; }

    /// <summary>
    /// Creates topics. The 2.0.2 mock brokers name no controller, so CreateTopics (AdminClient) cannot run against
    /// them; a producer's metadata request for a topic auto-creates it instead, with the mock's default partition count.
    /// </summary>
    public int CreateTopics(params string[] topics)
    {
        using var admin = new DependentAdminClientBuilder(_owner.Handle).Build();
        int partitions = 0;
        foreach (var topic in topics)
        {
            for (int attempt = 0; attempt < 50; attempt++)
            {
                var t = admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single();
                if (t.Error.Code == ErrorCode.NoError && t.Partitions.Count > 0)
                {
                    partitions = t.Partitions.Count;
                    break;
                }
                Thread.Sleep(100);
            }
        }
        return partitions;
    }

    public int Brokers { get; }

    public void Dispose() => _owner.Dispose();
}
