using System.Text.Json;
using System.Xml.Linq;
using Gateway.IntegrationTests.Service;
using Gateway.Runner;
using Gateway.Runner.Cli;
using Gateway.Runner.Engine;
using Gateway.Runner.Report;

namespace Gateway.IntegrationTests.Load;

/// <summary>The load runner in-process against a started gateway: a short, slow run of every kind of traffic.</summary>
public sealed class RunnerTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("gateway-load-").FullName;
    private GatewayServer _server = null!;

    public async Task InitializeAsync() => _server = await GatewayServer.StartAsync(Path.Combine(_data, "store"), TimeProvider.System);

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task A_short_mixed_run_is_answered_reconciled_and_leaves_its_json_charts_and_summary()
    {
        var options = new RunnerOptions
        {
            Scenario = "mix",
            Url = _server.Address,
            Rate = 15,
            Warmup = TimeSpan.FromSeconds(0.5),
            Duration = TimeSpan.FromSeconds(2),
            Key = _server.Keys.DevelopmentKeys["KE"],
            Mix = "iapi=70,batch=10,crew=10,pnr=10",
            BatchSize = 40,
            ChecksPerFlight = 1,
            Output = Path.Combine(_data, "results"),
            Name = "it-mix",
            GatewayPid = Environment.ProcessId, // the gateway runs in this process: sample it
        };
        using var log = new StringWriter();
        var result = await RunCommand.RunAsync(options, log);

        Assert.True(result.ErrorCount == 0, string.Join(", ", result.Errors) + "\n" + log);
        Assert.Equal((result.Scheduled, result.Scheduled), (result.Completed, result.Ok));
        var rec = Assert.IsType<Reconciliation>(result.Reconciliation);
        Assert.True(rec.Complete, string.Join(", ", rec.Examples));
        Assert.Equal(result.Ok, rec.Acknowledged);
        Assert.True(rec.Checks > 0 && rec.Reports > 0 && rec.PnrPushes > 0, $"checks {rec.Checks}, reports {rec.Reports}, pushes {rec.PnrPushes}");
        Assert.Equal(0, rec.TravellersMissing);
        Assert.True(rec.TravellersFound >= 40, $"{rec.TravellersFound} travellers found in reports");

        string folder = Path.Combine(options.Output, "it-mix");
        foreach (var file in ResultFiles.RunFiles) Assert.True(File.Exists(Path.Combine(folder, file)), file);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        Assert.Equal("mix", json.RootElement.GetProperty("scenario").GetString());
        Assert.True(json.RootElement.GetProperty("latency").GetProperty("p99").GetDouble() > 0);
        foreach (var svg in new[] { "latency.svg", "throughput.svg", "percentiles.svg" })
        {
            Assert.Equal("svg", XDocument.Load(Path.Combine(folder, svg)).Root!.Name.LocalName);
        }
        Assert.Contains("| reconciliation | complete", File.ReadAllText(Path.Combine(folder, "summary.md")), StringComparison.Ordinal);

        var process = Assert.IsType<Gateway.Runner.Sampling.ProcessReport>(result.Process);
        Assert.Equal((Environment.ProcessId, "--gateway-pid"), (process.Pid, process.Source));
        Assert.True(process.Samples.Count >= 2 && process.Samples.All(p => p.RssMiB > 10 && p.Fds > 3 && p.Threads > 1), string.Join(", ", process.Samples));
        Assert.Equal("svg", XDocument.Load(Path.Combine(folder, "process.svg")).Root!.Name.LocalName);
        Assert.Equal(rec.TravellersFound, rec.TravellersDecided); // the wait for screening saw every stored traveller decided
        Assert.Equal(0, rec.TravellersUndecided);
    }

    [Fact]
    public async Task Reconciliation_reports_a_record_the_gateway_does_not_have()
    {
        using var client = _server.Client("KE");
        var receipts = new[]
        {
            new Receipt(Receipt.Check, "s_000000000000000000000000", null, []),
            new Receipt(Receipt.PnrPush, "p_000000000000000000000000", null, []),
            new Receipt(Receipt.Report, "r_000000000000000000000000", null, ["R1-0"]),
        };
        var rec = await Reconciler.CheckAsync(client, receipts, 2, CancellationToken.None);
        Assert.False(rec.Complete);
        Assert.Equal(3, rec.RecordsMissing);
    }

    [Fact]
    public async Task The_runner_refuses_to_start_without_a_key_for_list_traffic()
    {
        var options = new RunnerOptions { Scenario = "batch", Url = _server.Address, KeysFrom = Path.Combine(_data, "no-such.log"), Output = Path.Combine(_data, "results") };
        var e = await Assert.ThrowsAsync<ArgumentException>(() => RunCommand.RunAsync(options, TextWriter.Null));
        Assert.Contains("no API key for carrier KE", e.Message, StringComparison.Ordinal);
    }
}
