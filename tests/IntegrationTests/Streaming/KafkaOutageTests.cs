using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Adapters.Streaming;
using Gateway.IntegrationTests.Service;
using Gateway.Pipeline;
using Gateway.Adapters.Events;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>The service on the Kafka stream (librdkafka's mock cluster) through a broker outage.</summary>
public sealed class KafkaOutageTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    internal static Dictionary<string, string?> KafkaSettings(KafkaMockCluster cluster, int backlogLimit) => new()
    {
        ["Gateway:Stream:Kind"] = "kafka",
        ["Gateway:Stream:Kafka:BootstrapServers"] = cluster.BootstrapServers,
        ["Gateway:Stream:Kafka:DeliveryTimeoutMs"] = "2000",
        ["Gateway:Stream:Kafka:Consumer:session.timeout.ms"] = "6000",
        ["Gateway:Stream:Kafka:Consumer:heartbeat.interval.ms"] = "500",
        ["Gateway:Stream:Relay:RetryDelay"] = "00:00:00.100",
        ["Gateway:Stream:Relay:MaxRetryDelay"] = "00:00:01",
        ["Gateway:Stream:Relay:BreakDuration"] = "00:00:01",
        ["Gateway:OutboxBacklogLimit"] = backlogLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    internal static async Task Until(Func<Task<bool>> condition, string what)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("gave up waiting: " + what);
            await Task.Delay(100);
        }
    }

    /// <summary>A list for flight KE{flight}: a traveller on the entry-ban list (decided 1Z, so a feed update) and one per amendment.</summary>
    internal static StringContent Amendment(int flight, int amendment) => new(
        ServiceTests.List($"F{flight}-A{amendment}",
                ServiceTests.Passenger("VOLKOV", "DMITRI", "1975-05-05", "RUS", "RU1234567", "2030-01-01", "RUS", "001"),
                ServiceTests.Passenger($"TRAVELLER{(char)('A' + amendment)}", "GIVEN", "1990-01-01", "KOR", $"M{flight:0000}{amendment:0000}", "2031-01-01", "KOR", "002"))
            .Replace("KE0702", $"KE{300 + flight}", StringComparison.Ordinal), Encoding.UTF8, "application/json");

    [Fact]
    public async Task While_kafka_is_down_lists_are_accepted_and_stored_and_when_it_returns_each_event_arrives_in_order_and_decides_once()
    {
        using var cluster = new KafkaMockCluster();
        Assert.True(cluster.CreateTopics(PipelineEvents.Topic, PipelineEvents.Topic + ".dlq") > 1);
        cluster.SetBrokers(up: false);
        const int flights = 3, amendments = 4, events = flights * amendments;
        string data = Directory.CreateTempSubdirectory("gateway-outage-").FullName;
        try
        {
            var clock = new TestClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
            await using var server = await GatewayServer.StartAsync(data, clock, KafkaSettings(cluster, events));
            var store = server.Services.GetRequiredService<IGatewayStore>();
            using var client = server.Client();

            // Kafka down: every list is acknowledged (201) because it is committed with its event in the outbox.
            var reports = new Dictionary<int, string>();
            for (int a = 0; a < amendments; a++)
            {
                for (int f = 0; f < flights; f++)
                {
                    var response = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Amendment(f, a));
                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                    using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    string id = answer.RootElement.GetProperty("reportId").GetString()!;
                    Assert.Equal(reports.GetValueOrDefault(f, id), id); // an amendment keeps its report
                    reports[f] = id;
                }
            }
            // The outbox holds the events in commit order: what each key's order on the topic must be.
            // Each list also commits its SubmissionReceived event (topic gateway.submissions): 2 rows a list.
            var all = await store.GetPendingOutboxAsync(1000, CancellationToken.None);
            Assert.Equal(2 * events, all.Count);
            var outbox = all.Where(r => r.Topic == PipelineEvents.Topic).ToList();
            Assert.Equal(events, outbox.Count);
            var committed = outbox.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Select(r => EventCodec<kr.go.immigration.gateway.events.ReportAccepted>.Instance.Decode(r.Payload).eventId).ToList());
            Assert.Equal(flights, committed.Count);
            foreach (var id in reports.Values)
            {
                using var report = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/manifests/{id}", UriKind.Relative)));
                Assert.All(report.RootElement.GetProperty("travellers").EnumerateArray(), t => Assert.Equal("pending", t.GetProperty("status").GetString()));
            }

            // The backlog reached its limit: the API now refuses with 503 and Retry-After instead of growing it without bound.
            var backpressure = server.Services.GetRequiredService<Backpressure>();
            await Until(() => Task.FromResult(backpressure.Overloaded), "the relay to measure the backlog");
            var refused = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), Amendment(9, 0));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            Assert.NotNull(refused.Headers.RetryAfter);

            // Kafka returns: the relay publishes the backlog and the consumer group decides.
            cluster.SetBrokers(up: true);
            await Until(async () => await store.CountPendingOutboxAsync(CancellationToken.None) == 0, "the outbox to drain");
            foreach (var id in reports.Values)
            {
                await Until(async () =>
                {
                    using var report = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/manifests/{id}", UriKind.Relative)));
                    return report.RootElement.GetProperty("travellers").EnumerateArray().All(t => t.GetProperty("status").GetString() == "decided");
                }, $"report {id} to be decided");
            }

            // Every event is on the topic, in posting order per flight key (read by an independent group).
            var seen = new ConcurrentQueue<(string Key, Guid EventId)>();
            await using (var audit = new KafkaEventStream(new StreamOptions(), new KafkaStreamOptions { BootstrapServers = cluster.BootstrapServers }))
            {
                using var stop = new CancellationTokenSource();
                var reading = audit.ConsumeAsync(PipelineEvents.Topic, "audit", (m, _) =>
                {
                    var e = EventCodec<kr.go.immigration.gateway.events.ReportAccepted>.Instance.Decode(m.Value);
                    Assert.Equal(e.eventId.ToString(), m.MessageId);
                    Assert.Equal(e.flightKey, m.Key);
                    seen.Enqueue((m.Key, e.eventId));
                    return Task.CompletedTask;
                }, stop.Token);
                await Until(() => Task.FromResult(seen.Select(s => s.EventId).Distinct().Count() >= events), "the audit group to read every event");
                await stop.CancelAsync();
                await reading;
            }
            Assert.Equal(events, seen.Select(s => s.EventId).Distinct().Count());
            foreach (var perKey in seen.GroupBy(s => s.Key))
                Assert.Equal(committed[perKey.Key], perKey.Select(s => s.EventId).Distinct()); // first deliveries in commit order
            foreach (var id in seen.Select(s => s.EventId).Distinct())
                Assert.True(await store.IsProcessedAsync(ReportScreening.Consumer, id.ToString(), CancellationToken.None), $"event {id} not processed");

            // Each decision made exactly once: one feed update per decided traveller, none repeated.
            var updates = await store.GetUpdatesAsync("KE", 0, 1000, CancellationToken.None);
            var byTraveller = updates.Select(u => JsonSerializer.Deserialize<JsonElement>(u.Json))
                .GroupBy(u => (u.GetProperty("reportId").GetString(), u.GetProperty("index").GetInt32())).ToList();
            Assert.Equal(flights, byTraveller.Count);
            Assert.All(byTraveller, g => Assert.Single(g));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
