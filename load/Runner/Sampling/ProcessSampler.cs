using System.Diagnostics;

namespace Gateway.Runner.Sampling;

/// <summary>
/// Samples a process once a second from <c>/proc</c> (resident memory and threads from <c>status</c>, open handles as
/// the entries of <c>fd</c>) while a run goes on. Reading <c>/proc</c> costs microseconds, so sampling does not load
/// the machine it measures. <paramref name="procRoot"/> is <c>/proc</c> but for tests.
/// </summary>
public sealed class ProcessSampler(int pid, string procRoot = "/proc")
{
    /// <summary>The sampled process.</summary>
    public int Pid => pid;

    /// <summary>Whether the process exists (its <c>/proc</c> folder is there).</summary>
    public bool Exists => Directory.Exists(Folder);

    private string Folder => Path.Combine(procRoot, pid.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A sample at <paramref name="second"/>, or null when the process is gone (or its files cannot be read).</summary>
    public ProcessSample? Sample(double second)
    {
        try
        {
            var (rss, threads) = ProcStatus.Parse(File.ReadLines(Path.Combine(Folder, "status")));
            int fds = 0;
            foreach (var _ in Directory.EnumerateFileSystemEntries(Path.Combine(Folder, "fd"))) fds++;
            return new ProcessSample(Math.Round(second, 1), Math.Round(rss / 1024.0, 1), fds, threads);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>Samples every second, from now until <paramref name="stop"/>; seconds count from <paramref name="clock"/>.</summary>
    public async Task<List<ProcessSample>> RunAsync(Stopwatch clock, CancellationToken stop)
    {
        var samples = new List<ProcessSample>();
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        do
        {
            if (Sample(clock.Elapsed.TotalSeconds) is { } s) samples.Add(s);
        }
        while (await Tick(timer, stop));
        return samples;
    }

    private static async Task<bool> Tick(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
