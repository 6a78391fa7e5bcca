using System.Collections.Concurrent;
using System.Net;
using System.Reflection;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.IntegrationTests.Service;
using Gateway.IntegrationTests.Storage;
using Gateway.IntegrationTests.Streaming;
using Gateway.Json;
using Gateway.Options;
using Gateway.Pipeline;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.IntegrationTests.Pipeline;

/// <summary>
/// The one store lease (<see cref="StoreLease"/>) and the two pieces of background work that must run in one process at a
/// time: the outbox relay and each carrier's webhook deliveries.
/// </summary>
public sealed class StoreLeaseTests : SqliteStoreTest
{
    /// <summary>The store, counting the lease writes that go through it.</summary>
    public class LeaseCountingStore : DispatchProxy
    {
        private IGatewayStore _inner = null!;
        private int _leaseWrites;

        public int LeaseWrites => Volatile.Read(ref _leaseWrites);

        public static (IGatewayStore Store, LeaseCountingStore Counter) Over(IGatewayStore inner)
        {
            var store = Create<IGatewayStore, LeaseCountingStore>();
            var counter = (LeaseCountingStore)(object)store;
            counter._inner = inner;
            return (store, counter);
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            if (targetMethod!.Name == nameof(IGatewayStore.TryLeaseAsync)) Interlocked.Increment(ref _leaseWrites);
            return targetMethod.Invoke(_inner, args);
        }
    }

    [Fact]
    public async Task A_lease_has_one_holder_is_renewed_at_half_time_and_passes_to_another_process_when_it_lapses()
    {
        var t0 = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
        var clock = new TestClock(t0);
        var (store, counter) = LeaseCountingStore.Over(Store);
        var a = new StoreLease(store, "work", TimeSpan.FromSeconds(10), clock);
        var b = new StoreLease(store, "work", TimeSpan.FromSeconds(10), clock);

        Assert.True(await a.HoldAsync(CancellationToken.None));
        Assert.False(await b.HoldAsync(CancellationToken.None));
        int writes = counter.LeaseWrites;
        clock.Now = t0.AddSeconds(4);
        Assert.True(await a.HoldAsync(CancellationToken.None));
        Assert.Equal(writes, counter.LeaseWrites); // before half-time: no store write
        clock.Now = t0.AddSeconds(6);
        Assert.True(await a.HoldAsync(CancellationToken.None)); // renewed until 16 s
        Assert.Equal(writes + 1, counter.LeaseWrites);
        clock.Now = t0.AddSeconds(12);
        Assert.False(await b.HoldAsync(CancellationToken.None)); // without the renewal it would have lapsed at 10 s

        clock.Now = t0.AddSeconds(17); // a stopped renewing
        Assert.True(await b.HoldAsync(CancellationToken.None));
        Assert.False(await a.HoldAsync(CancellationToken.None));
        Assert.Equal(TimeSpan.FromSeconds(10) / 3, a.RetryAfter);
    }

    /// <summary>A stream standing in for Kafka that records what the relay published.</summary>
    private sealed class RecordingStream : PublishOnlyStream
    {
        public ConcurrentQueue<string> Published { get; } = new();

        public override Task PublishAsync(string topic, Adapters.Streaming.StreamMessage message, CancellationToken cancellationToken = default)
        {
            Published.Enqueue(message.Key);
            return Task.CompletedTask;
        }
    }

    /// <summary>Webhook posts, taken with 204 without a network.</summary>
    private sealed class RecordingHandler(ConcurrentQueue<string> posts) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            posts.Enqueue(request.Headers.GetValues("X-Gateway-Sequence").Single());
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.NoContent));
        }
    }

    private sealed class Clients(HttpMessageHandler handler) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
    }

    [Fact]
    public async Task The_relay_and_the_webhook_delivery_wait_while_another_process_holds_their_lease_and_take_over_when_it_lapses()
    {
        var options = new GatewayOptions();
        options.Stream.Kind = StreamSettings.KafkaKind;
        options.Stream.Relay.LeaseTime = TimeSpan.FromSeconds(2);
        options.Webhooks.LeaseTime = TimeSpan.FromSeconds(2);
        options.Carriers["KE"] = new CarrierOptions { Webhook = "https://carrier.example/hooks" };

        // Another process holds both leases, through the same StoreLease, renewing them until it stops.
        var other = new[] { OutboxRelay.LeaseName, WebhookDelivery.LeaseName("KE") }
            .Select(name => new StoreLease(Store, name, TimeSpan.FromSeconds(2), TimeProvider.System)).ToList();
        foreach (var lease in other) Assert.True(await lease.HoldAsync(CancellationToken.None));
        using var otherStops = new CancellationTokenSource();
        var otherRuns = Task.Run(async () =>
        {
            while (!otherStops.IsCancellationRequested)
            {
                foreach (var lease in other) await lease.HoldAsync(CancellationToken.None);
                await Task.Delay(100, CancellationToken.None);
            }
        });

        var batch = new WriteBatch();
        batch.Outbox.Add(new OutboxRecord(0, PipelineEvents.Topic, "KE:KE0702", [1, 2, 3], DateTimeOffset.UtcNow));
        var update = new StatusUpdate(0, "r_1", "KE:KE0702", 0, "VOLKOV", null, null, "1Z", "do not board", ValueList<Gateway.Domain.Decisions.DecisionReason>.Empty,
            DateTimeOffset.UtcNow, null);
        batch.Updates.Add(new UpdateRecord(0, "KE", DateTimeOffset.UtcNow, JsonSerializer.Serialize(update, GatewayJsonContext.Default.StatusUpdate), null));
        await Store.CommitAsync(batch, CancellationToken.None);

        var stream = new RecordingStream();
        var posts = new ConcurrentQueue<string>();
        using var handler = new RecordingHandler(posts);
        var relay = new OutboxRelay(Store, stream, new Adapters.Streaming.OutboxSignal(), new Backpressure(options),
            new StreamTopics(stream, NullLogger<StreamTopics>.Instance), options, TimeProvider.System, NullLogger<OutboxRelay>.Instance);
        var webhooks = new WebhookDelivery(options, Store, new UpdateFeed(), new Clients(handler), TimeProvider.System, NullLogger<WebhookDelivery>.Instance);
        await relay.StartAsync(CancellationToken.None);
        await webhooks.StartAsync(CancellationToken.None);
        try
        {
            // While the other process holds the leases, this one neither relays nor posts (it asks every third of the lease).
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            Assert.Empty(stream.Published);
            Assert.Empty(posts);

            await otherStops.CancelAsync();
            await otherRuns;
            await KafkaOutageTests.Until(() => Task.FromResult(!stream.Published.IsEmpty && !posts.IsEmpty), "the relay and the webhook taking over");
            Assert.Equal(["KE:KE0702"], stream.Published);
            Assert.Single(posts);
            foreach (var lease in other) Assert.False(await lease.HoldAsync(CancellationToken.None)); // now this process's
        }
        finally
        {
            await relay.StopAsync(CancellationToken.None);
            await webhooks.StopAsync(CancellationToken.None);
        }
    }
}
