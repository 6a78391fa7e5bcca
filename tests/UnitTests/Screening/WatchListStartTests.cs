using Gateway.Options;
using Gateway.Screening;
using Gateway.UnitTests.Support;
using Microsoft.Extensions.Logging;

namespace Gateway.UnitTests.Screening;

/// Issue 18 item 2: a watch list that is not there is never silently skipped, and the start says what was loaded.
public sealed class WatchListStartTests
{
    private static WatchListOptions List(string name, string path, bool optional) =>
        new() { Name = name, Kind = "wanted", Format = "native-csv", Path = path, Optional = optional };

    [Fact]
    public void An_absent_optional_list_is_a_warning_and_the_summary_names_it()
    {
        var log = new RecordingLogger<WatchListHost>();
        string absent = Path.Combine(Path.GetTempPath(), "no-such-list-" + Guid.NewGuid().ToString("N") + ".csv");
        var host = new WatchListHost(new GatewayOptions { WatchLists = [List("wanted", TestLists.File("native_reload.csv"), false), List("extra", absent, true)] }, log);

        var warning = Assert.Single(log.Entries, e => e.Message.Contains("extra", StringComparison.Ordinal));
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(absent, warning.Message, StringComparison.Ordinal);
        Assert.Equal($"watch lists: 1 loaded, 2 entries (wanted 2); extra absent ({absent})", host.Summary());
    }

    [Fact]
    public void An_absent_required_list_stops_the_start_with_an_error_naming_the_list_and_the_path()
    {
        var log = new RecordingLogger<WatchListHost>();
        string absent = Path.Combine(Path.GetTempPath(), "no-such-list-" + Guid.NewGuid().ToString("N") + ".csv");
        var e = Assert.Throws<InvalidOperationException>(() => new WatchListHost(new GatewayOptions { WatchLists = [List("wanted", absent, false)] }, log));
        Assert.Contains("watch list wanted", e.Message, StringComparison.Ordinal);
        Assert.Contains(absent, e.Message, StringComparison.Ordinal);
        Assert.Contains("Optional", e.Message, StringComparison.Ordinal);
        Assert.Contains(log.Entries, x => x.Level == LogLevel.Error && x.Message.Contains(absent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_summary_counts_the_lists_and_their_entries_and_says_when_there_are_none()
    {
        var two = new WatchListHost(new GatewayOptions
        {
            WatchLists = [List("a", TestLists.File("native_reload.csv"), false), List("b", TestLists.File("native_reload_b.csv"), false)],
        }, new RecordingLogger<WatchListHost>());
        Assert.StartsWith("watch lists: 2 loaded, 4 entries (", two.Summary(), StringComparison.Ordinal);
        var none = new WatchListHost(new GatewayOptions(), new RecordingLogger<WatchListHost>());
        Assert.Equal("watch lists: none loaded; every traveller screens clear", none.Summary());
    }
}
