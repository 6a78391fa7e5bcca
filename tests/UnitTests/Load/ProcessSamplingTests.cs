using Gateway.Runner.Report;
using Gateway.Runner.Sampling;
using Gateway.UnitTests.Support;

namespace Gateway.UnitTests.Load;

public sealed class ProcessSamplingTests
{
    [Fact]
    public void The_status_parser_reads_resident_memory_and_threads_from_a_crafted_proc_file()
    {
        var (rss, threads) = ProcStatus.Parse(File.ReadLines(TestFiles.Path("Load", "proc", "4242", "status")));
        Assert.Equal((524_288L, 37), (rss, threads)); // VmRSS, not VmHWM or VmSize on the lines around it
    }

    [Theory]
    [InlineData("Name:\tdotnet\nThreads:\t4", "no VmRSS line", "a kernel thread has no memory lines")]
    [InlineData("VmRSS:\t 100 kB", "no Threads line", "a status file cut short")]
    [InlineData("VmRSS:\t 100 MB\nThreads:\t4", "line 1: VmRSS is not in kB", "a unit the parser does not expect")]
    [InlineData("VmRSS:\t 100 kB\nThreads:\tmany", "line 2: Threads is not a number", "a count that is not a number")]
    public void A_status_file_without_its_figures_says_which_and_where(string text, string message, string reason)
    {
        var e = Assert.Throws<FormatException>(() => ProcStatus.Parse(text.Split('\n')));
        Assert.True(e.Message.Contains(message, StringComparison.Ordinal), reason + ": " + e.Message);
    }

    [Fact]
    public void The_sampler_counts_the_entries_of_fd_and_gives_memory_in_mebibytes()
    {
        var sampler = new ProcessSampler(4242, TestFiles.Path("Load", "proc"));
        Assert.Equal(new ProcessSample(12.3, 512, 5, 37), sampler.Sample(12.34));
        Assert.Null(new ProcessSampler(999_999, TestFiles.Path("Load", "proc")).Sample(1)); // gone: no sample, no crash
    }

    [Fact]
    public void The_pid_file_beside_the_gateway_log_names_the_process_to_sample_when_it_runs_a_gateway()
    {
        string proc = TestFiles.Path("Load", "proc");
        using var log = new StringWriter();
        Assert.Equal("/x/load/results/gateway.pid", GatewayProcess.PidFileFor("/x/load/results/gateway.log"));
        Assert.Equal((4242, TestFiles.Path("Load", "gateway.pid")), GatewayProcess.Resolve(null, TestFiles.Path("Load", "gateway.log"), log, proc));
        Assert.Null(GatewayProcess.Resolve(null, TestFiles.Path("Load", "stale.log"), log, proc));       // names no running process
        Assert.Null(GatewayProcess.Resolve(null, TestFiles.Path("Load", "garbled.log"), log, proc));     // holds no pid
        Assert.Null(GatewayProcess.Resolve(null, TestFiles.Path("Load", "absent.log"), log, proc));      // no file: nothing sampled, silently
        Assert.Contains("process 4243, which is not a running gateway", log.ToString(), StringComparison.Ordinal);
        Assert.Contains("holds no process id", log.ToString(), StringComparison.Ordinal);
        Assert.Equal((4242, "--gateway-pid"), GatewayProcess.Resolve(4242, null, log, proc));
        Assert.Contains("no process 4243 is running", Assert.Throws<ArgumentException>(() => GatewayProcess.Resolve(4243, null, log, proc)).Message, StringComparison.Ordinal);
        Assert.Equal((4242, (int?)null), (GatewayProcess.ParsePidFile(" 4242\n") ?? 0, GatewayProcess.ParsePidFile("-1")));
    }

    private static List<(double, double)> Samples(int seconds, Func<int, double> value) => [.. Enumerable.Range(0, seconds).Select(s => ((double)s, value(s)))];

