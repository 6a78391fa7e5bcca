using System.Reflection;
using System.Runtime.InteropServices;
using Confluent.Kafka;

namespace Gateway.Runner.MockKafka;

/// <summary>
/// librdkafka's mock cluster (<c>test.mock.num.brokers</c>), hosted by this process for a gateway in another: the
/// owning client creates the brokers on 127.0.0.1 and they live as long as it does; their addresses, read from the
/// cluster metadata, are the bootstrap servers the gateway connects to. Confluent.Kafka does not wrap the mock API,
/// so topics are created and brokers taken down and up through librdkafka's C functions on the owner's handle.
/// The integration tests' Kafka fixture uses it too.
/// </summary>
public sealed class MockCluster : IDisposable
{
    private readonly IProducer<byte[], byte[]> _owner;
    private readonly int[] _brokerIds;

    /// <summary>Starts <paramref name="brokers"/> mock brokers.</summary>
    public MockCluster(int brokers)
    {
        Gateway.Adapters.Streaming.KafkaNative.EnsureLoaded();
        var config = new ProducerConfig { BootstrapServers = "127.0.0.1:1" };
        config.Set("test.mock.num.brokers", brokers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // The owner's own connection errors during an outage are expected: the command logs the outage itself.
        _owner = new ProducerBuilder<byte[], byte[]>(config).SetLogHandler((_, _) => { }).Build();
        using var admin = new DependentAdminClientBuilder(_owner.Handle).Build();
        var metadata = admin.GetMetadata(TimeSpan.FromSeconds(30));
        _brokerIds = [.. metadata.Brokers.Select(b => b.BrokerId)];
        BootstrapServers = string.Join(',', metadata.Brokers.Select(b => $"{b.Host}:{b.Port}"));
    }

    /// <summary>The brokers' addresses, comma-separated.</summary>
    public string BootstrapServers { get; }

    /// <summary>Number of brokers.</summary>
    public int Brokers => _brokerIds.Length;

    /// <summary>
    /// Creates a topic with <paramref name="partitions"/> partitions (the mock's own call: its brokers name no
    /// controller, so AdminClient's CreateTopics cannot run against them) and waits until its metadata shows them;
    /// returns the partitions the brokers report. An existing topic is kept as it is.
    /// </summary>
    public int CreateTopic(string topic, int partitions)
    {
        int error = MockApi.rd_kafka_mock_topic_create(Cluster(), topic, partitions, Math.Min(3, Brokers));
        if (error is not (0 or TopicAlreadyExists)) throw new InvalidOperationException($"mock topic {topic}: librdkafka error {error}");
        using var admin = new DependentAdminClientBuilder(_owner.Handle).Build();
        for (int attempt = 0; attempt < 50; attempt++)
        {
            var t = admin.GetMetadata(topic, TimeSpan.FromSeconds(10)).Topics.Single();
            if (t.Error.Code == ErrorCode.NoError && t.Partitions.Count > 0) return t.Partitions.Count;
            Thread.Sleep(100);
        }
        throw new InvalidOperationException($"mock topic {topic}: not in the cluster metadata after 5 s");
    }

    /// <summary>Takes every broker down (connections closed, new ones refused) or brings them back, at the same addresses.</summary>
    public void SetBrokers(bool up)
    {
        IntPtr cluster = Cluster();
        foreach (int id in _brokerIds)
        {
            int error = up ? MockApi.rd_kafka_mock_broker_set_up(cluster, id) : MockApi.rd_kafka_mock_broker_set_down(cluster, id);
            if (error != 0) throw new InvalidOperationException($"mock broker {id}: librdkafka error {error}");
        }
    }

    /// <inheritdoc />
    public void Dispose() => _owner.Dispose();

    private const int TopicAlreadyExists = 36; // RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS

    private IntPtr Cluster()
    {
        var handle = (SafeHandle)_owner.Handle.GetType().GetProperty("LibrdkafkaHandle", BindingFlags.Instance | BindingFlags.NonPublic)!.GetValue(_owner.Handle)!;
        IntPtr cluster = MockApi.rd_kafka_handle_mock_cluster(handle.DangerousGetHandle());
        return cluster != IntPtr.Zero ? cluster : throw new InvalidOperationException("the owning client has no mock cluster");
    }

    /// <summary>
    /// librdkafka's mock API, bound to the very library Confluent.Kafka loaded (<see cref="Gateway.Adapters.Streaming.KafkaNative.LoadedPath"/>):
    /// the bundled file has no fixed name a <c>DllImport</c> could use.
    /// </summary>
    private static unsafe class MockApi
    {
        private static readonly IntPtr Library = NativeLibrary.Load(Gateway.Adapters.Streaming.KafkaNative.LoadedPath
            ?? throw new InvalidOperationException("librdkafka is not loaded"));

        private static readonly delegate* unmanaged<IntPtr, IntPtr> HandleMockCluster =
            (delegate* unmanaged<IntPtr, IntPtr>)NativeLibrary.GetExport(Library, "rd_kafka_handle_mock_cluster");

        private static readonly delegate* unmanaged<IntPtr, int, int> BrokerSetDown =
            (delegate* unmanaged<IntPtr, int, int>)NativeLibrary.GetExport(Library, "rd_kafka_mock_broker_set_down");

        private static readonly delegate* unmanaged<IntPtr, int, int> BrokerSetUp =
            (delegate* unmanaged<IntPtr, int, int>)NativeLibrary.GetExport(Library, "rd_kafka_mock_broker_set_up");

        private static readonly delegate* unmanaged<IntPtr, byte*, int, int, int> TopicCreate =
            (delegate* unmanaged<IntPtr, byte*, int, int, int>)NativeLibrary.GetExport(Library, "rd_kafka_mock_topic_create");

        public static IntPtr rd_kafka_handle_mock_cluster(IntPtr rk) => HandleMockCluster(rk);

        public static int rd_kafka_mock_broker_set_down(IntPtr cluster, int brokerId) => BrokerSetDown(cluster, brokerId);

        public static int rd_kafka_mock_broker_set_up(IntPtr cluster, int brokerId) => BrokerSetUp(cluster, brokerId);

        public static int rd_kafka_mock_topic_create(IntPtr cluster, string topic, int partitions, int replicationFactor)
        {
            byte[] name = System.Text.Encoding.UTF8.GetBytes(topic + "\0");
            fixed (byte* p = name) return TopicCreate(cluster, p, partitions, replicationFactor);
        }
    }
}
