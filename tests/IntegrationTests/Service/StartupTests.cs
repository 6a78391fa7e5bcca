using System.Net;
using Gateway.Screening;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.IntegrationTests.Service;

/// <summary>Issue 18 items 2 and 3: what a start loads and keeps does not depend on the working directory or on the previous start.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly TestClock _clock = new(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero));
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-start-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Relative_watch_list_paths_resolve_against_the_clone_root_not_the_working_directory()
    {
        // The test host's working directory is not the clone's root: these paths only exist relative to the clone's root.
        Assert.False(File.Exists("tests/IntegrationTests/TestData/Lists/entry_ban.csv"), "the test runs from the clone root; the check proves nothing");
        await using var server = await GatewayServer.StartAsync(_data, _clock, new Dictionary<string, string?>
        {
            ["Gateway:WatchLists:0:Path"] = "tests/IntegrationTests/TestData/Lists/entry_ban.csv",
            ["Gateway:WatchLists:1:Path"] = "tests/IntegrationTests/TestData/Lists/lost_stolen.csv",
        });
        var counts = server.Services.GetRequiredService<WatchListHost>().Counts;
        Assert.Equal((2, 1), (counts["entry-ban"], counts["lost-stolen"]));
    }

    [Fact]
    public async Task Gateway_Root_is_the_base_of_relative_paths_when_set()
    {
        Directory.CreateDirectory(Path.Combine(_data, "lists"));
        File.Copy(Path.Combine(AppContext.BaseDirectory, "TestData", "Lists", "entry_ban.csv"), Path.Combine(_data, "lists", "banned.csv"));
        await using var server = await GatewayServer.StartAsync(_data, _clock, new Dictionary<string, string?>
        {
            ["Gateway:Root"] = _data,
            ["Gateway:DataFolder"] = "store",
            ["Gateway:WatchLists:0:Path"] = "lists/banned.csv",
        });
        Assert.Equal(2, server.Services.GetRequiredService<WatchListHost>().Counts["entry-ban"]);
        Assert.True(File.Exists(Path.Combine(_data, "store", "gateway.db")));
    }

    [Fact]
    public async Task An_absent_required_list_stops_the_start()
    {
        var e = await Assert.ThrowsAsync<InvalidOperationException>(() => GatewayServer.StartAsync(_data, _clock, new Dictionary<string, string?>
        {
            ["Gateway:WatchLists:0:Path"] = "no/such/list.csv",
        }));
        Assert.Contains("watch list entry-ban", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_keys_survive_a_restart()
    {
        string key;
        await using (var first = await GatewayServer.StartAsync(_data, _clock))
        {
            key = first.Keys.DevelopmentKeys["KE"];
        }
        await using var second = await GatewayServer.StartAsync(_data, _clock);
        Assert.Equal(key, second.Keys.DevelopmentKeys["KE"]);
        using var client = new HttpClient { BaseAddress = second.Address };
        client.DefaultRequestHeaders.Add(Gateway.Security.CarrierAuth.Header, key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/v1/pnr/requests", UriKind.Relative))).StatusCode);
    }
}
