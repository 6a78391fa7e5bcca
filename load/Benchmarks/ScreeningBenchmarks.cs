using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Gateway.Screening.Index;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;

namespace Gateway.Benchmarks;

/// <summary>Index build over the synthetic list (1,000,000 entries by default).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class ScreeningBuildBenchmarks
{
    private WatchList _list = null!;

    [Params(1_000_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup() => _list = ScreeningSynthetic.Generate(Entries, ScreeningSynthetic.LoadPools(ScreeningSynthetic.SharedFolder()));

    [Benchmark]
    public int Build() => ScreeningIndex.Build([_list]).KeyCount;
}

/// <summary>Screening one traveller against the 1,000,000-entry index (mean per traveller over a batch of 1,000).</summary>
/// <remarks>In process, with a timeout long enough for the setup (generating the list and building the index takes
/// a minute or more on a busy machine; the default in-process timeout gave up).</remarks>
[MemoryDiagnoser]
[Config(typeof(LongSetupInProcess))]
public class ScreeningLatencyBenchmarks
{
    private sealed class LongSetupInProcess : ManualConfig
    {
        public LongSetupInProcess() =>
            AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).WithWarmupCount(1).WithIterationCount(5));
    }

    private ScreeningIndex _index = null!;
    private ScreeningQuery[] _travellers = null!;

    [Params(1_000_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var pools = ScreeningSynthetic.LoadPools(ScreeningSynthetic.SharedFolder());
        var list = ScreeningSynthetic.Generate(Entries, pools);
        _index = ScreeningIndex.Build([list]);
        _travellers = ScreeningSynthetic.Travellers(list, pools, 1000);
    }

    [Benchmark(OperationsPerInvoke = 1000)]
    public int ScreenTraveller()
    {
        var hits = 0;
        foreach (var t in _travellers) hits += _index.Screen(t, Band.Review).Hits.Count;
        return hits;
    }
}
