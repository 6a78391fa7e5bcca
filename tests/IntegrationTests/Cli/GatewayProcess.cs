using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Gateway.Security;

namespace Gateway.IntegrationTests.Cli;

/// <summary>
/// The built gateway (<c>dotnet gateway.dll</c>) serving on a free loopback port with its store in a folder the test
/// owns and the crafted watch lists; <see cref="Kill"/> is <c>kill -9</c> (SIGKILL: no shutdown code runs).
/// </summary>
internal sealed class GatewayProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output;

    private GatewayProcess(Process process, System.Text.StringBuilder output, Uri address, string key)
    {
        _process = process;
        _output = output;
        Address = address;
        Key = key;
    }

    public Uri Address { get; }

    /// <summary>The development key of carrier KE printed at start-up (kept in the data folder: the same at every start on it).</summary>
    public string Key { get; }

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output
    {
        get
        {
            lock (_output) return _output.ToString();
        }
    }

    public static async Task<GatewayProcess> StartAsync(string dataFolder, IDictionary<string, string>? settings = null, string? workingDirectory = null)
    {
        int port = FreePort();
        string lists = Path.Combine(AppContext.BaseDirectory, "TestData", "Lists");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "gateway.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        var env = start.Environment;
        env["Gateway__DataFolder"] = dataFolder;
        env["Gateway__WatchLists__0__Name"] = "entry-ban";
        env["Gateway__WatchLists__0__Kind"] = "entry-ban";
        env["Gateway__WatchLists__0__Format"] = "native-csv";
        env["Gateway__WatchLists__0__Path"] = Path.Combine(lists, "entry_ban.csv");
        env["Gateway__WatchLists__0__Optional"] = "false";
        env["Gateway__WatchLists__1__Name"] = "lost-stolen";
        env["Gateway__WatchLists__1__Kind"] = "lost-stolen";
        env["Gateway__WatchLists__1__Format"] = "native-csv";
        env["Gateway__WatchLists__1__Path"] = Path.Combine(lists, "lost_stolen.csv");
        env["Gateway__WatchLists__1__Optional"] = "false";
        env["Logging__LogLevel__Default"] = "Warning";
        foreach (var (k, v) in settings ?? new Dictionary<string, string>()) env[k] = v;

        var process = Process.Start(start)!;
        var key = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) =>
        {
            const string prefix = "development API key for KE: ";
            if (e.Data is null) return;
            lock (output) output.AppendLine(e.Data);
            if (e.Data.StartsWith(prefix, StringComparison.Ordinal)) key.TrySetResult(e.Data[prefix.Length..].Trim());
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null) lock (output) output.AppendLine(e.Data);
        };
        process.Exited += (_, _) => key.TrySetException(new InvalidOperationException("the gateway exited: " + output));
        process.EnableRaisingEvents = true;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var gateway = new GatewayProcess(process, output, new Uri($"http://127.0.0.1:{port}"), await key.Task.WaitAsync(TimeSpan.FromMinutes(1)));
        using var probe = new HttpClient { BaseAddress = gateway.Address };
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                if ((await probe.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode == HttpStatusCode.OK) break;
            }
            catch (HttpRequestException) when (attempt < 300)
            {
                // not listening yet
            }
            await Task.Delay(100);
        }
        return gateway;
    }

    public HttpClient Client()
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add(CarrierAuth.Header, Key);
        return client;
    }

    /// <summary>SIGKILL, as <c>kill -9</c>.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited) Kill();
        _process.Dispose();
        return ValueTask.CompletedTask;
    }
}
