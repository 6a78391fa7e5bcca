namespace Gateway.Runner.Report;

/// <summary>Everything one run measured; written as results.json and drawn as charts and summary.</summary>
public sealed record RunResult(
    string Name,
    string Scenario,
    string Target,
    DateTimeOffset Started,
    string? Commit,
    string Machine,
    double Rate,
    double WarmupSeconds,
    double DurationSeconds,
    long Scheduled,
    long Completed,
    long Ok,
    long MeasuredCompleted,
    long MeasuredOk,
    double Throughput,
    IReadOnlyDictionary<string, long> Errors,
    LatencySummary Latency,
    LatencySummary DispatchLag,
    long TravellersSent,
    long ListedSent,
    IReadOnlyList<SecondPoint> Timeline,
    IReadOnlyList<PercentilePoint> Distribution,
    Reconciliation? Reconciliation,
    ReloadResult? Reload,
    BaselineComparison? Baseline)
{
    /// <summary>The gateway process sampled during the run (null when no pid was known).</summary>
    public Sampling.ProcessReport? Process { get; init; }

    /// <summary>Errors of every kind, warm-up included.</summary>
    public long ErrorCount => Errors.Values.Sum();
}

/// <summary>Latency percentiles in milliseconds.</summary>
public sealed record LatencySummary(long Count, double Mean, double P50, double P90, double P99, double P999, double Max);

/// <summary>One second of the run: requests due in it and their latency; answers that came in it.</summary>
public sealed record SecondPoint(int Second, long Due, double P50, double P99, double Max, long Completed, long Ok, long Errors);

/// <summary>A point of the percentile distribution (latency in ms at a percentile).</summary>
public sealed record PercentilePoint(double Percentile, double LatencyMs);

/// <summary>The end-of-run check that every acknowledged record can be read back.</summary>
public sealed record Reconciliation(
    long Acknowledged, long Reports, long Checks, long PnrPushes, long TravellersFound, long TravellersMissing, long TravellersDecided,
    long LookupErrors, long RecordsMissing, IReadOnlyList<string> Examples)
{
    /// <summary>Travellers stored but still not decided when the wait for screening ended.</summary>
    public long TravellersUndecided { get; init; }

    /// <summary>How long reconciliation waited for pending travellers to be decided (null: it did not wait, and undecided ones are not judged).</summary>
    public double? SettleSeconds { get; init; }

    /// <summary>Nothing acknowledged is missing and, when reconciliation waited for screening, every stored traveller was decided.</summary>
    public bool Complete => RecordsMissing == 0 && TravellersMissing == 0 && (SettleSeconds is null || TravellersUndecided == 0);
}

/// <summary>The watch-list replacement made in the middle of a run.</summary>
public sealed record ReloadResult(string List, double AtSecond, double Seconds, int Status, string Answer, LatencySummary During, LatencySummary Outside);

/// <summary>The baseline at the same rate, and this run's latencies as multiples of it.</summary>
public sealed record BaselineComparison(LatencySummary Baseline, double P50Ratio, double P99Ratio);
