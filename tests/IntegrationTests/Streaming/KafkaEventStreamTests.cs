using System.Collections.Concurrent;
using System.Text;
using Gateway.Adapters.Streaming;
using Gateway.Adapters.Events;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>The Kafka stream against librdkafka's mock cluster of three brokers.</summary>
public sealed class KafkaEventStreamTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly Lazy<KafkaMockCluster> _lazyCluster = new(() => new KafkaMockCluster());

    private KafkaMockCluster Cluster => _lazyCluster.Value;
    private readonly StreamOptions _options = new() { Partitions = 6, MaxAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(10) };

    public void Dispose()
    {
        if (_lazyCluster.IsValueCreated) _lazyCluster.Value.Dispose();
    }

    private KafkaEventStream NewStream(Dictionary<string, string>? producer = null) => new(_options, new KafkaStreamOptions
    {
        BootstrapServers = Cluster.BootstrapServers,
        Producer = producer ?? [],
        Consumer = { ["session.timeout.ms"] = "6000", ["heartbeat.interval.ms"] = "500" },
    });

    /// <summary>Reads a topic in a group of its own until <paramref name="count"/> messages came.</summary>
    private static async Task<List<ReceivedMessage>> ReadAsync(KafkaEventStream stream, string topic, string group, int count)
    {
        var received = new ConcurrentQueue<ReceivedMessage>();
        using var cts = new CancellationTokenSource();
        var consumer = stream.ConsumeAsync(topic, group, (m, _) => { received.Enqueue(m); return Task.CompletedTask; }, cts.Token);
        await Until(() => received.Count >= count, topic);
        await cts.CancelAsync();
        await consumer;
        return [.. received];
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("gave up waiting: " + what);
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Avro_event_round_trips_through_kafka_with_id_and_trace_headers()
    {
        Assert.Equal(3, Cluster.Brokers);
        await using var stream = NewStream();
        Assert.True(Cluster.CreateTopics("reports") > 1);
        var report = SampleEvents.Report(3);
        byte[] value = EventCodec<Events.ReportAccepted>.Instance.Encode(report);
        await stream.PublishAsync("reports", new StreamMessage(report.flightKey, value, report.eventId.ToString(),
            new Dictionary<string, string> { [StreamHeaders.TraceParent] = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01" }));

        var message = Assert.Single(await ReadAsync(stream, "reports", "screening", 1));
        Assert.Equal(value, message.Value); // no registry configured: the single-object encoding travels as it is
        Assert.Equal(value, EventCodec<Events.ReportAccepted>.Instance.Encode(EventCodec<Events.ReportAccepted>.Instance.Decode(message.Value)));
        Assert.Equal(report.eventId.ToString(), message.MessageId);
        Assert.Equal("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01", message.Headers[StreamHeaders.TraceParent]);
        Assert.Equal(report.flightKey, message.Key);
    }

    [Fact]
    public async Task Two_consumers_share_partitions_and_a_rebalance_loses_and_duplicates_nothing_committed()
    {
        await using var stream = NewStream();
        Assert.True(Cluster.CreateTopics("lists") > 1);
        const int keys = 12, perKey = 8;
        for (int i = 0; i < perKey; i++)
        {
            for (int k = 0; k < keys; k++)
                await stream.PublishAsync("lists", new StreamMessage("KE090" + k, Encoding.UTF8.GetBytes($"{k}:{i}"), $"m-{k}-{i}"));
        }

        var completed = new ConcurrentQueue<(string Consumer, string Id, string Value)>();
        Func<ReceivedMessage, CancellationToken, Task> Handler(string name) => async (m, ct) =>
        {
            await Task.Delay(15, ct);
            completed.Enqueue((name, m.MessageId, Encoding.UTF8.GetString(m.Value)));
        };
        using var stopA = new CancellationTokenSource();
        using var stopB = new CancellationTokenSource();
        var a = stream.ConsumeAsync("lists", "decisions", Handler("A"), stopA.Token);
        await Until(() => completed.Count >= 10, "consumer A to start");
        var b = stream.ConsumeAsync("lists", "decisions", Handler("B"), stopB.Token);
        await Until(() => completed.Any(c => c.Consumer == "B"), "consumer B to get partitions");
        await stopA.CancelAsync(); // A leaves: its partitions move to B from the committed offsets
        await a;
        await Until(() => completed.Select(c => c.Id).Distinct().Count() == keys * perKey, "every message");
        await Task.Delay(500); // let any redelivery show up
        await stopB.CancelAsync();
        await b;

        var all = completed.ToList();
        Assert.Equal(keys * perKey, all.Select(c => c.Id).Distinct().Count()); // nothing lost
        Assert.Contains(all, c => c.Consumer == "A");
        Assert.Contains(all, c => c.Consumer == "B");
        // Nothing committed is handled twice: a message comes again only when the coordinator refused the commit
        // that covered it (librdkafka's mock refuses commits while the group rebalances), plus at most the one in
        // hand when A stopped.
        Assert.True(all.Count - (keys * perKey) <= stream.RefusedCommits + 1,
            $"{all.Count - (keys * perKey)} redeliveries but only {stream.RefusedCommits} refused commits");
        foreach (var group in all.GroupBy(c => c.Value.Split(':')[0]))
        {
            // Per-key order: each message follows its predecessor, or restarts from a committed point after a rebalance.
            var sequence = group.Select(c => int.Parse(c.Value.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).ToList();
            Assert.Equal(0, sequence[0]);
            for (int i = 1; i < sequence.Count; i++)
                Assert.True(sequence[i] == sequence[i - 1] + 1 || sequence[i] <= sequence[i - 1], $"key {group.Key}: {string.Join(",", sequence)}");
            Assert.Equal(Enumerable.Range(0, perKey), sequence.Distinct().Order());
        }
    }

    [Fact]
    public async Task Poison_message_lands_in_the_dead_letter_topic_and_the_partition_moves_on()
    {
        await using var stream = NewStream();
        Assert.True(Cluster.CreateTopics("notices", "notices.dlq") > 1);
        await stream.PublishAsync("notices", new StreamMessage("KE0902", "ok-1"u8.ToArray(), "n1"));
        await stream.PublishAsync("notices", new StreamMessage("KE0902", "poison"u8.ToArray(), "n2"));
        await stream.PublishAsync("notices", new StreamMessage("KE0902", "ok-2"u8.ToArray(), "n3"));

        var handled = new ConcurrentQueue<string>();
        var attempts = new ConcurrentDictionary<string, int>();
        var dead = new ConcurrentQueue<ReceivedMessage>();
        using var cts = new CancellationTokenSource();
        var consumer = stream.ConsumeAsync("notices", "g", (m, _) =>
        {
            attempts.AddOrUpdate(m.MessageId, 1, (_, n) => n + 1);
            if (Encoding.UTF8.GetString(m.Value) == "poison") throw new InvalidDataException("cannot parse");
            handled.Enqueue(m.MessageId);
            return Task.CompletedTask;
        }, cts.Token);
        var dlq = stream.ConsumeAsync("notices.dlq", "audit", (m, _) => { dead.Enqueue(m); return Task.CompletedTask; }, cts.Token);
        await Until(() => handled.Count == 2 && !dead.IsEmpty, "the good messages and the dead letter");
        await cts.CancelAsync();
        await Task.WhenAll(consumer, dlq);

        Assert.Equal(["n1", "n3"], handled);
        Assert.Equal(2, attempts["n2"]); // MaxAttempts
        var letter = Assert.Single(dead);
        Assert.Equal("n2", letter.MessageId);
        Assert.Equal("poison", Encoding.UTF8.GetString(letter.Value));
        Assert.Contains("cannot parse", letter.Headers[StreamHeaders.Error], StringComparison.Ordinal);
        Assert.StartsWith("notices/", letter.Headers[StreamHeaders.Origin], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_too_large_is_a_permanent_error_and_its_dead_letter_keeps_the_reason_without_the_payload()
    {
        await using var stream = NewStream(new() { ["message.max.bytes"] = "10000" });
        Assert.True(Cluster.CreateTopics("big", "big.dlq") > 1);
        var message = new StreamMessage("KE0902", new byte[20_000], "m-big");

        var refused = await Assert.ThrowsAnyAsync<Confluent.Kafka.KafkaException>(() => stream.PublishAsync("big", message));
        Assert.True(StreamErrors.IsPermanent(refused), refused.Error.Code.ToString());
        // The relay's next step: the dead letter, which the dead-letter topic would refuse too with the payload in it.
        await stream.DeadLetterAsync(new DeadLetter("big", message, StreamErrors.Reason(refused), "outbox/7", 1), CancellationToken.None);

        var letter = Assert.Single(await ReadAsync(stream, "big.dlq", "audit", 1));
        Assert.Equal(("m-big", "KE0902", 0), (letter.MessageId, letter.Key, letter.Value.Length));
        Assert.Equal("20000", letter.Headers[StreamHeaders.PayloadOmitted]);
        Assert.Equal(("outbox/7", "1"), (letter.Headers[StreamHeaders.Origin], letter.Headers[StreamHeaders.Attempts]));
        Assert.Contains("too large", letter.Headers[StreamHeaders.Error], StringComparison.OrdinalIgnoreCase);
    }
}
