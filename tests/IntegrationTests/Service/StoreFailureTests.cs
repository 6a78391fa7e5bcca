using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Gateway.IntegrationTests.Service;

/// <summary>A store that cannot commit gives 503 with Retry-After, never a 500, and acknowledges nothing.</summary>
public sealed class StoreFailureTests
{
    [Theory]
    [InlineData(TestStore.Sqlite)]
    [InlineData(TestStore.Postgres)]
    public async Task A_submission_the_store_cannot_commit_gets_503_with_retry_after(TestStore store)
    {
        var clock = new TestClock(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
        string data = Directory.CreateTempSubdirectory("gateway-storefail-").FullName;
        try
        {
            await using var server = await GatewayServer.StartAsync(data, clock, store: store);
            using var client = server.Client();
            // Take the table away under the running service: every commit now fails inside the database.
            await using (System.Data.Common.DbConnection connection = store == TestStore.Sqlite
                ? new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(data, "gateway.db")}")
                : new Npgsql.NpgsqlConnection(await (await PostgresCluster.Shared).DatabaseForAsync(data)))
            {
                await connection.OpenAsync();
                await using var drop = connection.CreateCommand();
                drop.CommandText = "DROP TABLE submissions";
                await drop.ExecuteNonQueryAsync();
            }
            var list = ServiceTests.List("TX-F", ServiceTests.Passenger("KIM", "MINJUN", "1990-03-03", "KOR", "M12345678", "2031-01-01", "KOR", "091"));
            var response = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative), new StringContent(list, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("5", response.Headers.RetryAfter?.ToString());
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains("nothing was accepted", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
