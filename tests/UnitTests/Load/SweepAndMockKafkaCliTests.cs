using Gateway.Runner;
using Gateway.Runner.Cli;
using Gateway.Runner.MockKafka;
using Gateway.Runner.Report;

namespace Gateway.UnitTests.Load;

public sealed class SweepAndMockKafkaCliTests
{
    [Fact]
    public void The_first_warm_up_gateway_pid_and_settle_time_are_parsed()
    {
        var o = ArgumentParser.Parse(["iapi", "--rates", "200,400", "--first-warmup", "20s", "--gateway-pid", "4242", "--settle", "90s"]);
        Assert.Equal((TimeSpan.FromSeconds(20), (int?)4242, TimeSpan.FromSeconds(90)), (o.FirstWarmup, o.GatewayPid, o.Settle));
        var defaults = ArgumentParser.Parse(["iapi"]);
        Assert.Equal((TimeSpan.FromSeconds(15), (int?)null, TimeSpan.FromSeconds(60)), (defaults.FirstWarmup, defaults.GatewayPid, defaults.Settle));
    }

    [Theory]
    [InlineData(new[] { "iapi", "--gateway-pid", "abc" }, "--gateway-pid: 'abc' is not a process id", "a pid that is not a number")]
    [InlineData(new[] { "iapi", "--gateway-pid", "-4" }, "--gateway-pid: '-4' is not a process id", "a negative pid")]
    [InlineData(new[] { "iapi", "--first-warmup", "soon" }, "--first-warmup: 'soon' is not a duration", "a warm-up without a number")]
    [InlineData(new[] { "iapi", "--settle", "-1s" }, "--settle: '-1s' is not a duration", "a negative wait")]
    public void Bad_new_options_say_which_and_why(string[] args, string message, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => ArgumentParser.Parse(args));
        Assert.True(e.Message.Contains(message, StringComparison.Ordinal), reason + ": " + e.Message);
    }

    [Theory]
    [InlineData(0, 5, 15, 15, "the first step gets the longer warm-up")]
    [InlineData(1, 5, 15, 5, "later steps run on a warmed-up gateway")]
    [InlineData(0, 30, 15, 30, "a first warm-up shorter than the warm-up does not shorten it")]
    [InlineData(0, 5, 0, 5, "--first-warmup 0 turns it off")]
    public void Only_the_first_step_of_a_sweep_gets_the_first_warm_up(int index, double warmup, double first, double expected, string reason)
    {
        var o = new RunnerOptions { Warmup = TimeSpan.FromSeconds(warmup), FirstWarmup = TimeSpan.FromSeconds(first) };
        Assert.True(SweepCommand.WarmupOf(index, o) == TimeSpan.FromSeconds(expected), reason);
    }

    [Fact]
    public void A_step_keeps_its_warm_up_and_an_undecided_traveller_fails_it()
    {
        var run = SampleResults.Run() with { WarmupSeconds = 15 };
        var step = SweepCommand.Step(run, 20);
        Assert.Equal((15.0, true), (step.WarmupSeconds, step.Passed));
        var waited = new Reconciliation(10, 1, 9, 0, 20, 0, 19, 0, 0, []) { SettleSeconds = 60, TravellersUndecided = 1 };
        Assert.False(waited.Complete);                           // stored, but screening did not follow within the wait
        Assert.False(SweepCommand.Step(run with { Reconciliation = waited }, 20).Passed);
        Assert.True((waited with { SettleSeconds = null }).Complete); // no wait asked (--settle 0): undecided is not judged
        Assert.Contains("| travellers acknowledged / stored / decided / missing / undecided | 20 / 20 / 19 / 0 / 1 (waited 60 s for screening) |",
            SummaryWriter.Write(run with { Reconciliation = waited }), StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_whose_first_step_passes_after_its_warm_up_has_a_knee_and_a_ratio()
    {
        var steps = new[] { new SweepStep(200, 200, 2, 9, 14, 20, 0, true, true) { WarmupSeconds = 15 }, new SweepStep(400, 400, 3, 30, 60, 90, 0, true, false) };
        var baseline = new[] { new SweepStep(200, 200, 0.3, 1, 2, 3, 0, true, true) { WarmupSeconds = 15 }, new SweepStep(400, 400, 0.3, 1, 2, 4, 0, true, true) };
        Assert.Equal((200.0, 400.0), (SweepCommand.Knee(steps), SweepCommand.Knee(baseline)));
        string md = SummaryWriter.Write(new SweepResult("s", "iapi", 20, steps, 200, baseline, 400, 0.5, "abc", "2 cores"));
        Assert.Contains("| 200 | 15 | 200 |", md, StringComparison.Ordinal);
        Assert.Contains("ratio 0.5", md, StringComparison.Ordinal);
    }

    [Fact]
    public void The_mock_cluster_command_takes_its_file_brokers_and_outage()
    {
        var o = KafkaMockCommand.Parse(["--bootstrap-file", "/tmp/k.bootstrap", "--outage-at", "40s", "--outage-for", "20s"]);
        Assert.Equal(("/tmp/k.bootstrap", 3, "40s", (TimeSpan?)TimeSpan.FromSeconds(20)), (o.BootstrapFile, o.Brokers, o.OutageAt, o.OutageFor));
        var topics = KafkaMockCommand.Parse([]).Topics;
        Assert.Equal(14, topics.Count); // the gateway's seven topics and their dead-letter topics
        Assert.Contains("gateway.reports", topics);
        Assert.Contains("gateway.decisions.dlq", topics);
        Assert.Equal(KafkaMockCommand.DefaultBootstrapFile, KafkaMockCommand.Parse([]).BootstrapFile);
    }

    [Theory]
    [InlineData(new[] { "--outage-at", "40s" }, "--outage-at and --outage-for go together", "an outage that never ends")]
    [InlineData(new[] { "--outage-for", "20s" }, "--outage-at and --outage-for go together", "an outage that never starts")]
    [InlineData(new[] { "--outage-at", "25:00:00", "--outage-for", "5s" }, "not a UTC time of day", "an hour that does not exist")]
    [InlineData(new[] { "--brokers", "0" }, "--brokers: '0' must be a whole number from 1 to 10", "a cluster of no brokers")]
    [InlineData(new[] { "--port", "9092" }, "unknown option --port", "an option the command does not have")]
    public void Bad_mock_cluster_options_say_which_and_why(string[] args, string message, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => KafkaMockCommand.Parse(args));
        Assert.True(e.Message.Contains(message, StringComparison.Ordinal), reason + ": " + e.Message);
    }

    [Theory]
    [InlineData("40s", "2026-11-22T09:00:40Z", "a delay from the start")]
    [InlineData("09:12:30", "2026-11-22T09:12:30Z", "a time of day still to come today")]
    [InlineData("08:59", "2026-11-23T08:59:00Z", "a time of day already past: tomorrow")]
    public void The_outage_time_is_a_delay_or_a_utc_time_of_day(string value, string expected, string reason)
    {
        var now = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        Assert.True(OutageTime.At(value, now) == DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), reason);
    }
}
