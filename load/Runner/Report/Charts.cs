namespace Gateway.Runner.Report;

/// <summary>The three charts of a run, as SVG documents.</summary>
public static class Charts
{
    /// <summary>p50, p99 and max latency by second of the schedule.</summary>
    public static string LatencyOverTime(RunResult r) => new LineChart($"{r.Scenario} at {r.Rate:0}/s: latency over time (from the scheduled start)", "second of the run", "latency (ms)",
    [
        new Series("p50", "#1f77b4", [.. r.Timeline.Where(p => p.Due > 0).Select(p => ((double)p.Second, p.P50))]),
        new Series("p99", "#ff7f0e", [.. r.Timeline.Where(p => p.Due > 0).Select(p => ((double)p.Second, p.P99))]),
    ])
    { Reference = r.Scenario == "baseline" ? null : (20, "20 ms"), Shade = (0, r.WarmupSeconds, "warm-up") }.ToSvg();

    /// <summary>Answers per second: all, 2xx, errors, against the offered rate.</summary>
    public static string ThroughputOverTime(RunResult r) => new LineChart($"{r.Scenario} at {r.Rate:0}/s: throughput over time", "second of the run", "answers per second",
    [
        new Series("2xx", "#2ca02c", [.. r.Timeline.Select(p => ((double)p.Second, (double)p.Ok))]),
        new Series("errors", "#d62728", [.. r.Timeline.Select(p => ((double)p.Second, (double)p.Errors))]),
    ])
    { Reference = (r.Rate, $"offered {r.Rate:0}/s"), Shade = (0, r.WarmupSeconds, "warm-up") }.ToSvg();

    /// <summary>Latency by percentile, on a 1/(1-p) scale so the tail is readable.</summary>
    public static string Distribution(RunResult r)
    {
        static double X(double percentile) => Math.Log10(1 / Math.Max(1e-5, 1 - (Math.Min(percentile, 99.999) / 100)));
        var ticks = new[] { (0.0, "0"), (X(90), "90"), (X(99), "99"), (X(99.9), "99.9"), (X(99.99), "99.99"), (X(99.999), "max") };
        return new LineChart($"{r.Scenario} at {r.Rate:0}/s: latency by percentile", "percentile", "latency (ms)",
            [new Series("measured", "#1f77b4", [.. r.Distribution.Select(p => (X(p.Percentile), p.LatencyMs))])])
        { XTicks = ticks, Reference = r.Scenario == "baseline" ? null : (20, "20 ms") }.ToSvg();
    }

    /// <summary>The gateway process during the run: resident memory, open handles and threads by second.</summary>
    public static string Process(RunResult r) => new LineChart($"{r.Scenario} at {r.Rate:0}/s: gateway process {r.Process?.Pid}", "second of the run", "MiB / count",
    [
        new Series("resident memory (MiB)", "#1f77b4", [.. (r.Process?.Samples ?? []).Select(p => (p.Second, p.RssMiB))]),
        new Series("open handles", "#ff7f0e", [.. (r.Process?.Samples ?? []).Select(p => (p.Second, (double)p.Fds))]),
        new Series("threads", "#2ca02c", [.. (r.Process?.Samples ?? []).Select(p => (p.Second, (double)p.Threads))]),
    ])
    { Shade = (0, r.WarmupSeconds, "warm-up") }.ToSvg();

    /// <summary>A sweep: p50, p99 by offered rate, with the baseline's p99 and the limit.</summary>
    public static string Sweep(SweepResult s) => new LineChart($"{s.Scenario}: latency by offered rate", "offered rate (requests/s)", "latency (ms, log scale)",
    [
        new Series("p50", "#1f77b4", [.. s.Steps.Select(x => (x.Rate, x.P50))]),
        new Series("p99", "#ff7f0e", [.. s.Steps.Select(x => (x.Rate, x.P99))]),
        new Series("baseline p99", "#7f7f7f", [.. s.BaselineSteps.Select(x => (x.Rate, x.P99))]),
    ])
    { Reference = (s.P99LimitMs, $"{s.P99LimitMs:0} ms"), LogY = true }.ToSvg();
}
