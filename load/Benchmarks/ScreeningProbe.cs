using System.Diagnostics;
using Gateway.Screening.Index;
using Gateway.Screening.Scoring;

namespace Gateway.Benchmarks;

/// <summary>
/// Per-traveller latency distribution (p50/p99), single-core throughput, and index memory, which BenchmarkDotNet
/// does not report per operation: <c>dotnet run -c Release --project load/Benchmarks -- screening-probe [entries]</c>.
/// </summary>
public static class ScreeningProbe
{
    public static void Run(int entries)
    {
        var pools = ScreeningSynthetic.LoadPools(ScreeningSynthetic.SharedFolder());
        var sw = Stopwatch.StartNew();
        var list = ScreeningSynthetic.Generate(entries, pools);
        Console.WriteLine($"generated {entries:N0} entries ({list.Entries.Sum(e => e.Names.Count):N0} names) in {sw.Elapsed.TotalSeconds:0.0} s");
        var travellers = ScreeningSynthetic.Travellers(list, pools, 200_000);
        GC.Collect(2, GCCollectionMode.Forced, true, true);
        var before = GC.GetTotalMemory(true);
        sw.Restart();
        var buildCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var options = new ScreeningOptions();
        if (Environment.GetEnvironmentVariable("PROBE_K") is { } k) options.MaxCandidates = int.Parse(k, System.Globalization.CultureInfo.InvariantCulture);
        if (Environment.GetEnvironmentVariable("PROBE_RATIO") is { } ratio) options.CandidateScoreRatio = double.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture);
        var index = ScreeningIndex.Build([list], options);
        var build = sw.Elapsed;
        var buildCpu = Process.GetCurrentProcess().TotalProcessorTime - buildCpu0;
        GC.Collect(2, GCCollectionMode.Forced, true, true);
        var after = GC.GetTotalMemory(true);
        Console.WriteLine($"index build {build.TotalSeconds:0.0} s wall, {buildCpu.TotalSeconds:0.0} s CPU; index memory {(after - before) / 1048576.0:N0} MiB (managed, beyond the list itself); "
            + $"{index.NameCount:N0} names, {index.KeyCount:N0} keys, {index.PostingCount:N0} postings, key table {index.KeyTableBytes / 1048576.0:N0} MiB");
        for (var i = 0; i < 20_000; i++) index.Screen(travellers[i], Band.Review);
        if (Environment.GetEnvironmentVariable("PROBE_STAGES") is not null)
        {
            var norm = new Gateway.Screening.Text.NameNormalizer();
            var c0 = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var t in travellers) norm.Normalize(t.Name);
            Console.WriteLine($"normalise only: {(Process.GetCurrentProcess().TotalProcessorTime - c0).TotalMicroseconds / travellers.Length:0.0} µs CPU each");
            foreach (var probe in travellers.Take(5))
            {
                c0 = Process.GetCurrentProcess().TotalProcessorTime;
                var r = index.Screen(probe, Band.Review);
                for (var i = 0; i < 20000; i++) index.Screen(probe, Band.Review);
                Console.WriteLine($"{probe.Name}: {(Process.GetCurrentProcess().TotalProcessorTime - c0).TotalMicroseconds / 20000:0.0} µs CPU, {r.Candidates} candidates");
            }
            c0 = Process.GetCurrentProcess().TotalProcessorTime;
            foreach (var t in travellers) index.Screen(t with { BirthDate = null }, Band.Review);
            Console.WriteLine($"screen without birth date: {(Process.GetCurrentProcess().TotalProcessorTime - c0).TotalMicroseconds / travellers.Length:0.0} µs CPU each");
        }
        var lat = new double[travellers.Length];
        long hits = 0, candidates = 0;
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        long allocated0 = GC.GetAllocatedBytesForCurrentThread();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < travellers.Length; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            var r = index.Screen(travellers[i], Band.Review);
            lat[i] = Stopwatch.GetElapsedTime(t0).TotalMicroseconds;
            hits += r.Hits.Count;
            candidates += r.Candidates;
        }
        total.Stop();
        long allocated = GC.GetAllocatedBytesForCurrentThread() - allocated0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
        Array.Sort(lat);
        Console.WriteLine($"screened {travellers.Length:N0} travellers on one thread: p50 {lat[lat.Length / 2]:0.0} µs, p99 {lat[(int)(lat.Length * 0.99)]:0.0} µs, "
            + $"max {lat[^1]:0} µs, throughput {travellers.Length / total.Elapsed.TotalSeconds:N0}/s wall, "
            + $"{travellers.Length / cpu.TotalSeconds:N0}/s per CPU-second ({cpu.TotalMicroseconds / travellers.Length:0.0} µs CPU each); "
            + $"{(double)candidates / travellers.Length:0.0} candidates and {(double)hits / travellers.Length:0.000} hits (review+) per traveller; "
            + $"{allocated / travellers.Length:N0} bytes allocated per traveller");
        var listed = ScreeningSynthetic.ListedTravellers(list, 20_000);
        int found = listed.Count(l => index.Screen(l.Query, Band.Review).Hits.Any(h => h.Reference == l.Reference));
        Console.WriteLine($"listed people with spelling drift: {found:N0} of {listed.Length:N0} found at review or above (recall {(double)found / listed.Length:0.000})");
        if (Environment.GetEnvironmentVariable("PROBE_MISSES") is not null)
        {
            var byRef = list.Entries.ToDictionary(e => e.Reference);
            foreach (var (query, reference) in listed.Where(l => !index.Screen(l.Query, Band.Review).Hits.Any(h => h.Reference == l.Reference)).Take(25))
            {
                var best = index.Screen(query, Band.Secondary).Hits.FirstOrDefault(h => h.Reference == reference);
                Console.WriteLine($"missed: '{query.Name}' {query.BirthDate} for '{string.Join(" | ", byRef[reference].Names.Select(n => n.Full))}' {string.Join(",", byRef[reference].BirthDates)}; score {best?.Score:0.000} {best?.Band}");
            }
        }
        GC.KeepAlive(index);
        GC.KeepAlive(list);
    }
}