    [Fact]
    public void Memory_that_wobbles_around_a_plateau_is_stable()
    {
        // 600 s at about 800 MiB, ±20 MiB of garbage-collection saw-tooth.
        var v = StabilityJudge.Judge("rss", Samples(600, s => 800 + (20 * Math.Sin(s / 7.0))), 15, StabilityJudge.Memory);
        Assert.Equal(StabilityVerdict.Stable, v.Verdict);
        Assert.InRange(v.Growth, -5, 5);
        Assert.InRange(v.Allowed, 78, 82); // 10 % of about 800 MiB is more than the 32 MiB floor
        Assert.Equal(585, v.Samples); // the warm-up's 15 samples are left out
    }

    [Fact]
    public void Memory_that_climbs_steadily_is_growing_with_its_figures()
    {
        // A leak of 0.5 MiB/s from 600 MiB: the last quarter's mean is about 150 MiB above the second quarter's.
        var v = StabilityJudge.Judge("rss", Samples(600, s => 600 + (0.5 * s)), 0, StabilityJudge.Memory);
        Assert.Equal(StabilityVerdict.Growing, v.Verdict);
        Assert.InRange(v.Growth, 149, 151);
        Assert.Equal(899.5, v.Max);
    }

    [Fact]
    public void Growth_during_the_warm_up_and_the_first_quarter_is_not_held_against_the_process()
    {
        // Heap and pools fill during the first two minutes, then hold: a start-up ramp, not a leak.
        var v = StabilityJudge.Judge("rss", Samples(600, s => Math.Min(300 + (4.0 * s), 700)), 10, StabilityJudge.Memory);
        Assert.Equal(StabilityVerdict.Stable, v.Verdict);
    }

    [Theory]
    [InlineData(200, 210, "stable", "10 more handles on 200: within the floor of 16")]
    [InlineData(200, 240, "growing", "40 more handles on 200: past 10 % and past the floor")]
    [InlineData(40, 55, "stable", "15 more on a small count: the absolute floor of 16 allows it")]
    public void Handle_counts_are_judged_against_a_share_or_a_floor(double early, double late, string verdict, string reason)
    {
        var v = StabilityJudge.Judge("fds", Samples(100, s => s < 50 ? early : late), 0, StabilityJudge.Handles);
        Assert.True(v.Verdict == verdict, reason + $": growth {v.Growth}, allowed {v.Allowed}");
    }

    [Fact]
    public void Too_few_samples_after_the_warm_up_give_no_verdict()
    {
        var v = StabilityJudge.Judge("threads", Samples(12, s => 30 + s), 5, StabilityJudge.Threads);
        Assert.Equal((StabilityVerdict.TooShort, 7), (v.Verdict, v.Samples));
    }

    [Fact]
    public void The_summary_and_chart_show_the_process_and_its_verdicts()
    {
        var samples = Enumerable.Range(0, 40).Select(s => new ProcessSample(s, 500 + s, 200, 30)).ToList();
        var r = SampleResults.Run() with { Process = new ProcessReport(4242, "load/results/gateway.pid", samples, StabilityJudge.JudgeAll(samples, 1)) };
        string md = SummaryWriter.Write(r);
        Assert.Contains("Process 4242 (from load/results/gateway.pid), sampled once a second from /proc: 40 samples", md, StringComparison.Ordinal);
        Assert.Contains("| open handles | 200 | 200 | 200 | 200 | 0 | 20 | **stable** |", md, StringComparison.Ordinal);
        Assert.Contains("![gateway process](process.svg)", md, StringComparison.Ordinal);
        var svg = System.Xml.Linq.XDocument.Parse(Charts.Process(r));
        Assert.Equal(3, svg.Descendants(System.Xml.Linq.XName.Get("polyline", "http://www.w3.org/2000/svg")).Count());
        Assert.DoesNotContain("Gateway process", SummaryWriter.Write(SampleResults.Run()), StringComparison.Ordinal);
    }
}
