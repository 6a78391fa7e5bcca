using System.Net;
using Microsoft.Extensions.Options;

namespace Gateway.IntegrationTests.Service;

/// <summary><c>Gateway:Role</c> and the stream settings, as the deployment (Helm chart) sets them.</summary>
public sealed class RoleTests
{
    private static readonly TestClock Clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_worker_serves_health_but_not_the_carrier_api()
    {
        string data = Directory.CreateTempSubdirectory("gateway-role-").FullName;
        try
        {
            await using var server = await GatewayServer.StartAsync(data, Clock, new Dictionary<string, string?> { ["Gateway:Role"] = "worker" });
            using var client = server.Client();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
            var post = await client.PostAsync(new Uri("/api/v1/manifests", UriKind.Relative),
                new StringContent(ServiceTests.List("W-1", ServiceTests.Passenger("KIM", "MINJUN", "1990-03-03", "KOR", "M12345678", "2031-01-01", "KOR", "021")),
                    System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Theory]
    [InlineData("Gateway:Role", "workers", "Gateway:Role is \"workers\"; expected all, api or worker")] // a typo must not start a process that does nothing
    [InlineData("Gateway:Stream:Kind", "kafak", "Gateway:Stream:Kind is \"kafak\"; expected embedded or kafka")] // nor silently fall back to embedded
    [InlineData("Gateway:Stream:Partitions", "0", "Gateway:Stream:Partitions is 0; it must be at least 1")]
    public async Task A_bad_backbone_setting_stops_the_start_naming_the_setting(string setting, string value, string message)
    {
        string data = Directory.CreateTempSubdirectory("gateway-role-").FullName;
        try
        {
            var e = await Assert.ThrowsAsync<OptionsValidationException>(() => GatewayServer.StartAsync(data, Clock, new Dictionary<string, string?> { [setting] = value }));
            Assert.Contains(message, e.Message, StringComparison.Ordinal);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }
}
