using System.Globalization;
using System.Runtime.InteropServices;
using Gateway.Runner.Cli;

namespace Gateway.Runner.MockKafka;

/// <summary>
/// <c>scripts/load kafka-mock [--bootstrap-file F] [--outage-at 40s --outage-for 20s]</c>: hosts a mock Kafka cluster
/// for a gateway started with <c>scripts/load gateway --stream kafka</c>, writes its bootstrap servers to the file,
/// creates the gateway's topics, takes every broker down at the outage time and up again after its duration (each
/// logged with a UTC timestamp), and runs until Ctrl-C or SIGTERM.
/// </summary>
public static class KafkaMockCommand
{
    /// <summary>Where the bootstrap servers go unless told otherwise; <c>scripts/load gateway --stream kafka</c> reads it.</summary>
    public const string DefaultBootstrapFile = "load/results/kafka.bootstrap";

    /// <summary>The gateway's topics (src/Gateway: EventTopics.All) and their dead-letter topics.</summary>
    public static readonly string[] DefaultTopics = [.. new[]
    {
        "gateway.submissions", "gateway.reports", "gateway.screenings", "gateway.decisions", "gateway.reviews", "gateway.pnr", "gateway.notices",
    }.SelectMany(t => new[] { t, t + ".dlq" })];

    /// <summary>What the command is told.</summary>
    public sealed record Options(string BootstrapFile, int Brokers, int Partitions, IReadOnlyList<string> Topics, string? OutageAt, TimeSpan? OutageFor);

    /// <summary>Parses the command's options.</summary>
    /// <exception cref="ArgumentException">An unknown option, a bad value, or an outage time without a duration (or the reverse).</exception>
    public static Options Parse(IReadOnlyList<string> args)
    {
        var o = new Options(DefaultBootstrapFile, 3, 12, DefaultTopics, null, null);
        foreach (var (name, value) in ArgumentParser.Pairs(args))
        {
            string v = value ?? throw new ArgumentException($"--{name} needs a value");
            o = name switch
            {
                "bootstrap-file" => o with { BootstrapFile = v },
                "brokers" => o with { Brokers = Count(name, v, 1, 10) },
                "partitions" => o with { Partitions = Count(name, v, 1, 1000) },
                "topics" => o with { Topics = [.. v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)] },
                "outage-at" => o with { OutageAt = Checked(v) },
                "outage-for" => o with { OutageFor = ArgumentParser.Duration(name, v, allowZero: false) },
                _ => throw new ArgumentException($"unknown option --{name} (kafka-mock takes --bootstrap-file, --brokers, --partitions, --topics, --outage-at, --outage-for)"),
            };
        }
        if ((o.OutageAt is null) != (o.OutageFor is null)) throw new ArgumentException("--outage-at and --outage-for go together");
        return o;
    }

    /// <summary>Runs the cluster until <paramref name="stop"/> (or Ctrl-C/SIGTERM when none is given); returns the exit status.</summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter log, CancellationToken stop = default)
    {
        var o = Parse(args);
        using var signalled = CancellationTokenSource.CreateLinkedTokenSource(stop);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; signalled.Cancel(); });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; signalled.Cancel(); });
        var start = DateTimeOffset.UtcNow;
        DateTimeOffset? down = o.OutageAt is { } at ? OutageTime.At(at, start) : null;

        using var cluster = new MockCluster(o.Brokers);
        Log(log, $"mock cluster: {cluster.Brokers} brokers at {cluster.BootstrapServers}");
        foreach (var topic in o.Topics) Log(log, $"topic {topic}: {cluster.CreateTopic(topic, o.Partitions)} partitions");
        string? folder = Path.GetDirectoryName(Path.GetFullPath(o.BootstrapFile));
        if (folder is not null) Directory.CreateDirectory(folder);
        // Written aside and renamed, so a reader (the gateway's script, a test) never sees it half-written.
        await File.WriteAllTextAsync(o.BootstrapFile + ".tmp", cluster.BootstrapServers + "\n", CancellationToken.None);
        File.Move(o.BootstrapFile + ".tmp", o.BootstrapFile, overwrite: true);
        Log(log, $"bootstrap servers written to {o.BootstrapFile}");
        if (down is { } d) Log(log, $"outage planned: brokers down at {d:HH:mm:ss} UTC for {o.OutageFor!.Value.TotalSeconds:0.#} s");
        try
        {
            if (down is { } when)
            {
                await Task.Delay(Until(when), signalled.Token);
                cluster.SetBrokers(up: false);
                Log(log, $"outage: all {cluster.Brokers} brokers DOWN");
                try
                {
                    await Task.Delay(o.OutageFor!.Value, signalled.Token);
                }
                finally
                {
                    cluster.SetBrokers(up: true);
                    Log(log, $"outage over: all {cluster.Brokers} brokers UP after {(DateTimeOffset.UtcNow - when).TotalSeconds:0.0} s");
                }
            }
            await Task.Delay(Timeout.Infinite, signalled.Token);
        }
        catch (OperationCanceledException)
        {
            Log(log, "stopping: the mock cluster goes with this process");
        }
        finally
        {
            File.Delete(o.BootstrapFile);
        }
        return 0;
    }

    // Checked now so a mistake is reported before the cluster starts; resolved against the start time when running.
    private static string Checked(string value)
    {
        _ = OutageTime.At(value, DateTimeOffset.UtcNow);
        return value;
    }

    private static TimeSpan Until(DateTimeOffset when) => when > DateTimeOffset.UtcNow ? when - DateTimeOffset.UtcNow : TimeSpan.Zero;

    private static void Log(TextWriter log, string line)
    {
        log.WriteLine(DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture) + " " + line);
        log.Flush();
    }

    private static int Count(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= min && n <= max ? n
            : throw new ArgumentException($"--{name}: '{value}' must be a whole number from {min} to {max}");
}
