using System.Globalization;
using System.Text;

namespace Gateway.Runner.Report;

/// <summary>The Markdown summary of a run or a sweep.</summary>
public static class SummaryWriter
{
    /// <summary>A run's summary: what ran, the latency table, errors, reconciliation, reload and baseline.</summary>
    public static string Write(RunResult r)
    {
        var ci = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.Append(ci, $"# Load run `{r.Name}`: {r.Scenario}\n\n");
        s.Append(ci, $"Target {r.Target}, started {r.Started:yyyy-MM-dd HH:mm:ss} UTC, commit {r.Commit ?? "unknown"}; machine: {r.Machine}.\n");
        s.Append(ci, $"Open model: {r.Rate:0.##} requests/s on a fixed schedule, {r.WarmupSeconds:0.#} s warm-up then {r.DurationSeconds:0.#} s measured; ");
        s.Append(ci, $"latency from each request's scheduled start (no coordinated omission).\n\n");
        s.Append("| measure | value |\n|---|---:|\n");
        s.Append(ci, $"| requests scheduled (warm-up included) | {r.Scheduled:N0} |\n");
        s.Append(ci, $"| measured answers / 2xx | {r.MeasuredCompleted:N0} / {r.MeasuredOk:N0} |\n");
        s.Append(ci, $"| throughput (measured 2xx per second) | {r.Throughput:N0} |\n");
        s.Append(ci, $"| latency p50 / p90 / p99 / p99.9 / max (ms) | {r.Latency.P50:0.##} / {r.Latency.P90:0.##} / {r.Latency.P99:0.##} / {r.Latency.P999:0.##} / {r.Latency.Max:0.##} |\n");
        s.Append(ci, $"| scheduler lag p99 / max (ms, included above) | {r.DispatchLag.P99:0.##} / {r.DispatchLag.Max:0.##} |\n");
        if (r.TravellersSent > 0) s.Append(ci, $"| travellers sent / drawn from the watch list | {r.TravellersSent:N0} / {r.ListedSent:N0} |\n");
        s.Append(ci, $"| errors | {(r.ErrorCount == 0 ? "none" : string.Join(", ", r.Errors.Select(e => $"{e.Key}: {e.Value:N0}")) + " (not acknowledged, so not reconciled: refused, not lost)")} |\n");
        if (r.Reconciliation is { } rec)
        {
            s.Append(ci, $"| reconciliation | {(rec.Complete ? "complete" : "**INCOMPLETE**")}: {rec.Acknowledged:N0} acknowledged; read back {rec.Checks:N0} check answers, {rec.Reports:N0} reports, {rec.PnrPushes:N0} PNR pushes; ");
            s.Append(ci, $"{rec.TravellersFound:N0} travellers found in their reports ({rec.TravellersDecided:N0} decided), {rec.TravellersMissing:N0} missing from them, {rec.RecordsMissing:N0} records missing |\n");
            if (rec.SettleSeconds is { } waited)
            {
                s.Append(ci, $"| travellers acknowledged / stored / decided / missing / undecided | {rec.TravellersFound + rec.TravellersMissing:N0} / {rec.TravellersFound:N0} / {rec.TravellersDecided:N0} / {rec.TravellersMissing:N0} / {rec.TravellersUndecided:N0} (waited {waited:0.#} s for screening) |\n");
            }
        }
        if (r.Baseline is { } b)
        {
            s.Append(ci, $"| baseline (GET /health/live, same rate) p50 / p99 (ms) | {b.Baseline.P50:0.##} / {b.Baseline.P99:0.##} |\n");
            s.Append(ci, $"| ratio to baseline p50 / p99 | {b.P50Ratio:0.#}× / {b.P99Ratio:0.#}× |\n");
        }
        if (r.Reload is { } l)
        {
            s.Append(ci, $"| watch-list replacement `{l.List}` | at {l.AtSecond:0.#} s, took {l.Seconds:0.#} s, status {l.Status} |\n");
            s.Append(ci, $"| p50 / p99 / max during the replacement (ms) | {l.During.P50:0.##} / {l.During.P99:0.##} / {l.During.Max:0.##} ({l.During.Count:N0} requests) |\n");
            s.Append(ci, $"| p50 / p99 / max outside it (ms) | {l.Outside.P50:0.##} / {l.Outside.P99:0.##} / {l.Outside.Max:0.##} |\n");
        }
        s.Append("\n![latency over time](latency.svg)\n![throughput over time](throughput.svg)\n![latency by percentile](percentiles.svg)\n");
        if (r.Process is { } p) AppendProcess(s, p, r.WarmupSeconds);
        if (r.Reconciliation is { Complete: false } bad) s.Append("\nMissing (first): ").Append(string.Join(", ", bad.Examples)).Append('\n');
        return s.ToString();
    }

