namespace Gateway.Runner.Report;

/// <summary>A rate sweep: one step per rate, the knee (highest rate with p99 under the limit and no errors) and its ratio to the baseline's.</summary>
public sealed record SweepResult(string Name, string Scenario, double P99LimitMs, IReadOnlyList<SweepStep> Steps, double? Knee,
    IReadOnlyList<SweepStep> BaselineSteps, double? BaselineKnee, double? KneeRatio, string? Commit, string Machine);

/// <summary>One rate of a sweep.</summary>
public sealed record SweepStep(double Rate, double Throughput, double P50, double P99, double P999, double Max, long Errors, bool Reconciled, bool Passed)
{
    /// <summary>The step's warm-up (the first step's is longer: see <c>--first-warmup</c>).</summary>
    public double WarmupSeconds { get; init; }
}
