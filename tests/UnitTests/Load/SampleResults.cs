using Gateway.Runner.Report;

namespace Gateway.UnitTests.Load;

/// <summary>A small hand-made run result for the report tests.</summary>
internal static class SampleResults
{
    public static RunResult Run() => new(
        "sample", "iapi", "http://127.0.0.1:5000/", new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero), "abc1234", "2 cores",
        100, 1, 3, 400, 400, 400, 300, 300, 100, new Dictionary<string, long>(),
        new LatencySummary(300, 2.1, 1.5, 3, 9.25, 15, 40), new LatencySummary(400, 0.2, 0.1, 0.5, 1, 1.1, 1.2), 1200, 24,
        [new SecondPoint(0, 100, 1.4, 8, 12, 99, 99, 0), new SecondPoint(1, 100, 1.5, 9, 40, 101, 101, 0), new SecondPoint(2, 100, 1.6, 9.5, 15, 100, 100, 0)],
        [new PercentilePoint(0, 0.5), new PercentilePoint(50, 1.5), new PercentilePoint(99, 9.25), new PercentilePoint(100, 40)],
        null, null, null);
}
