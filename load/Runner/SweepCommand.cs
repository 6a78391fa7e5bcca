using Gateway.Runner.Cli;
using Gateway.Runner.Report;

namespace Gateway.Runner;

/// <summary>
/// A rate sweep: the baseline, then the scenario, at rising rates (each a full run with its own folder), stopping at
/// the first rate that fails unless told otherwise. The knee is the highest rate before the first failure with p99 under
/// the limit, no errors and every record reconciled; its ratio to the baseline's knee says how much of what the
/// machine can serve at all the scenario keeps.
/// </summary>
public static class SweepCommand
{
    /// <summary>Runs the sweep and writes its folder.</summary>
    public static async Task<SweepResult> RunAsync(RunnerOptions o, TextWriter log, CancellationToken cancel = default)
    {
        string name = o.Name ?? $"sweep-{o.Scenario}-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
        string root = Path.Combine(o.Output, name);
        var baselineSteps = new List<SweepStep>();
        if (o.Scenario != "baseline" && o.Baseline)
        {
            var rates = o.BaselineRates.Count > 0 ? o.BaselineRates : o.Rates;
            for (int i = 0; i < rates.Count; i++)
            {
                double rate = rates[i];
                var r = await RunCommand.RunAsync(o with { Scenario = "baseline", Rate = rate, Name = $"baseline-{rate:0}", Output = root, Baseline = false, Reconcile = false, Warmup = WarmupOf(i, o) }, log, cancel);
                baselineSteps.Add(Step(r, o.P99LimitMs));
                if (!baselineSteps[^1].Passed && !o.SweepAll) break;
            }
        }
        var steps = new List<SweepStep>();
        for (int i = 0; i < o.Rates.Count; i++)
        {
            double rate = o.Rates[i];
            var r = await RunCommand.RunAsync(o with { Rate = rate, Name = $"{o.Scenario}-{rate:0}", Output = root, Baseline = false, Warmup = WarmupOf(i, o) }, log, cancel);
            steps.Add(Step(r, o.P99LimitMs));
            if (!steps[^1].Passed && !o.SweepAll) break;
        }
        double? knee = Knee(steps), baselineKnee = Knee(baselineSteps);
        var result = new SweepResult(name, o.Scenario, o.P99LimitMs, steps, knee, baselineSteps, baselineKnee,
            knee is { } k && baselineKnee is { } b && b > 0 ? Math.Round(k / b, 3) : null, RunContext.Commit(), RunContext.Machine());
        ResultFiles.Write(root, result);
        log.WriteLine($"knee: {(knee is { } kk ? kk.ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "/s" : "none")}; results in {root}");
        return result;
    }

    /// <summary>
    /// The warm-up of step <paramref name="index"/> of a sweep's baseline or scenario: the first step gets the longer
    /// <see cref="RunnerOptions.FirstWarmup"/> (the code it exercises is compiled and its caches filled while it runs;
    /// the baseline warms only Kestrel, not the scenario's path), the others <see cref="RunnerOptions.Warmup"/>.
    /// </summary>
    public static TimeSpan WarmupOf(int index, RunnerOptions o) => index == 0 && o.FirstWarmup > o.Warmup ? o.FirstWarmup : o.Warmup;

    /// <summary>One rate's figures and whether it passed.</summary>
    public static SweepStep Step(RunResult r, double p99Limit)
    {
        bool reconciled = r.Reconciliation?.Complete ?? true;
        bool passed = r.MeasuredOk > 0 && r.ErrorCount == 0 && reconciled && r.Latency.P99 < p99Limit;
        return new SweepStep(r.Rate, r.Throughput, r.Latency.P50, r.Latency.P99, r.Latency.P999, r.Latency.Max, r.ErrorCount, reconciled, passed)
        {
            WarmupSeconds = r.WarmupSeconds,
        };
    }

    /// <summary>The highest rate before the first failing one (steps in rising order), or null.</summary>
    public static double? Knee(IReadOnlyList<SweepStep> steps)
    {
        double? knee = null;
        foreach (var s in steps.OrderBy(s => s.Rate))
        {
            if (!s.Passed) break;
            knee = s.Rate;
        }
        return knee;
    }
}
