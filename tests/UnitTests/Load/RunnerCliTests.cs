using Gateway.Runner;
using Gateway.Runner.Cli;
using Gateway.Runner.Engine;
using Gateway.Runner.Scenarios;

namespace Gateway.UnitTests.Load;

public sealed class RunnerCliTests
{
    [Fact]
    public void A_run_is_parsed_with_its_rate_durations_and_options()
    {
        var o = ArgumentParser.Parse(["iapi", "--rate", "1000", "--duration", "30s", "--warmup=500ms", "--url", "http://127.0.0.1:5090", "--listed-share", "0.1", "--baseline"]);
        Assert.Equal(("iapi", 1000.0, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500), 0.1, true),
            (o.Scenario, o.Rate, o.Duration, o.Warmup, o.ListedShare, o.Baseline));
        Assert.Equal(new Uri("http://127.0.0.1:5090"), o.Url);
        Assert.Equal([500.0, 1000, 2000], ArgumentParser.Parse(["iapi", "--rates", "500,1000, 2000"]).Rates);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5000", true, "IPv4 loopback")]
    [InlineData("http://127.8.0.1:5000", true, "all of 127/8 is loopback")]
    [InlineData("http://[::1]:5000", true, "IPv6 loopback")]
    [InlineData("http://localhost:5000", true, "the loopback name")]
    [InlineData("http://10.0.0.5:5000", false, "a private address is another machine")]
    [InlineData("http://example.org", false, "a public host")]
    [InlineData("http://localhost.example.org", false, "a name that merely starts with localhost")]
    public void Only_loopback_hosts_may_be_loaded(string url, bool allowed, string reason)
    {
        Assert.True(allowed == Loopback.IsLoopback(new Uri(url)), reason);
        if (!allowed) Assert.Contains("not a loopback address", Assert.Throws<ArgumentException>(() => ArgumentParser.Parse(["iapi", "--url", url])).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "nonsense" }, "unknown scenario 'nonsense'", "a scenario the runner does not know")]
    [InlineData(new[] { "iapi", "--rate", "0" }, "--rate: '0' must be above zero", "a zero rate")]
    [InlineData(new[] { "iapi", "--duration", "soon" }, "--duration: 'soon' is not a duration", "a duration without a number")]
    [InlineData(new[] { "iapi", "--rate" }, "--rate needs a value", "an option without its value")]
    [InlineData(new[] { "iapi", "--colour", "red" }, "unknown option --colour", "an option that does not exist")]
    [InlineData(new[] { "reload" }, "needs --list-file", "the reload scenario without a list to upload")]
    [InlineData(new[] { "iapi", "--name", "../x" }, "--name: '../x' may hold only", "a run name that would leave the results folder")]
    [InlineData(new[] { "iapi", "--listed-share", "2" }, "between 0 and 1", "a share above one")]
    public void Bad_arguments_say_which_and_why(string[] args, string message, string reason)
    {
        var e = Assert.Throws<ArgumentException>(() => ArgumentParser.Parse(args));
        Assert.True(e.Message.Contains(message, StringComparison.Ordinal), reason + ": " + e.Message);
    }

    [Fact]
    public void Keys_come_from_the_development_keys_the_gateway_printed()
    {
        string[] log = ["info: starting", "development API key for KE: dev-aaa", "development API key for OZ: dev-bbb", "development API key for admin: dev-ccc"];
        Assert.Equal(("dev-aaa", "dev-ccc", null), (Keys.FromLog(log, "KE"), Keys.FromLog(log, "admin"), Keys.FromLog(log, "LH")));
        Assert.Equal("given", Keys.Resolve("KE", "given", null));
    }

    [Fact]
    public void A_mix_spreads_its_kinds_by_their_weights()
    {
        var a = new Named("a");
        var b = new Named("b");
        var mix = new MixScenario([(a, 90), (b, 10)]);
        int bs = Enumerable.Range(0, 10_000).Count(i => mix.Pick(i) == b);
        Assert.InRange(bs, 900, 1100);
        Assert.Equal([("iapi", 85), ("pnr", 15)], RunCommand.ParseMix("iapi=85, pnr=15"));
        Assert.Throws<ArgumentException>(() => RunCommand.ParseMix("iapi=85,teapot=1"));
    }

    private sealed class Named(string name) : IScenario
    {
        public string Name => name;

        public Task<Exchange> SendAsync(long index, CancellationToken cancel) => Task.FromResult(new Exchange(200, null));
    }
}
