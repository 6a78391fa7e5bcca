namespace Gateway.Runner.Cli;

/// <summary>
/// Finds the API keys: the option, else the environment (<c>GATEWAY_KEY</c>, <c>GATEWAY_ADMIN_KEY</c>), else the
/// development keys the gateway printed at start-up ("development API key for KE: dev-…") in its console log
/// (<c>load/results/gateway.log</c>, where <c>scripts/load gateway</c> writes it, when no log is named).
/// </summary>
public static class Keys
{
    /// <summary>The log <c>scripts/load gateway</c> writes.</summary>
    public const string DefaultLog = "load/results/gateway.log";

    /// <summary>The key of <paramref name="who"/> (a carrier code or <c>admin</c>), or null.</summary>
    public static string? Resolve(string who, string? given, string? logFile)
    {
        if (!string.IsNullOrWhiteSpace(given)) return given;
        string? env = Environment.GetEnvironmentVariable(who == "admin" ? "GATEWAY_ADMIN_KEY" : "GATEWAY_KEY");
        if (!string.IsNullOrWhiteSpace(env)) return env;
        logFile ??= DefaultLog;
        return File.Exists(logFile) ? FromLog(File.ReadLines(logFile), who) : null;
    }

    /// <summary>The last development key printed for <paramref name="who"/> in a gateway log.</summary>
    public static string? FromLog(IEnumerable<string> lines, string who)
    {
        string marker = "development API key for " + who + ": ";
        string? found = null;
        foreach (var line in lines)
        {
            int at = line.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0) found = line[(at + marker.Length)..].Trim();
        }
        return found;
    }
}
