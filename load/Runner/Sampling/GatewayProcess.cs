using System.Globalization;

namespace Gateway.Runner.Sampling;

/// <summary>
/// Which process to sample: <c>--gateway-pid</c>, else the pid file <c>scripts/load gateway</c> writes next to its log
/// (<c>load/results/gateway.pid</c> beside <c>gateway.log</c>), when it names a running gateway. Nothing is sampled otherwise.
/// </summary>
public static class GatewayProcess
{
    /// <summary>The pid file beside a gateway log: the same path with <c>.pid</c> for its extension.</summary>
    public static string PidFileFor(string log) => Path.ChangeExtension(log, ".pid");

    /// <summary>The pid in a pid file's text (digits, surrounding white space allowed), or null.</summary>
    public static int? ParsePidFile(string text) =>
        int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && pid > 0 ? pid : null;

    /// <summary>The pid to sample and where it came from, or null (with the reason written to <paramref name="log"/>).</summary>
    /// <exception cref="ArgumentException">The pid given on the command line names no running process.</exception>
    public static (int Pid, string Source)? Resolve(int? given, string? keysLog, TextWriter log, string procRoot = "/proc")
    {
        if (given is { } g)
        {
            return Directory.Exists(Path.Combine(procRoot, g.ToString(CultureInfo.InvariantCulture))) ? (g, "--gateway-pid")
                : throw new ArgumentException($"--gateway-pid: no process {g} is running");
        }
        string file = PidFileFor(keysLog ?? Cli.Keys.DefaultLog);
        if (!File.Exists(file)) return null;
        if (ParsePidFile(File.ReadAllText(file)) is not { } pid)
        {
            log.WriteLine($"note: {file} holds no process id; the gateway process is not sampled");
            return null;
        }
        string cmdline = Path.Combine(procRoot, pid.ToString(CultureInfo.InvariantCulture), "cmdline");
        if (!File.Exists(cmdline) || !File.ReadAllText(cmdline).Contains("gateway", StringComparison.OrdinalIgnoreCase))
        {
            log.WriteLine($"note: {file} names process {pid}, which is not a running gateway (a stale file); the gateway process is not sampled");
            return null;
        }
        return (pid, file);
    }
}
