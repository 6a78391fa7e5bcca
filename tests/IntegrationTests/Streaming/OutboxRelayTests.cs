using System.Collections.Concurrent;
using Gateway.Adapters.Storage;
using Gateway.Adapters.Streaming;
using Gateway.Options;
using Gateway.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>The outbox relay with streams that stand in for Kafka: its backlog limit while a round hangs, and its lease.</summary>
public sealed class OutboxRelayTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-relay-").FullName;
    private SqlGatewayStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqlGatewayStore(new SqliteDialect(Path.Combine(_folder, "gateway.db")));
        await _store.MigrateAsync(CancellationToken.None);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A stream whose every publish waits until it is cancelled.</summary>
    private sealed class StalledStream : IEventStream
    {
        public TaskCompletionSource FirstPublish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task PublishAsync(string topic, StreamMessage message, CancellationToken cancellationToken = default)
        {
            FirstPublish.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        public Task ConsumeAsync(string topic, string group, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken cancellationToken) =>
            Task.Delay(Timeout.Infinite, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private Task Commit(int events)
    {
        var batch = new WriteBatch();
        for (int i = 0; i < events; i++) batch.Outbox.Add(new OutboxRecord(0, PipelineEvents.Topic, "KE:KE0702", [1, 2, 3], DateTimeOffset.UtcNow));
        return _store.CommitAsync(batch, CancellationToken.None);
    }

    [Fact]
    public async Task The_backlog_limit_acts_while_a_publishing_round_hangs()
    {
        var options = new GatewayOptions { OutboxBacklogLimit = 10 };
        options.Stream.Kind = StreamSettings.KafkaKind;
        var stream = new StalledStream();
        var backpressure = new Backpressure(options);
        var relay = new OutboxRelay(_store, stream, new OutboxSignal(), backpressure, new StreamTopics(stream, NullLogger<StreamTopics>.Instance),
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
    private sealed class RecordingStream(string relay, ConcurrentQueue<string> publishers) : IEventStream
    {
        public async Task PublishAsync(string topic, StreamMessage message, CancellationToken cancellationToken = default)
        {
            publishers.Enqueue(relay);
            await Task.Delay(500, cancellationToken);
        }

        public Task ConsumeAsync(string topic, string group, Func<ReceivedMessage, CancellationToken, Task> handler, CancellationToken cancellationToken) =>
            Task.Delay(Timeout.Infinite, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    private async Task Drained()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await _store.CountPendingOutboxAsync(CancellationToken.None) > 0)
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
        OutboxRelay Relay(string name)
        {
            var stream = new RecordingStream(name, publishers);
            return new OutboxRelay(_store, stream, new OutboxSignal(), new Backpressure(options), new StreamTopics(stream, NullLogger<StreamTopics>.Instance),
                options, TimeProvider.System, NullLogger<OutboxRelay>.Instance);
        }
        var relays = new Dictionary<string, OutboxRelay> { ["a"] = Relay("a"), ["b"] = Relay("b") };
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
}
