using System.Reflection;
using System.Runtime.InteropServices;
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
        BrokerIds = [.. metadata.Brokers.Select(b => b.BrokerId)];
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

    private int[] BrokerIds { get; } = [];

    /// <summary>
    /// Takes every mock broker down (connections closed, new ones refused) or brings them back: an outage of the whole
    /// cluster while its addresses stay the same. Confluent.Kafka does not wrap librdkafka's mock API, so this calls
    /// <c>rd_kafka_mock_broker_set_down</c>/<c>_up</c> on the owning client's mock cluster directly.
    /// </summary>
    public void SetBrokers(bool up)
    {
        var handle = (SafeHandle)_owner.Handle.GetType().GetProperty("LibrdkafkaHandle", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(_owner.Handle)!;
        IntPtr cluster = MockApi.rd_kafka_handle_mock_cluster(handle.DangerousGetHandle());
        if (cluster == IntPtr.Zero) throw new InvalidOperationException("the owning client has no mock cluster");
        foreach (int id in BrokerIds)
        {
            int error = up ? MockApi.rd_kafka_mock_broker_set_up(cluster, id) : MockApi.rd_kafka_mock_broker_set_down(cluster, id);
            if (error != 0) throw new InvalidOperationException($"mock broker {id}: librdkafka error {error}");
        }
    }

    public void Dispose() => _owner.Dispose();

    private static class MockApi
    {
#pragma warning disable SYSLIB1054, CA5392 // plain P/Invoke of a C API with blittable arguments; Debian's library by name
        [DllImport("librdkafka.so.1")]
        public static extern IntPtr rd_kafka_handle_mock_cluster(IntPtr rk);

        [DllImport("librdkafka.so.1")]
        public static extern int rd_kafka_mock_broker_set_down(IntPtr cluster, int brokerId);

        [DllImport("librdkafka.so.1")]
        public static extern int rd_kafka_mock_broker_set_up(IntPtr cluster, int brokerId);
#pragma warning restore SYSLIB1054, CA5392
    }
}
