namespace Gateway.Runner.Cli;

/// <summary>What a run is told on the command line (see docs/LOAD.md for each option).</summary>
public sealed record RunnerOptions
{
    /// <summary>Scenario names the runner knows.</summary>
    public static readonly string[] Scenarios = ["iapi", "batch", "crew", "pnr", "mix", "reload", "baseline"];

    /// <summary>iapi, batch, crew, pnr, mix, reload or baseline.</summary>
    public string Scenario { get; init; } = "iapi";

    /// <summary>The started gateway; loopback only.</summary>
    public Uri Url { get; init; } = new("http://127.0.0.1:5000");

    /// <summary>Requests per second.</summary>
    public double Rate { get; init; } = 100;

    /// <summary>A sweep's rates (then <see cref="Rate"/> is ignored).</summary>
    public IReadOnlyList<double> Rates { get; init; } = [];

    /// <summary>The baseline's rates in a sweep (the sweep's rates when empty).</summary>
    public IReadOnlyList<double> BaselineRates { get; init; } = [];

    /// <summary>Warm-up before measuring.</summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Warm-up of a sweep's first step (the baseline's and the scenario's): the first requests after a gateway start
    /// meet JIT compilation and cold caches, which a short warm-up leaves in the measured window. Never shorter than <see cref="Warmup"/>.
    /// </summary>
    public TimeSpan FirstWarmup { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Measured time.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound on the requests of one run, warm-up included.</summary>
    public long MaxRequests { get; init; } = 2_000_000;

    /// <summary>Per-request timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Run name: the results folder under <see cref="Output"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Where run folders go.</summary>
    public string Output { get; init; } = "load/results";

    /// <summary>Carrier API key (else GATEWAY_KEY, else from <see cref="KeysFrom"/>).</summary>
    public string? Key { get; init; }

    /// <summary>Admin key for watch-list uploads (else GATEWAY_ADMIN_KEY, else from <see cref="KeysFrom"/>).</summary>
    public string? AdminKey { get; init; }

    /// <summary>The gateway's console log, where it printed its development keys.</summary>
    public string? KeysFrom { get; init; }

    /// <summary>The carrier whose key is used (KE by default).</summary>
    public string Carrier { get; init; } = "KE";

    /// <summary>Share of travellers drawn from the watch list (needs <see cref="ListFile"/>).</summary>
    public double ListedShare { get; init; } = 0.02;

    /// <summary>The native-CSV list the gateway has loaded: listed travellers are drawn from it; the reload scenario uploads it.</summary>
    public string? ListFile { get; init; }

    /// <summary>The configured list the reload scenario replaces.</summary>
    public string ReloadList { get; init; } = "synthetic";

    /// <summary>Batch lists as <c>json</c> or <c>edifact</c> (PAXLST).</summary>
    public string Format { get; init; } = "json";

    /// <summary>Mix weights, e.g. <c>iapi=85,batch=5,crew=5,pnr=5</c>.</summary>
    public string Mix { get; init; } = "iapi=85,batch=5,crew=5,pnr=5";

    /// <summary>The knee's p99 limit.</summary>
    public double P99LimitMs { get; init; } = 20;

    /// <summary>Most HTTP connections open at once.</summary>
    public int Connections { get; init; } = 256;

    /// <summary>Seed of the generated travellers.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Read every acknowledged record back at the end.</summary>
    public bool Reconcile { get; init; } = true;

    /// <summary>Run the baseline at the same rate first and give ratios (a sweep does its own baseline sweep unless off).</summary>
    public bool Baseline { get; init; }

    /// <summary>A sweep goes on past the first failing rate.</summary>
    public bool SweepAll { get; init; }

    /// <summary>Interactive checks per flight (consecutive requests fill a flight); 1 gives every check its own flight.</summary>
    public int ChecksPerFlight { get; init; } = 60;

    /// <summary>Travellers per batch list.</summary>
    public int BatchSize { get; init; } = 300;

    /// <summary>The gateway's process id to sample (memory, handles, threads); else the pid file next to the keys log.</summary>
    public int? GatewayPid { get; init; }

    /// <summary>How long reconciliation waits for acknowledged travellers still pending to be decided (screening follows off the request path).</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(60);
}
