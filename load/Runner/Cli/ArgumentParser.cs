using System.Globalization;

namespace Gateway.Runner.Cli;

/// <summary>Parses <c>SCENARIO [--option value]…</c>; every mistake is an <see cref="ArgumentException"/> naming the option.</summary>
public static class ArgumentParser
{
    /// <summary>The options of a run.</summary>
    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith('-')) throw new ArgumentException("name a scenario first: " + string.Join(", ", RunnerOptions.Scenarios));
        if (!RunnerOptions.Scenarios.Contains(args[0], StringComparer.Ordinal))
        {
            throw new ArgumentException($"unknown scenario '{args[0]}': one of {string.Join(", ", RunnerOptions.Scenarios)}");
        }
        var o = new RunnerOptions { Scenario = args[0] };
        foreach (var (name, value) in Pairs(args.Skip(1)))
        {
            o = name switch
            {
                "url" => o with { Url = Url(value!) },
                "rate" => o with { Rate = Positive(name, value) },
                "rates" => o with { Rates = [.. Need(name, value).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => Positive(name, r))] },
                "baseline-rates" => o with { BaselineRates = [.. Need(name, value).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(r => Positive(name, r))] },
                "warmup" => o with { Warmup = Duration(name, value, allowZero: true) },
                "first-warmup" => o with { FirstWarmup = Duration(name, value, allowZero: true) },
                "gateway-pid" => o with { GatewayPid = ProcessId(name, value) },
                "settle" => o with { Settle = Duration(name, value, allowZero: true) },
                "duration" => o with { Duration = Duration(name, value, allowZero: false) },
                "max-requests" => o with { MaxRequests = (long)Positive(name, value) },
                "timeout" => o with { Timeout = Duration(name, value, allowZero: false) },
                "name" => o with { Name = SafeName(Need(name, value)) },
                "out" => o with { Output = Need(name, value) },
                "key" => o with { Key = Need(name, value) },
                "admin-key" => o with { AdminKey = Need(name, value) },
                "keys-from" => o with { KeysFrom = Need(name, value) },
                "carrier" => o with { Carrier = Need(name, value) },
                "listed-share" => o with { ListedShare = Share(name, value) },
                "list-file" => o with { ListFile = Need(name, value) },
                "reload-list" => o with { ReloadList = Need(name, value) },
                "format" => o with { Format = Need(name, value) is "json" or "edifact" ? value! : throw new ArgumentException($"--format: 'json' or 'edifact', not '{value}'") },
                "mix" => o with { Mix = Need(name, value) },
                "p99-limit" => o with { P99LimitMs = Positive(name, value) },
                "connections" => o with { Connections = (int)Positive(name, value) },
                "seed" => o with { Seed = (int)Number(name, value) },
                "checks-per-flight" => o with { ChecksPerFlight = (int)Positive(name, value) },
                "batch-size" => o with { BatchSize = (int)Positive(name, value) },
                "no-reconcile" => o with { Reconcile = false },
                "baseline" => o with { Baseline = true },
                "sweep-all" => o with { SweepAll = true },
                _ => throw new ArgumentException($"unknown option --{name}"),
            };
        }
        if (o.Scenario == "reload" && o.ListFile is null) throw new ArgumentException("the reload scenario needs --list-file (the native-CSV list to upload mid-run)");
        return o;
    }

    /// <summary>Options as (name, value) pairs; flags have a null value.</summary>
    public static IEnumerable<(string Name, string? Value)> Pairs(IEnumerable<string> args)
    {
        var list = args.ToList();
        for (int i = 0; i < list.Count; i++)
        {
            string a = list[i];
            if (!a.StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"unexpected argument '{a}': options start with --");
            string name = a[2..];
            int eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0) { yield return (name[..eq], name[(eq + 1)..]); continue; }
            if (Flags.Contains(name, StringComparer.Ordinal)) { yield return (name, null); continue; }
            if (i + 1 >= list.Count) throw new ArgumentException($"--{name} needs a value");
            yield return (name, list[++i]);
        }
    }

    private static readonly string[] Flags = ["no-reconcile", "baseline", "sweep-all"];

    /// <summary>A duration: <c>30s</c>, <c>2m</c>, <c>500ms</c>, <c>1h</c> or a number of seconds.</summary>
    public static TimeSpan Duration(string name, string? value, bool allowZero)
    {
        string v = Need(name, value).Trim();
        (string number, double scale) = v.EndsWith("ms", StringComparison.Ordinal) ? (v[..^2], 0.001)
            : v.EndsWith('s') ? (v[..^1], 1) : v.EndsWith('m') ? (v[..^1], 60) : v.EndsWith('h') ? (v[..^1], 3600) : (v, 1);
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0 || (!allowZero && n == 0) || double.IsInfinity(n))
        {
            throw new ArgumentException($"--{name}: '{value}' is not a duration like 30s, 2m or 500ms{(allowZero ? "" : " (above zero)")}");
        }
        return TimeSpan.FromSeconds(n * scale);
    }

    /// <summary>A URL the runner may load: http(s) on a loopback address only.</summary>
    public static Uri Url(string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"--url: '{value}' is not an http(s) URL");
        }
        if (!Loopback.IsLoopback(uri)) throw new ArgumentException($"--url: {uri.Host} is not a loopback address; the runner loads only 127.0.0.1, ::1 or localhost");
        return uri;
    }

    private static string Need(string name, string? value) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"--{name} needs a value") : value;

    private static double Number(string name, string? value) =>
        double.TryParse(Need(name, value), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && double.IsFinite(n) ? n
            : throw new ArgumentException($"--{name}: '{value}' is not a number");

    private static double Positive(string name, string? value) =>
        Number(name, value) is var n && n > 0 ? n : throw new ArgumentException($"--{name}: '{value}' must be above zero");

    private static int ProcessId(string name, string? value) =>
        int.TryParse(Need(name, value), NumberStyles.None, CultureInfo.InvariantCulture, out int pid) && pid > 0 ? pid
            : throw new ArgumentException($"--{name}: '{value}' is not a process id");

    private static double Share(string name, string? value) =>
        Number(name, value) is var n && n is >= 0 and <= 1 ? n : throw new ArgumentException($"--{name}: '{value}' must be between 0 and 1");

    private static string SafeName(string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') && !value.StartsWith('.') ? value
            : throw new ArgumentException($"--name: '{value}' may hold only letters, digits, '-', '_' and '.'");
}
