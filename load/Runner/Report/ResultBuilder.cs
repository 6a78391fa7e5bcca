using Gateway.Runner.Engine;

namespace Gateway.Runner.Report;

/// <summary>Turns a recorder into the figures of a result.</summary>
public static class ResultBuilder
{
    /// <summary>The percentiles at which the distribution chart and JSON give latency.</summary>
    public static readonly double[] DistributionPercentiles = [0, 10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99, 100];

    /// <summary>Percentiles of a histogram of microseconds, in milliseconds.</summary>
    public static LatencySummary Summary(LatencyHistogram h) =>
        new(h.Count, Ms(h.Mean), Ms(h.ValueAt(50)), Ms(h.ValueAt(90)), Ms(h.ValueAt(99)), Ms(h.ValueAt(99.9)), Ms(h.Max));

    /// <summary>Seconds of the run with their latency (by when requests were due) and completions.</summary>
    public static List<SecondPoint> Timeline(Recorder recorder)
    {
        int last = Math.Max(recorder.BySecond.Keys.DefaultIfEmpty(0).Max(), recorder.CompletedBySecond.Keys.DefaultIfEmpty(0).Max());
        var points = new List<SecondPoint>(last + 1);
        for (int s = 0; s <= last; s++)
        {
            recorder.BySecond.TryGetValue(s, out var h);
            recorder.CompletedBySecond.TryGetValue(s, out var c);
            points.Add(new SecondPoint(s, h?.Count ?? 0, h is null ? 0 : Ms(h.ValueAt(50)), h is null ? 0 : Ms(h.ValueAt(99)), h is null ? 0 : Ms(h.Max),
                c?[0] ?? 0, c?[1] ?? 0, c?[2] ?? 0));
        }
        return points;
    }

    /// <summary>Latency at the distribution percentiles.</summary>
    public static List<PercentilePoint> Distribution(LatencyHistogram h) =>
        [.. DistributionPercentiles.Select(p => new PercentilePoint(p, Ms(h.ValueAt(p))))];

    /// <summary>Measured 2xx answers per second of the measured window.</summary>
    public static double Throughput(Recorder recorder) =>
        recorder.Schedule.Total <= recorder.Schedule.WarmupCount ? 0
            : recorder.MeasuredOk / Math.Max(1e-9, (recorder.Schedule.At(recorder.Schedule.Total - 1) - recorder.Schedule.At(recorder.Schedule.WarmupCount)).TotalSeconds + (1 / recorder.Schedule.Rate));

    private static double Ms(double micros) => Math.Round(micros / 1000.0, 3);
}
