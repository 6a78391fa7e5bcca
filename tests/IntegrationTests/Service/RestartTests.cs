using System.Net;
using System.Text.Json;

namespace Gateway.IntegrationTests.Service;

/// <summary>Everything acknowledged before a stop is there after a start on the same store.</summary>
public sealed class RestartTests
{
    [Theory]
    [InlineData(TestStore.Sqlite)]
    [InlineData(TestStore.Postgres)]
    public async Task After_a_restart_every_acknowledged_submission_and_decision_is_there(TestStore store)
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
        string data = Directory.CreateTempSubdirectory("gateway-restart-").FullName;
        var acknowledged = new List<string>();
        try
        {
            await using (var first = await GatewayServer.StartAsync(data, clock, store: store))
            {
                using var client = first.Client();
                var posts = Enumerable.Range(0, 40).Select(i => client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative),
                    new StringContent(ServiceTests.List($"R-{i}", ServiceTests.Passenger($"TRAVELLER{(char)('A' + i % 26)}{(char)('A' + i / 26)}", "GIVEN", "1990-01-01", "KOR", $"M{i:00000000}", "2031-01-01", "KOR", $"{i}"))
                        .Replace("KE0702", $"KE{100 + i}", StringComparison.Ordinal), System.Text.Encoding.UTF8, "application/json")));
                foreach (var response in await Task.WhenAll(posts))
                {
                    Assert.Equal(HttpStatusCode.Created, response.StatusCode);
                    using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                    acknowledged.Add(doc.RootElement.GetProperty("reportId").GetString()!);
                }
            }
            await using var second = await GatewayServer.StartAsync(data, clock, store: store);
            using var again = second.Client();
            foreach (var id in acknowledged)
            {
                using var report = await ServiceTests.WaitDecided(again, id);
                Assert.Equal("0Z", report.RootElement.GetProperty("travellers")[0].GetProperty("decision").GetProperty("code").GetString());
            }
            Assert.Equal(40, acknowledged.Distinct().Count());
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
