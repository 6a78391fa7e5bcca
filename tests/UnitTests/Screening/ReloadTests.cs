using Gateway.Screening.Import;
using Gateway.Screening.Index;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;

namespace Gateway.UnitTests.Screening;

public sealed class ReloadTests
{
    // Each generation lists the same people under references tagged with the generation, so an answer that mixed two
    // snapshots would carry two tags (or a tag that is not its snapshot's).
    private static WatchList Generation(int g) => TestLists.List(ListKind.Wanted,
        TestLists.Person($"g{g}-a", "Ivan Dragomirov"),
        TestLists.Person($"g{g}-b", "Ivan Dragomirova"),
        TestLists.Person($"g{g}-c", "Dragomirov Ivanov"));

    [Fact]
    public async Task Reloading_while_screening_loses_no_request_and_never_mixes_snapshots()
    {
        var screener = new Screener(ScreeningIndex.Build([Generation(0)]));
        var tagOf = new System.Collections.Concurrent.ConcurrentDictionary<long, int>();
        tagOf[screener.Current.Version] = 0;
        using var stop = new CancellationTokenSource();
        var answered = 0;
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var workers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var query = new ScreeningQuery("Ivan Dragomirov");
            while (!stop.IsCancellationRequested)
            {
                var result = screener.Screen(query, Band.Secondary);
                Interlocked.Increment(ref answered);
                var tags = result.Hits.Select(h => h.Reference.Split('-')[0]).Distinct().ToList();
                if (result.Hits.Count < 2) failures.Add($"snapshot {result.Snapshot}: {result.Hits.Count} hits");
                if (tags.Count != 1) failures.Add($"snapshot {result.Snapshot}: mixed {string.Join(",", tags)}");
                else if (tagOf.TryGetValue(result.Snapshot, out var g) && tags[0] != $"g{g}") failures.Add($"snapshot {result.Snapshot} answered {tags[0]}");
            }
        })).ToArray();
        // Swaps start once screening runs (on a busy machine the workers may start late).
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref answered) > 0, TimeSpan.FromSeconds(30)), "the workers never answered");
        for (var g = 1; g <= 20; g++)
        {
            // The version is registered before the swap, so a worker never sees an unknown snapshot.
            var next = ScreeningIndex.Build([Generation(g)]);
            tagOf[next.Version] = g;
            ReplaceWith(screener, next);
        }
        await Task.Delay(50);
        await stop.CancelAsync();
        await Task.WhenAll(workers);
        Assert.Empty(failures);
        Assert.True(answered > 0);
        Assert.Equal(20, tagOf[screener.Current.Version]);
    }

    // Swaps a prepared snapshot in, so the test knows its version before any worker can see it.
    private static void ReplaceWith(Screener screener, ScreeningIndex next) => screener.Swap(next);

    [Fact]
    public void A_malformed_list_on_reload_leaves_the_previous_snapshot_live()
    {
        var screener = new Screener(ScreeningIndex.Build([Generation(0)]));
        var before = screener.Current;
        var bad = new ListSource(ListKind.Wanted, "native-csv", TestLists.File("bad", "native_bad_date.csv"));
        var e = Assert.Throws<ListFormatException>(() => screener.Reload([bad]));
        Assert.Equal(3, e.Line);
        Assert.Same(before, screener.Current);
        Assert.NotEmpty(screener.Screen(new ScreeningQuery("Ivan Dragomirov")).Hits);
    }
}