    private static void AppendProcess(StringBuilder s, Sampling.ProcessReport p, double warmup)
    {
        var ci = CultureInfo.InvariantCulture;
        s.Append(ci, $"\n## Gateway process\n\nProcess {p.Pid} (from {p.Source}), sampled once a second from /proc: {p.Samples.Count:N0} samples. ");
        s.Append(ci, $"After the {warmup:0.#} s warm-up the samples are cut in quarters; a measure is *stable* when the last quarter's mean is at most 10 % ");
        s.Append("above the second quarter's (or 32 MiB, 16 handles, 4 threads when that is more).\n\n");
        s.Append("| measure | first | 2nd quarter mean | last quarter mean | max | growth | allowed | verdict |\n|---|---:|---:|---:|---:|---:|---:|---|\n");
        foreach (var v in p.Verdicts)
        {
            s.Append(ci, $"| {v.Measure} | {v.First:0.#} | {v.SecondQuarter:0.#} | {v.LastQuarter:0.#} | {v.Max:0.#} | {v.Growth.ToString("+0.#;-0.#;0", ci)} | {v.Allowed:0.#} | **{v.Verdict}** |\n");
        }
        s.Append("\n![gateway process](process.svg)\n");
    }

    /// <summary>A sweep's summary: one row per rate, the knee and its ratio to the baseline's knee.</summary>
    public static string Write(SweepResult w)
    {
        var ci = CultureInfo.InvariantCulture;
        var s = new StringBuilder();
        s.Append(ci, $"# Rate sweep `{w.Name}`: {w.Scenario}\n\nCommit {w.Commit ?? "unknown"}; machine: {w.Machine}. Knee: the highest rate with p99 < {w.P99LimitMs:0} ms, no errors and every record reconciled.\n\n");
        void Table(string title, IReadOnlyList<SweepStep> steps)
        {
            s.Append(ci, $"{title}\n\n| rate/s | warm-up s | throughput/s | p50 ms | p99 ms | p99.9 ms | max ms | errors | reconciled | passed |\n|---:|---:|---:|---:|---:|---:|---:|---:|---|---|\n");
            foreach (var x in steps)
            {
                s.Append(ci, $"| {x.Rate:N0} | {x.WarmupSeconds:0.#} | {x.Throughput:N0} | {x.P50:0.##} | {x.P99:0.##} | {x.P999:0.##} | {x.Max:0.##} | {x.Errors:N0} | {(x.Reconciled ? "yes" : "no")} | {(x.Passed ? "yes" : "no")} |\n");
            }
            s.Append('\n');
        }
        Table($"## {w.Scenario}", w.Steps);
        if (w.BaselineSteps.Count > 0) Table("## baseline (GET /health/live)", w.BaselineSteps);
        s.Append(ci, $"Knee: **{(w.Knee is { } k ? k.ToString("N0", ci) + "/s" : "none (the lowest rate already failed)")}**");
        if (w.BaselineKnee is { } bk) s.Append(ci, $"; baseline knee {bk:N0}/s{(w.BaselineSteps.All(x => x.Passed) ? " (or higher: every baseline rate passed)" : "")}");
        if (w.KneeRatio is { } ratio) s.Append(ci, $"; ratio {ratio:0.###}");
        s.Append(".\n\n![latency by rate](sweep.svg)\n");
        return s.ToString();
    }
}
