namespace Gateway.Runner.Sampling;

/// <summary>
/// Whether a measure (resident memory, open handles, threads) held steady through a run: after the warm-up the samples
/// are cut in quarters by count, and the mean of the last quarter is compared with the mean of the second (the first
/// is left out: a process still filling its caches and pools right after the warm-up grows without leaking). The
/// measure is <b>stable</b> when the last quarter is at most <see cref="StabilityBound.Relative"/> above the second, or
/// <see cref="StabilityBound.Absolute"/> units for small counts, whichever is larger; else <b>growing</b>.
/// </summary>
public static class StabilityJudge
{
    /// <summary>Fewest samples after the warm-up for a verdict (two per quarter).</summary>
    public const int MinSamples = 8;

    /// <summary>Resident memory: 10 % or 32 MiB.</summary>
    public static readonly StabilityBound Memory = new(0.10, 32);

    /// <summary>Open handles: 10 % or 16.</summary>
    public static readonly StabilityBound Handles = new(0.10, 16);

    /// <summary>Threads: 10 % or 4.</summary>
    public static readonly StabilityBound Threads = new(0.10, 4);

    /// <summary>The three verdicts of a process's samples, counting from <paramref name="fromSecond"/> (the end of the warm-up).</summary>
    public static List<StabilityVerdict> JudgeAll(IReadOnlyList<ProcessSample> samples, double fromSecond) =>
    [
        Judge("resident memory (MiB)", [.. samples.Select(s => (s.Second, s.RssMiB))], fromSecond, Memory),
        Judge("open handles", [.. samples.Select(s => (s.Second, (double)s.Fds))], fromSecond, Handles),
        Judge("threads", [.. samples.Select(s => (s.Second, (double)s.Threads))], fromSecond, Threads),
    ];

    /// <summary>The verdict on one measure.</summary>
    public static StabilityVerdict Judge(string measure, IReadOnlyList<(double Second, double Value)> samples, double fromSecond, StabilityBound bound)
    {
        var after = samples.Where(s => s.Second >= fromSecond).OrderBy(s => s.Second).Select(s => s.Value).ToList();
        double first = after.Count > 0 ? after[0] : 0, max = after.Count > 0 ? after.Max() : 0;
        if (after.Count < MinSamples) return new StabilityVerdict(measure, after.Count, first, 0, 0, max, 0, 0, StabilityVerdict.TooShort);
        int n = after.Count;
        double second = Mean(after, n / 4, n / 2), last = Mean(after, 3 * n / 4, n);
        double allowed = Math.Max(bound.Relative * second, bound.Absolute);
        double growth = last - second;
        return new StabilityVerdict(measure, n, first, Math.Round(second, 1), Math.Round(last, 1), max, Math.Round(growth, 1), Math.Round(allowed, 1),
            growth <= allowed ? StabilityVerdict.Stable : StabilityVerdict.Growing);
    }

    private static double Mean(List<double> values, int from, int to)
    {
        double sum = 0;
        for (int i = from; i < to; i++) sum += values[i];
        return sum / Math.Max(1, to - from);
    }
}

/// <summary>Growth allowed between the second and last quarters: a share of the second quarter's mean, or an absolute amount if larger.</summary>
public sealed record StabilityBound(double Relative, double Absolute);

/// <summary>
/// One measure's verdict: samples after the warm-up, the first of them, the means of the second and last quarters,
/// the maximum, the growth between the two means, the growth allowed, and <c>stable</c>, <c>growing</c> or <c>too short</c>.
/// </summary>
public sealed record StabilityVerdict(string Measure, int Samples, double First, double SecondQuarter, double LastQuarter, double Max,
    double Growth, double Allowed, string Verdict)
{
    /// <summary>Growth within the bound.</summary>
    public const string Stable = "stable";

    /// <summary>Growth past the bound.</summary>
    public const string Growing = "growing";

    /// <summary>Fewer than <see cref="StabilityJudge.MinSamples"/> samples after the warm-up.</summary>
    public const string TooShort = "too short";
}
