using Gateway.Options;
using Gateway.Screening;
using Gateway.Screening.Import;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;
using Microsoft.Extensions.Logging.Abstractions;

namespace Gateway.UnitTests.Screening;

/// The issue's "done when" items through the gateway's own reload path (WatchListHost.Replace), not only Screener.Swap.
public sealed class HostReloadTests
{
    private static WatchListHost Host() => new(new GatewayOptions
    {
        WatchLists = [new WatchListOptions { Name = "wanted", Kind = "wanted", Format = "native-csv", Path = TestLists.File("native_reload.csv") }],
    }, NullLogger<WatchListHost>.Instance);

    private static readonly ScreeningQuery Query = new("Ivan Dragomirov", BirthDate.Exact(1970, 1, 1));

    [Fact]
    public async Task Replacing_a_list_while_travellers_are_screened_answers_every_one_from_a_single_snapshot()
    {
        var host = Host();
        using var stop = new CancellationTokenSource();
        var answered = 0;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var workers = Enumerable.Range(0, 2).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                var result = host.Screener.Screen(Query, Band.Secondary);
                Interlocked.Increment(ref answered);
                // File A lists R-…, file B lists S-… for the same people: two prefixes in one answer would be two snapshots.
                var generations = result.Hits.Select(h => h.Reference[0]).Distinct().ToList();
                if (result.Hits.Count == 0) failures.Add($"snapshot {result.Snapshot}: no hit");
                else if (generations.Count != 1) failures.Add($"snapshot {result.Snapshot}: mixed {string.Join(",", generations)}");
            }
        })).ToArray();
        // Replacements start once screening runs (on a busy machine the workers may start late).
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref answered) > 0, TimeSpan.FromSeconds(30)), "the workers never answered");
        for (var i = 0; i < 30; i++) host.Replace("wanted", TestLists.File(i % 2 == 0 ? "native_reload_b.csv" : "native_reload.csv"));
        await stop.CancelAsync();
        await Task.WhenAll(workers);
        Assert.Empty(failures);
        // The last replacement (i = 29) was file A.
        Assert.All(host.Screener.Screen(Query, Band.Secondary).Hits, h => Assert.StartsWith("R-", h.Reference, StringComparison.Ordinal));
    }

    [Fact]
    public void A_malformed_replacement_is_refused_with_its_line_and_the_previous_snapshot_stays_live()
    {
        var host = Host();
        var before = host.Screener.Current;
        var e = Assert.Throws<ListFormatException>(() => host.Replace("wanted", TestLists.File("bad", "native_bad_date.csv")));
        // Line 3 is the bad date; line 2 was well formed, yet nothing of the file was taken.
        Assert.Equal(3, e.Line);
        Assert.Contains("native_bad_date.csv", e.Message, StringComparison.Ordinal);
        Assert.Same(before, host.Screener.Current);
        Assert.Equal(2, host.Counts["wanted"]);
        Assert.Contains(host.Screener.Screen(Query).Hits, h => h.Reference == "R-1");
    }

    [Fact]
    public void A_replacement_in_a_broken_xml_file_is_refused_and_the_previous_snapshot_stays_live()
    {
        var host = new WatchListHost(new GatewayOptions
        {
            WatchLists = [new WatchListOptions { Name = "un", Kind = "sanctions", Format = "un-xml", Path = TestLists.File("un.xml") }],
        }, NullLogger<WatchListHost>.Instance);
        var before = host.Screener.Current;
        var count = host.Counts["un"];
        var e = Assert.Throws<ListFormatException>(() => host.Replace("un", TestLists.File("bad", "un_broken.xml")));
        Assert.True(e.Line > 0, "the error names the line of the broken XML");
        Assert.Same(before, host.Screener.Current);
        Assert.Equal(count, host.Counts["un"]);
    }
}
