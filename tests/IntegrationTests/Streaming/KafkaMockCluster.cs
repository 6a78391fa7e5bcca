using Gateway.Runner.MockKafka;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>
/// librdkafka's in-process mock cluster of three brokers on 127.0.0.1 for the Kafka tests, living as long as this
/// object: the load runner's <see cref="MockCluster"/> (one implementation of the mock API calls for both), with
/// topics created at the mock's own default of four partitions.
/// </summary>
internal sealed class KafkaMockCluster : IDisposable
{
    private const int Partitions = 4;
    private readonly MockCluster _cluster = new(brokers: 3);

    public string BootstrapServers => _cluster.BootstrapServers;

    public int Brokers => _cluster.Brokers;

    /// <summary>Creates the topics; returns the partitions of the last.</summary>
    public int CreateTopics(params string[] topics)
    {
        int partitions = 0;
        foreach (var topic in topics) partitions = _cluster.CreateTopic(topic, Partitions);
        return partitions;
    }

    /// <summary>Takes every broker down or brings them back, at the same addresses: an outage of the whole cluster.</summary>
    public void SetBrokers(bool up) => _cluster.SetBrokers(up);

    public void Dispose() => _cluster.Dispose();
}
