using System.Net.Http.Headers;
using Gateway.Extensions;
using Gateway.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Gateway.IntegrationTests.Service;

/// <summary>
/// The real gateway on Kestrel, bound to a free loopback port, with its store in a folder the test owns and the crafted
/// watch lists loaded. Start it again on the same folder to test a restart.
/// </summary>
public sealed class GatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private GatewayServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
        Keys = app.Services.GetRequiredService<CarrierKeys>();
    }

    public Uri Address { get; }

    public CarrierKeys Keys { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<GatewayServer> StartAsync(string dataFolder, TimeProvider clock, IDictionary<string, string?>? settings = null,
        TestStore store = TestStore.Sqlite)
    {
        string lists = Path.Combine(AppContext.BaseDirectory, "TestData", "Lists");
        var config = new Dictionary<string, string?>
        {
            ["Gateway:DataFolder"] = dataFolder,
            ["Gateway:WatchLists:0:Name"] = "entry-ban",
            ["Gateway:WatchLists:0:Kind"] = "entry-ban",
            ["Gateway:WatchLists:0:Format"] = "native-csv",
            ["Gateway:WatchLists:0:Path"] = Path.Combine(lists, "entry_ban.csv"),
            ["Gateway:WatchLists:0:Optional"] = "false",
            ["Gateway:WatchLists:1:Name"] = "lost-stolen",
            ["Gateway:WatchLists:1:Kind"] = "lost-stolen",
            ["Gateway:WatchLists:1:Format"] = "native-csv",
            ["Gateway:WatchLists:1:Path"] = Path.Combine(lists, "lost_stolen.csv"),
            ["Gateway:WatchLists:1:Optional"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (store == TestStore.Postgres)
        {
            config["Gateway:Store"] = "postgres";
            config["Gateway:PostgresConnectionString"] = await (await PostgresCluster.Shared).DatabaseForAsync(dataFolder);
        }
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>()) config[k] = v;
        var app = GatewayHost.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(config);
            builder.Services.AddSingleton(clock);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GatewayServer(app, new Uri(address));
    }

    /// <summary>A client that sends a carrier's development key.</summary>
    public HttpClient Client(string carrierOrAdmin = "KE")
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add(CarrierAuth.Header, Keys.DevelopmentKeys[carrierOrAdmin]);
        return client;
    }

    /// <summary>A client that sends an officer token of the development issuer, minted with the server's key and clock.</summary>
    public HttpClient Officer(string id, string pin, params string[] roles)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(id, pin, roles));
        return client;
    }

    /// <summary>A token of the development issuer valid for an hour from the server's clock.</summary>
    public string Token(string id, string pin, params string[] roles)
    {
        var now = Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var options = Services.GetRequiredService<Gateway.Options.OfficerOptions>();
        return Services.GetRequiredService<DevelopmentIssuer>().Mint(options.Audience, id, pin, roles, now, now.AddHours(1));
    }

    public static HttpContent Edifact(string text) => new StringContent(text, System.Text.Encoding.UTF8, new MediaTypeHeaderValue("application/edifact"));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

/// <summary>Which store a test gateway runs on.</summary>
public enum TestStore
{
    /// <summary>The embedded default: a SQLite file in the data folder.</summary>
    Sqlite,

    /// <summary>A database of its own on the test run's throwaway PostgreSQL cluster.</summary>
    Postgres,
}
