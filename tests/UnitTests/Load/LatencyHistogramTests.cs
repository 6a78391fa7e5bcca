using FsCheck;
using FsCheck.Fluent;
using Gateway.Runner.Engine;

namespace Gateway.UnitTests.Load;

public sealed class LatencyHistogramTests
{
    [Fact]
    public void Values_below_256_microseconds_are_counted_exactly()
    {
        var h = new LatencyHistogram();
        for (int v = 1; v <= 100; v++) h.Record(v);
        Assert.Equal((50, 90, 99, 100), (h.ValueAt(50), h.ValueAt(90), h.ValueAt(99), h.ValueAt(100)));
        Assert.Equal((1, 100, 100), (h.Min, h.Max, h.Count));
        Assert.Equal(50.5, h.Mean, 6);
    }

    [Fact]
    public void An_empty_histogram_answers_zero()
    {
        var h = new LatencyHistogram();
        Assert.Equal((0, 0, 0L, 0.0), (h.ValueAt(99), h.Max, h.Min, h.Mean));
    }

    [Fact]
    public void Large_values_are_reported_within_one_percent_and_never_below_the_truth()
    {
        Prop.ForAll<long>(x =>
        {
            long v = 256 + Math.Abs(x % (1L << 38));
            int index = LatencyHistogram.IndexOf(v);
            long upper = LatencyHistogram.HighestEquivalent(index);
            return upper >= v && upper - v <= v / 128.0 && LatencyHistogram.LowestEquivalent(index) <= v;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bucket_bounds_tile_the_range_without_gaps_or_overlaps()
    {
        for (int i = 0; i < 256 + (20 * 128); i++)
        {
            Assert.Equal(i, LatencyHistogram.IndexOf(LatencyHistogram.LowestEquivalent(i)));
            Assert.Equal(i, LatencyHistogram.IndexOf(LatencyHistogram.HighestEquivalent(i)));
            Assert.Equal(LatencyHistogram.HighestEquivalent(i) + 1, LatencyHistogram.LowestEquivalent(i + 1));
        }
    }

    [Fact]
    public void Percentiles_of_a_uniform_spread_land_where_they_should()
    {
        var h = new LatencyHistogram();
        for (int v = 1; v <= 100_000; v++) h.Record(v);
        foreach (var (p, expected) in new[] { (50.0, 50_000L), (90.0, 90_000L), (99.0, 99_000L), (99.9, 99_900L) })
        {
            long got = h.ValueAt(p);
            Assert.InRange(got, expected, expected + (expected / 128) + 1);
        }
        Assert.Equal(100_000, h.ValueAt(100));
    }

    [Fact]
    public void A_single_slow_answer_shows_at_the_max_but_not_at_p99_of_a_thousand()
    {
        var h = new LatencyHistogram();
        for (int i = 0; i < 999; i++) h.Record(1_000);
        h.Record(5_000_000);
        Assert.InRange(h.ValueAt(99), 1_000, 1_008);
        Assert.Equal(5_000_000, h.ValueAt(99.95));
        Assert.Equal(5_000_000, h.Max);
    }

    [Fact]
    public void Adding_histograms_equals_recording_everything_in_one()
    {
        var a = new LatencyHistogram();
        var b = new LatencyHistogram();
        var all = new LatencyHistogram();
        var rng = new Random(3);
        for (int i = 0; i < 10_000; i++)
        {
            long v = rng.Next(1, 50_000_000);
            (i % 3 == 0 ? a : b).Record(v);
            all.Record(v);
        }
        a.Add(b);
        Assert.Equal((all.Count, all.Max, all.Min), (a.Count, a.Max, a.Min));
        foreach (var p in new[] { 50.0, 90, 99, 99.9 }) Assert.Equal(all.ValueAt(p), a.ValueAt(p));
    }

    [Fact]
    public void Recording_from_many_threads_loses_nothing()
    {
        var h = new LatencyHistogram();
        Parallel.For(0, 100_000, i => h.Record(i % 1000));
        Assert.Equal(100_000, h.Count);
        Assert.Equal(999, h.Max);
    }

    [Fact]
    public void Negative_values_count_as_zero()
    {
        var h = new LatencyHistogram();
        h.Record(-5);
        Assert.Equal((1L, 0L), (h.Count, h.Max));
    }
}
