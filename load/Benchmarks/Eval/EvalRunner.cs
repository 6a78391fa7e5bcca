using System.Diagnostics;
using System.Globalization;
using Gateway.Screening.Index;
using Gateway.Screening.Scoring;
using Gateway.Screening.Text;

namespace Gateway.Benchmarks.Eval;

/// <summary>Runs one set through our index and (on a sample) through the baseline; writes one Markdown table row.</summary>
internal static class EvalRunner
{
    public sealed record Row(string Set, int Queries, double RecallReview, double RecallSecondary, double AlertsReviewPer1000,
        double AlertsSecondaryPer1000, double WrongHitsPerQuery, double P50Us, double P99Us, double MeanCandidates,
        int BaselineQueries, double BaselineRecallOrAlerts, double BaselineMeanUs, double ShareHold, double ShareReview, double ShareSecondary);

    public static Row Run(EvalSet set, NicknameTable nicknames, ScreeningOptions options, int baselineSample, int baselineThreshold, TextWriter log)
    {
        var index = ScreeningIndex.Build(set.Lists, options, nicknames);
        var latencies = new double[set.Queries.Count];
        int foundReview = 0, foundSecondary = 0, alertsReview = 0, alertsSecondary = 0;
        // Per query, the band of the expected entry's hit (a set of listed people) or of the strongest alert (people on no list).
        Span<int> bands = stackalloc int[4];
        long wrong = 0, candidates = 0;
        var sw = new Stopwatch();
        // Warm-up so that JIT compilation is not counted as latency.
        for (var i = 0; i < Math.Min(300, set.Queries.Count); i++) index.Screen(set.Queries[i].Query, Band.Secondary);
        for (var i = 0; i < set.Queries.Count; i++)
        {
            var q = set.Queries[i];
            sw.Restart();
            var result = index.Screen(q.Query, Band.Secondary);
            sw.Stop();
            latencies[i] = sw.Elapsed.TotalMicroseconds;
            candidates += result.Candidates;
            bool review = false, secondary = false, anyReview = false;
            var band = Band.None;
            foreach (var h in result.Hits)
            {
                if ((set.Negative || (q.Expected is not null && h.Reference == q.Expected)) && h.Band > band) band = h.Band;
                var right = q.Expected is not null && h.Reference == q.Expected;
                if (h.Band >= Band.Review) anyReview = true;
                if (right && h.Band >= Band.Review) review = true;
                if (right) secondary = true;
                if (!right && h.Band >= Band.Review) wrong++;
            }
            if (!review && q.Expected is not null && Environment.GetEnvironmentVariable("GATEWAY_EVAL_MISSES") == set.Name)
                log.WriteLine($"miss: {q.Query.Name} {q.Query.BirthDate} → {q.Expected}; got {string.Join("; ", result.Hits.Select(h => $"{h.Reference} {h.Score} {h.Why.MatchedName}"))}");
            bands[(int)band]++;
            if (review) foundReview++;
            if (secondary) foundSecondary++;
            if (anyReview) alertsReview++;
            if (result.Hits.Count > 0) alertsSecondary++;
        }
        if (Environment.GetEnvironmentVariable("GATEWAY_EVAL_SLOWEST") is not null)
        {
            var order = Enumerable.Range(0, latencies.Length).OrderByDescending(i => latencies[i]).Take(5);
            foreach (var i in order) log.WriteLine($"slow: {latencies[i]:0} µs {set.Queries[i].Query.Name}");
        }
        Array.Sort(latencies);
        var n = Math.Max(set.Queries.Count, 1);
        double baselineValue = double.NaN, baselineUs = double.NaN;
        var bq = 0;
        if (baselineSample > 0)
        {
            var baseline = new Baseline(set.Lists);
            var step = Math.Max(1, set.Queries.Count / baselineSample);
            var good = 0;
            sw.Restart();
            for (var i = 0; i < set.Queries.Count && bq < baselineSample; i += step, bq++)
            {
                var q = set.Queries[i];
                var hits = baseline.Hits(q.Query, baselineThreshold);
                if (set.Negative ? hits.Count > 0 : q.Expected is not null && hits.Contains(q.Expected)) good++;
            }
            sw.Stop();
            baselineValue = set.Negative ? 1000.0 * good / Math.Max(bq, 1) : (double)good / Math.Max(bq, 1);
            baselineUs = sw.Elapsed.TotalMicroseconds / Math.Max(bq, 1);
        }
        var row = new Row(set.Name, set.Queries.Count, (double)foundReview / n, (double)foundSecondary / n,
            1000.0 * alertsReview / n, 1000.0 * alertsSecondary / n, (double)wrong / n,
            Percentile(latencies, 0.50), Percentile(latencies, 0.99), (double)candidates / n, bq, baselineValue, baselineUs,
            (double)bands[(int)Band.Hold] / n, (double)bands[(int)Band.Review] / n, (double)bands[(int)Band.Secondary] / n);
        log.WriteLine(Format(row, set.Negative));
        return row;
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)(p * sorted.Length))];

    public static string Header =>
        "| set | queries | recall @review | recall @secondary | alerts/1000 @review | alerts/1000 @secondary | share hold / review / secondary | wrong hits/query @review | p50 µs | p99 µs | candidates/query | baseline n | baseline recall or alerts/1000 | baseline µs/query |\n"
        + "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";

    public static string Format(Row r, bool negative)
    {
        static string F(double v, string f) => double.IsNaN(v) ? "–" : v.ToString(f, CultureInfo.InvariantCulture);
        return $"| {r.Set} | {r.Queries} | {(negative ? "–" : F(r.RecallReview, "0.000"))} | {(negative ? "–" : F(r.RecallSecondary, "0.000"))} | "
            + $"{(negative ? F(r.AlertsReviewPer1000, "0.0") : "–")} | {(negative ? F(r.AlertsSecondaryPer1000, "0.0") : "–")} | "
            + $"{F(r.ShareHold, "0.000")} / {F(r.ShareReview, "0.000")} / {F(r.ShareSecondary, "0.000")} | {(negative ? "–" : F(r.WrongHitsPerQuery, "0.000"))} | "
            + $"{F(r.P50Us, "0.0")} | {F(r.P99Us, "0.0")} | {F(r.MeanCandidates, "0.0")} | {r.BaselineQueries} | "
            + $"{(negative ? F(r.BaselineRecallOrAlerts, "0.0") : F(r.BaselineRecallOrAlerts, "0.000"))} | {F(r.BaselineMeanUs, "0")} |";
    }
}
