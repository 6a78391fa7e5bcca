using System.Collections.Concurrent;
using System.Text;
using Confluent.Kafka;
using Gateway.Adapters.Storage;
using Gateway.Adapters.Streaming;
using Gateway.IntegrationTests.Storage;
using Gateway.Options;
using Gateway.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>
/// The outbox relay with streams that stand in for Kafka: its backlog limit while a round hangs, its lease, and what it
/// does with a publish that fails for good (dead letter at once) or for now (retried).
/// </summary>
public sealed class OutboxRelayTests : SqliteStoreTest
{
    /// <summary>A stream whose every publish waits until it is cancelled.</summary>
    private sealed class StalledStream : PublishOnlyStream
    {
        public TaskCompletionSource FirstPublish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async Task PublishAsync(string topic, StreamMessage message, CancellationToken cancellationToken = default)
        {
            FirstPublish.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }

    private Task Commit(int events)
    {
        var batch = new WriteBatch();
        for (int i = 0; i < events; i++) batch.Outbox.Add(new OutboxRecord(0, PipelineEvents.Topic, "KE:KE0702", [1, 2, 3], DateTimeOffset.UtcNow));
        return Store.CommitAsync(batch, CancellationToken.None);
    }

    [Fact]
    public async Task The_backlog_limit_acts_while_a_publishing_round_hangs()
    {
        var options = new GatewayOptions { OutboxBacklogLimit = 10 };
        options.Stream.Kind = StreamSettings.KafkaKind;
        var stream = new StalledStream();
        var backpressure = new Backpressure(options);
        var relay = new OutboxRelay(Store, stream, new OutboxSignal(), backpressure, new StreamTopics(stream, NullLogger<StreamTopics>.Instance),
            options, TimeProvider.System, NullLogger<OutboxRelay>.Instance);
        await Commit(1);
        await relay.StartAsync(CancellationToken.None);
        try
        {
            await stream.FirstPublish.Task.WaitAsync(TimeSpan.FromSeconds(30));
            Assert.False(backpressure.Overloaded);
            // Lists keep arriving while the round hangs: the API must learn that the backlog passed its limit.
            await Commit(20);
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (!backpressure.Overloaded && DateTime.UtcNow < deadline) await Task.Delay(50);
            Assert.True(backpressure.Overloaded, $"backlog measured {backpressure.Pending}, limit 10");
            Assert.Equal(21, backpressure.Pending);
        }
        finally
        {
            await relay.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// A stream that records which relay published each message and takes half a second to acknowledge: long enough for
    /// a second relay without the lease to read the same rows before the first marks them sent.
    /// </summary>
    private sealed class RecordingStream(string relay, ConcurrentQueue<string> publishers) : PublishOnlyStream
    {
        public override async Task PublishAsync(string topic, StreamMessage message, CancellationToken cancellationToken = default)
        {
            publishers.Enqueue(relay);
            await Task.Delay(500, cancellationToken);
        }
    }

    private async Task Drained()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await Store.CountPendingOutboxAsync(CancellationToken.None) > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the outbox did not drain");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task One_process_relays_at_a_time_and_another_takes_over_when_its_lease_lapses()
    {
        var options = new GatewayOptions();
        options.Stream.Kind = StreamSettings.KafkaKind;
        options.Stream.Relay.LeaseTime = TimeSpan.FromSeconds(2);
        var publishers = new ConcurrentQueue<string>();
        var relays = new[] { "a", "b" }.ToDictionary(name => name, name => Relay(new RecordingStream(name, publishers), options), StringComparer.Ordinal);
        foreach (var r in relays.Values) await r.StartAsync(CancellationToken.None);
        try
        {
            await Commit(30);
            await Drained();
            Assert.Equal(30, publishers.Count); // each event once: the other process did not publish it again
            string first = Assert.Single(publishers.Distinct());

            await relays[first].StopAsync(CancellationToken.None);
            await Commit(10);
            await Drained();
            Assert.Equal(40, publishers.Count);
            Assert.Equal(new[] { first == "a" ? "b" : "a" }, publishers.Skip(30).Distinct());
        }
        finally
        {
            foreach (var r in relays.Values) await r.StopAsync(CancellationToken.None);
        }
    }

    /// <summary>
    /// A stream that refuses some values for good (Kafka's "message too large", a serializer's rejection), fails
    /// <c>flaky</c> a given number of times with a delivery timeout, and takes everything else.
    /// </summary>
    private sealed class ScriptedStream(int flakyFailures) : PublishOnlyStream
    {
        public ConcurrentDictionary<string, int> Attempts { get; } = new(StringComparer.Ordinal);

        public ConcurrentQueue<string> Published { get; } = new();

        public override Task PublishAsync(string topic, StreamMessage message, CancellationToken cancellationToken = default)
        {
            string value = Encoding.UTF8.GetString(message.Value);
            int attempt = Attempts.AddOrUpdate(value, 1, (_, n) => n + 1);
            Exception? failure = value switch
            {
                "too-large" => new ProduceException<string, byte[]>(new Error(ErrorCode.MsgSizeTooLarge, "Broker: Message size too large"),
                    new DeliveryResult<string, byte[]> { Topic = topic }),
                "rejected" => new PermanentMessageException("the schema registry rejected the value's schema (409: incompatible)"),
                "flaky" when attempt <= flakyFailures => new ProduceException<string, byte[]>(new Error(ErrorCode.Local_MsgTimedOut, "Local: Message timed out"),
                    new DeliveryResult<string, byte[]> { Topic = topic }),
                _ => null,
            };
            if (failure is not null) return Task.FromException(failure);
            Published.Enqueue(value);
            return Task.CompletedTask;
        }
    }

    private Task Commit(params string[] values)
    {
        var batch = new WriteBatch();
        foreach (var v in values) batch.Outbox.Add(new OutboxRecord(0, PipelineEvents.Topic, "KE:KE0702", Encoding.UTF8.GetBytes(v), DateTimeOffset.UtcNow));
        return Store.CommitAsync(batch, CancellationToken.None);
    }

    private OutboxRelay Relay(IEventStream stream, GatewayOptions options) =>
        new(Store, stream, new OutboxSignal(), new Backpressure(options), new StreamTopics(stream, NullLogger<StreamTopics>.Instance),
            options, TimeProvider.System, NullLogger<OutboxRelay>.Instance);

    private static GatewayOptions KafkaOptions()
    {
        var options = new GatewayOptions();
        options.Stream.Kind = StreamSettings.KafkaKind;
        options.Stream.Relay.RetryDelay = TimeSpan.FromMilliseconds(10);
        options.Stream.Relay.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
        return options;
    }

    [Fact]
    public async Task A_publish_refused_for_good_is_dead_lettered_at_once_with_the_reason_and_the_rest_of_the_batch_goes_on()
    {
        var stream = new ScriptedStream(flakyFailures: 0);
        var relay = Relay(stream, KafkaOptions());
        await Commit("ok-1", "too-large", "rejected", "ok-2");
        await relay.StartAsync(CancellationToken.None);
        try
        {
            await Drained();
        }
        finally
        {
            await relay.StopAsync(CancellationToken.None);
        }

        Assert.Equal(["ok-1", "ok-2"], stream.Published);
        Assert.Equal(1, stream.Attempts["too-large"]); // never retried
        Assert.Equal(1, stream.Attempts["rejected"]);
        var letters = stream.DeadLetters.OrderBy(l => l.Origin, StringComparer.Ordinal).ToList();
        Assert.Equal(["too-large", "rejected"], letters.Select(l => Encoding.UTF8.GetString(l.Message.Value)));
        Assert.All(letters, l => Assert.Equal((PipelineEvents.Topic, "KE:KE0702", 1), (l.Topic, l.Message.Key, l.Attempts)));
        Assert.All(letters, l => Assert.StartsWith("outbox/", l.Origin, StringComparison.Ordinal));
        Assert.Contains("Message size too large", letters[0].Reason, StringComparison.Ordinal);
        Assert.Contains("409: incompatible", letters[1].Reason, StringComparison.Ordinal);
        Assert.Equal((4, 2), (relay.Published, relay.DeadLettered));
    }

    [Fact]
    public async Task A_transient_publish_failure_is_retried_and_then_succeeds()
    {
        var options = KafkaOptions();
        options.Stream.Relay.MinimumThroughput = 10; // the circuit stays closed: this is about the retries
        var stream = new ScriptedStream(flakyFailures: 2);
        var relay = Relay(stream, options);
        await Commit("flaky");
        await relay.StartAsync(CancellationToken.None);
        try
        {
            await Drained();
        }
        finally
        {
            await relay.StopAsync(CancellationToken.None);
        }

        Assert.Equal(3, stream.Attempts["flaky"]);
        Assert.Equal(["flaky"], stream.Published);
        Assert.Empty(stream.DeadLetters);
        Assert.Equal((1, 0), (relay.Published, relay.DeadLettered));
    }
}
