using System.Net;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Adapters.Streaming;
using Gateway.IntegrationTests.Service;
using Gateway.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.IntegrationTests.Streaming;

/// <summary>The deployment shape on Kafka: an API process and two worker processes (hosts) sharing the store and the group.</summary>
public sealed class KafkaRolesTests
{
    [Fact]
    public async Task An_api_process_and_two_workers_share_the_partitions_and_decide_every_list_once()
    {
        using var cluster = new KafkaMockCluster();
        int partitions = cluster.CreateTopics(PipelineEvents.Topic, PipelineEvents.Topic + ".dlq");
        Assert.True(partitions > 1);
        string data = Directory.CreateTempSubdirectory("gateway-roles-").FullName;
        var clock = new TestClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
        Dictionary<string, string?> Settings(string role)
        {
            var s = KafkaOutageTests.KafkaSettings(cluster, 100_000);
            s["Gateway:Role"] = role;
            return s;
        }
        try
        {
            await using var workerA = await GatewayServer.StartAsync(data, clock, Settings("worker"));
            await using var workerB = await GatewayServer.StartAsync(data, clock, Settings("worker"));
            var streams = new[] { workerA, workerB }.Select(w => (KafkaEventStream)w.Services.GetRequiredService<IEventStream>()).ToList();
            await KafkaOutageTests.Until(() => Task.FromResult(streams.All(s => s.AssignedPartitions > 0) && streams.Sum(s => s.AssignedPartitions) == partitions),
                "both workers to hold partitions");
            await using var api = await GatewayServer.StartAsync(data, clock, Settings("api"));
            using var client = api.Client();

            const int flights = 24;
            var reports = new List<string>();
            foreach (var f in Enumerable.Range(0, flights))
            {
                var response = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), KafkaOutageTests.Amendment(700 + f, 0));
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                reports.Add(answer.RootElement.GetProperty("reportId").GetString()!);
            }
            var store = api.Services.GetRequiredService<IGatewayStore>();
            foreach (var id in reports)
            {
                await KafkaOutageTests.Until(async () =>
                {
                    var travellers = await store.GetTravellersAsync(id, CancellationToken.None);
                    return travellers.Count > 0 && travellers.All(t => t.Status == "decided");
                }, $"report {id} to be decided");
            }

            // The API process relayed and did not consume; the workers consumed and did not serve the API.
            Assert.Equal(0, api.Services.GetRequiredService<ScreeningConsumer>().Handled);
            // Every committed event was relayed: per list its submission, its report, and per traveller a screening and a decision.
            await KafkaOutageTests.Until(async () => await store.CountPendingOutboxAsync(CancellationToken.None) == 0, "the relay to publish every event");
            Assert.True(api.Services.GetRequiredService<OutboxRelay>().Published >= 2 * flights);
            var handled = new[] { workerA, workerB }.Select(w => w.Services.GetRequiredService<ScreeningConsumer>().Handled).ToList();
            Assert.All(handled, h => Assert.True(h > 0, $"a worker handled nothing: {string.Join(", ", handled)}"));
            Assert.True(handled.Sum() >= flights);
            using var workerClient = workerA.Client();
            Assert.Equal(HttpStatusCode.NotFound, (await workerClient.GetAsync(new Uri($"/api/v1/manifests/{reports[0]}", UriKind.Relative))).StatusCode);

            var updates = (await store.GetUpdatesAsync("KE", 0, 1000, CancellationToken.None))
                .Select(u => JsonSerializer.Deserialize<JsonElement>(u.Json))
                .GroupBy(u => (u.GetProperty("reportId").GetString(), u.GetProperty("index").GetInt32())).ToList();
            Assert.Equal(flights, updates.Count); // the entry-banned traveller of every list
            Assert.All(updates, g => Assert.Single(g));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
