using Confluent.Kafka;
using Gateway.IntegrationTests.Streaming;
using Gateway.Runner.MockKafka;

namespace Gateway.IntegrationTests.Load;

/// <summary><c>scripts/load kafka-mock</c> in-process: the bootstrap file, the gateway's topics, and a timed outage of every broker.</summary>
public sealed class MockKafkaCommandTests
{
    [Fact]
    public async Task The_mock_cluster_writes_its_bootstrap_creates_the_topics_and_takes_its_brokers_down_and_up()
    {
        string folder = Directory.CreateTempSubdirectory("gateway-kafka-mock-").FullName;
        string file = Path.Combine(folder, "kafka.bootstrap");
        try
        {
            using var stop = new CancellationTokenSource();
            using var log = new StringWriter();
            // The command writes from its timer thread through the synchronized writer, which locks itself: read under that lock.
            var synced = TextWriter.Synchronized(log);
            string Text()
            {
                lock (synced) return log.ToString();
            }
            var running = KafkaMockCommand.RunAsync(["--bootstrap-file", file, "--outage-at", "2s", "--outage-for", "1s"], synced, stop.Token);
            for (int i = 0; i < 100 && !File.Exists(file); i++) await Task.Delay(100);
            string bootstrap = (await File.ReadAllTextAsync(file)).Trim();
            Assert.Equal(3, bootstrap.Split(',').Length);
            Assert.All(bootstrap.Split(','), b => Assert.StartsWith("127.0.0.1:", b, StringComparison.Ordinal));

            // Another client, as the gateway would be, sees the topic with the gateway's partitions.
            using (var admin = new AdminClientBuilder(new AdminClientConfig { BootstrapServers = bootstrap }).Build())
            {
                var topic = admin.GetMetadata("gateway.reports", TimeSpan.FromSeconds(10)).Topics.Single();
                Assert.Equal((ErrorCode.NoError, 12), (topic.Error.Code, topic.Partitions.Count));
            }

            for (int i = 0; i < 100 && !Text().Contains("brokers UP", StringComparison.Ordinal); i++) await Task.Delay(100);
            await stop.CancelAsync();
            Assert.Equal(0, await running);
            string text = Text();
            int down = text.IndexOf("all 3 brokers DOWN", StringComparison.Ordinal), up = text.IndexOf("all 3 brokers UP after", StringComparison.Ordinal);
            Assert.True(down > 0 && up > down, text);
            Assert.Matches(@"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z outage: all 3 brokers DOWN", text);
            Assert.False(File.Exists(file)); // the addresses die with the process: the file goes too
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
