using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Gateway.IntegrationTests.Service;

/// <summary>
/// A throwaway PostgreSQL cluster for the test run: Debian's binaries (installed by <c>scripts/setup</c>), a fresh data
/// folder, a free loopback port, trust authentication, fsync off (the tests check behaviour, not power-loss safety).
/// It is started on first use and stopped when the test process exits; no test assumes a server left running.
/// Each gateway data folder gets its own database, so a restart on the same folder finds its data again.
/// </summary>
public sealed class PostgresCluster
{
    private static readonly Lazy<Task<PostgresCluster>> SharedCluster = new(StartAsync);
    private readonly string _folder;
    private readonly string _binaries;
    private readonly int _port;

    private PostgresCluster(string folder, string binaries, int port)
    {
        _folder = folder;
        _binaries = binaries;
        _port = port;
    }

    /// <summary>The cluster of this test run.</summary>
    public static Task<PostgresCluster> Shared => SharedCluster.Value;

    /// <summary>The connection string of the database that belongs to a gateway data folder, created when new.</summary>
    public async Task<string> DatabaseForAsync(string dataFolder)
    {
        string name = "gw_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(dataFolder))))[..16];
        await using var admin = new NpgsqlConnection(ConnectionString("postgres"));
        await admin.OpenAsync();
        await using (var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", admin))
        {
            exists.Parameters.AddWithValue("n", name);
            if (await exists.ExecuteScalarAsync() is not null) return ConnectionString(name);
        }
        // A database name cannot be a parameter; this one is "gw_" and hex digits only.
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
        await create.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={_port};Username=gateway;Database={database};Pooling=true;Maximum Pool Size=20;Timeout=15";

    private static async Task<PostgresCluster> StartAsync()
    {
        string binaries = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault() ?? ""
            : "";
        if (binaries.Length == 0)
        {
            throw new InvalidOperationException("PostgreSQL binaries not found under /usr/lib/postgresql: run scripts/setup (it installs Debian's postgresql)");
        }
        SweepStoppedClusters();
        string folder = Directory.CreateTempSubdirectory("gateway-pg-").FullName;
        bool root = Environment.UserName == "root";
        if (root) await Run("chown", "postgres:postgres", folder);
        string data = Path.Combine(folder, "data");
        await RunAs(root, Path.Combine(binaries, "initdb"), "-D", data, "-U", "gateway", "--auth=trust", "--encoding=UTF8", "--no-sync");
        int port = FreePort();
        var cluster = new PostgresCluster(folder, binaries, port);
        await RunAs(root, Path.Combine(binaries, "pg_ctl"), "start", "-w", "-D", data, "-l", Path.Combine(folder, "log"), "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Stop(root);
        return cluster;
    }

    private void Stop(bool root)
    {
        try
        {
            RunAs(root, Path.Combine(_binaries, "pg_ctl"), "stop", "-D", Path.Combine(_folder, "data"), "-m", "immediate").GetAwaiter().GetResult();
            Directory.Delete(_folder, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"test PostgreSQL cluster in {_folder} not cleaned up: {e.Message}");
        }
    }

    // The test host may end before the exit handler has removed the stopped cluster's folder; the next run removes it.
    private static void SweepStoppedClusters()
    {
        foreach (var stale in Directory.GetDirectories(Path.GetTempPath(), "gateway-pg-*"))
        {
            if (File.Exists(Path.Combine(stale, "data", "postmaster.pid"))) continue;
            try
            {
                Directory.Delete(stale, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"stale test PostgreSQL folder {stale} not removed: {e.Message}");
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // PostgreSQL refuses to run as root; as root the tests run its binaries as Debian's postgres user.
    private static Task RunAs(bool root, string program, params string[] arguments) =>
        root ? Run("runuser", ["-u", "postgres", "--", program, .. arguments]) : Run(program, arguments);

    private static async Task Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {await error}{await output}");
        }
    }
}
