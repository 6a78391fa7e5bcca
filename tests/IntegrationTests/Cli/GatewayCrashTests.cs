using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.IntegrationTests.Streaming;

namespace Gateway.IntegrationTests.Cli;

/// <summary>The gateway process killed with SIGKILL in the middle of a burst, then started again on the same data folder.</summary>
public sealed class GatewayCrashTests
{
    [Fact]
    public async Task After_kill_9_mid_stream_and_a_restart_every_acknowledged_list_is_there_and_each_traveller_is_decided_once()
    {
        string data = Directory.CreateTempSubdirectory("gateway-crash-").FullName;
        var store = new SqlGatewayStore(new SqliteDialect(Path.Combine(data, "gateway.db")));
        try
        {
            const int burst = 60;
            var acknowledged = new ConcurrentBag<string>();
            long pendingAtCrash = 0;
            // The kill must land while events wait in the outbox. On a busy machine the worker can drain a burst before
            // the kill lands; then the same data folder takes another burst (up to five), each killed the same way.
            for (int round = 0; round < 5 && pendingAtCrash == 0; round++)
            {
                int before = acknowledged.Count, amendment = round;
                await using (var first = await GatewayProcess.StartAsync(data))
                {
                    using var client = first.Client();
                    var posts = Enumerable.Range(0, burst).Select(async i =>
                    {
                        try
                        {
                            var response = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), KafkaOutageTests.Amendment(100 + i, amendment));
                            if (response.StatusCode != HttpStatusCode.Created) return;
                            using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                            acknowledged.Add(answer.RootElement.GetProperty("reportId").GetString()!);
                        }
                        catch (HttpRequestException)
                        {
                            // In flight when the process died: not acknowledged, so the carrier would send it again.
                        }
                        catch (TaskCanceledException)
                        {
                            // idem
                        }
                    }).ToList();
                    await KafkaOutageTests.Until(() => Task.FromResult(acknowledged.Count >= before + burst / 3), "a third of the burst to be acknowledged");
                    first.Kill();
                    await Task.WhenAll(posts);
                    pendingAtCrash = await store.CountPendingOutboxAsync(CancellationToken.None);
                }
            }
            Assert.True(pendingAtCrash > 0, "in five bursts the kill always came after every event had been handled: nothing was mid-stream");

            await using (var second = await GatewayProcess.StartAsync(data))
            {
                using var client = second.Client();
                foreach (var id in acknowledged)
                {
                    await KafkaOutageTests.Until(async () =>
                    {
                        var response = await client.GetAsync(new Uri($"/api/v1/manifests/{id}", UriKind.Relative));
                        Assert.Equal(HttpStatusCode.OK, response.StatusCode); // acknowledged, so committed before the kill
                        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        return report.RootElement.GetProperty("travellers").EnumerateArray().All(t => t.GetProperty("status").GetString() == "decided");
                    }, $"report {id} to be decided");
                }
                await KafkaOutageTests.Until(async () => await store.CountPendingOutboxAsync(CancellationToken.None) == 0, "the outbox to drain");
                second.Kill();
            }

            // Every committed list (the acknowledged ones and any committed just before the kill) was decided exactly once:
            // one feed update for its entry-banned traveller, never two.
            var updates = (await store.GetUpdatesAsync("KE", 0, 10_000, CancellationToken.None))
                .Select(u => JsonSerializer.Deserialize<JsonElement>(u.Json))
                .GroupBy(u => (u.GetProperty("reportId").GetString()!, u.GetProperty("index").GetInt32())).ToList();
            Assert.All(updates, g => Assert.Single(g));
            var decidedReports = updates.Select(g => g.Key.Item1).ToHashSet(StringComparer.Ordinal);
            Assert.All(acknowledged, id => Assert.Contains(id, decidedReports));
            Assert.Equal(acknowledged.Count, acknowledged.Distinct().Count());
        }
        finally
        {
            await store.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
