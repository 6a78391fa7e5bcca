using System.Xml.Linq;
using Gateway.Runner.Report;

namespace Gateway.UnitTests.Load;

public sealed class SvgAndSummaryTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void The_svg_writer_escapes_text_so_the_document_stays_well_formed()
    {
        using var svg = new SvgWriter(200, 100, "p99 < 20 ms & \"quotes\"");
        svg.Text(10, 20, "<script>alert(1)</script> & more");
        svg.Polyline([(0, 0), (10, 5.5), (20, 3)], "#123456");
        svg.Line(0, 0, 10, 10, "#000000", 1, "4,2");
        string text = svg.ToString();
        var doc = XDocument.Parse(text);
        Assert.Equal(Svg + "svg", doc.Root!.Name);
        // Written to a UTF-8 file: no declaration claiming another encoding (a StringBuilder would say utf-16).
        Assert.DoesNotContain("encoding", text, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script> & more", doc.Root.Elements(Svg + "text").Single().Value);
        Assert.Empty(doc.Descendants(Svg + "script"));
        Assert.Equal("0,0 10,5.5 20,3", doc.Root.Element(Svg + "polyline")!.Attribute("points")!.Value);
    }

    [Fact]
    public void Run_charts_are_self_contained_svg_with_one_line_per_series()
    {
        var r = SampleResults.Run();
        foreach (var chart in new[] { Charts.LatencyOverTime(r), Charts.ThroughputOverTime(r), Charts.Distribution(r) })
        {
            var doc = XDocument.Parse(chart);
            Assert.Equal(Svg + "svg", doc.Root!.Name);
            Assert.NotEmpty(doc.Descendants(Svg + "polyline"));
            Assert.DoesNotContain("href", chart, StringComparison.Ordinal);
        }
        Assert.Equal(2, XDocument.Parse(Charts.LatencyOverTime(r)).Descendants(Svg + "polyline").Count());
    }

    [Fact]
    public void A_logarithmic_axis_ticks_at_powers_of_ten_and_keeps_small_values_apart()
    {
        var chart = new LineChart("log", "x", "y", [new Series("s", "#000000", [(0, 1.5), (1, 3), (2, 9000)])]) { LogY = true };
        var doc = XDocument.Parse(chart.ToSvg());
        var labels = doc.Descendants(Svg + "text").Select(t => t.Value).ToHashSet(StringComparer.Ordinal);
        Assert.Superset(new HashSet<string>(["1", "10", "100", "1,000", "10,000"], StringComparer.Ordinal), labels);
        var ys = doc.Descendants(Svg + "polyline").Single().Attribute("points")!.Value.Split(' ').Select(p => double.Parse(p.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        // 1.5 and 3 are a factor of two apart: on a linear axis up to 10,000 they would share a pixel.
        Assert.True(ys[0] - ys[1] > 10, string.Join(",", ys));
    }

    [Fact]
    public void A_run_folder_is_redrawn_from_its_json()
    {
        string folder = Directory.CreateTempSubdirectory("runner-redraw-").FullName;
        try
        {
            ResultFiles.Write(folder, SampleResults.Run());
            File.Delete(Path.Combine(folder, "latency.svg"));
            File.WriteAllText(Path.Combine(folder, "summary.md"), "stale");
            Assert.EndsWith("results.json", ResultFiles.Redraw(folder), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "latency.svg")));
            Assert.Equal(SummaryWriter.Write(SampleResults.Run()), File.ReadAllText(Path.Combine(folder, "summary.md")));
            Assert.Throws<FileNotFoundException>(() => ResultFiles.Redraw(Path.Combine(folder, "none")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_chart_without_points_says_so_instead_of_failing()
    {
        var doc = XDocument.Parse(new LineChart("empty", "x", "y", [new Series("none", "#000000", [])]).ToSvg());
        Assert.Contains(doc.Descendants(Svg + "text"), t => t.Value == "no data");
    }

    [Theory]
    [InlineData(0.0, 7.3, 8.0, "small spans step by 2")]
    [InlineData(0.0, 1234.0, 1500.0, "thousands step by 500")]
    [InlineData(0.0, 0.05, 0.05, "fractions keep their scale")]
    public void Ticks_are_round_and_reach_past_the_maximum(double min, double max, double last, string reason)
    {
        var ticks = LineChart.NiceTicks(min, max);
        Assert.True(Math.Abs(ticks[^1] - last) < 1e-9, reason + ": " + string.Join(",", ticks));
        Assert.Equal(min, ticks[0]);
    }

    [Fact]
    public void The_summary_gives_percentiles_errors_and_an_incomplete_reconciliation()
    {
        var r = SampleResults.Run() with
        {
            Errors = new Dictionary<string, long> { ["status 503"] = 3, ["timeout"] = 1 },
            Reconciliation = new Reconciliation(100, 10, 90, 0, 95, 5, 90, 0, 0, ["r_1#R1-0"]),
        };
        string md = SummaryWriter.Write(r);
        Assert.Contains("| latency p50 / p90 / p99 / p99.9 / max (ms) | 1.5 / 3 / 9.25 / 15 / 40 |", md, StringComparison.Ordinal);
        Assert.Contains("status 503: 3, timeout: 1", md, StringComparison.Ordinal);
        Assert.Contains("**INCOMPLETE**", md, StringComparison.Ordinal);
        Assert.Contains("r_1#R1-0", md, StringComparison.Ordinal);
        Assert.Contains("![latency over time](latency.svg)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_run_reads_complete_with_no_errors_and_its_baseline_ratio()
    {
        var r = SampleResults.Run() with
        {
            Reconciliation = new Reconciliation(100, 10, 90, 0, 100, 0, 100, 0, 0, []),
            Baseline = new BaselineComparison(new LatencySummary(10, 0.3, 0.5, 0.7, 1.0, 2.0, 3.0), 3, 9),
        };
        string md = SummaryWriter.Write(r);
        Assert.Contains("| errors | none |", md, StringComparison.Ordinal);
        Assert.Contains("| reconciliation | complete:", md, StringComparison.Ordinal);
        Assert.Contains("| ratio to baseline p50 / p99 | 3× / 9× |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_summary_names_the_knee_and_its_ratio_to_the_baseline()
    {
        var steps = new[]
        {
            new SweepStep(500, 500, 1, 4, 6, 9, 0, true, true),
            new SweepStep(1000, 1000, 2, 12, 30, 50, 0, true, true),
            new SweepStep(2000, 1500, 40, 900, 1200, 1500, 12, true, false),
        };
        var baseline = new[] { new SweepStep(500, 500, 0.4, 1, 2, 3, 0, true, true), new SweepStep(4000, 4000, 0.5, 3, 5, 8, 0, true, true) };
        Assert.Equal(1000, Gateway.Runner.SweepCommand.Knee(steps));
        var sweep = new SweepResult("s", "iapi", 20, steps, 1000, baseline, 4000, 0.25, "abc1234", "2 cores");
        string md = SummaryWriter.Write(sweep);
        Assert.Contains("Knee: **1,000/s**; baseline knee 4,000/s (or higher: every baseline rate passed); ratio 0.25.", md, StringComparison.Ordinal);
        Assert.Contains("| 2,000 | 0 | 1,500 | 40 | 900 | 1200 | 1500 | 12 | yes | no |", md, StringComparison.Ordinal);
        Assert.NotNull(XDocument.Parse(Charts.Sweep(sweep)).Root);
    }

    [Fact]
    public void The_knee_is_the_last_passing_rate_before_the_first_failure()
    {
        var steps = new[]
        {
            new SweepStep(500, 500, 1, 4, 6, 9, 0, true, true),
            new SweepStep(1000, 900, 2, 25, 30, 50, 0, true, false),
            new SweepStep(2000, 2000, 1, 4, 6, 9, 0, true, true), // a lucky pass after a failure does not count
        };
        Assert.Equal(500, Gateway.Runner.SweepCommand.Knee(steps));
        Assert.Null(Gateway.Runner.SweepCommand.Knee([new SweepStep(500, 10, 1, 40, 60, 90, 0, true, false)]));
    }
}
