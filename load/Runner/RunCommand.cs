using System.Diagnostics;
using System.Net.Http.Headers;
using Gateway.Runner.Cli;
using Gateway.Runner.Data;
using Gateway.Runner.Engine;
using Gateway.Runner.Report;
using Gateway.Runner.Sampling;
using Gateway.Runner.Scenarios;

namespace Gateway.Runner;

/// <summary>One run of a scenario against a started gateway: optional baseline, the run, reconciliation, result files.</summary>
public static class RunCommand
{
    /// <summary>Runs <paramref name="o"/> and writes its folder; returns the result.</summary>
    public static async Task<RunResult> RunAsync(RunnerOptions o, TextWriter log, CancellationToken cancel = default)
    {
        string name = o.Name ?? $"{o.Scenario}-{o.Rate:0}-{DateTime.UtcNow:yyyyMMdd-HHmmss}";
        string? commit = RunContext.Commit(); // at the start: the checkout may move while a long run goes on
        string key = Keys.Resolve(o.Carrier, o.Key, o.KeysFrom)
            ?? (o.Scenario == "baseline" ? "" : throw new ArgumentException($"no API key for carrier {o.Carrier}: give --key, set GATEWAY_KEY, or --keys-from the gateway's log"));
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = o.Connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            ConnectTimeout = TimeSpan.FromSeconds(5),
        };
        using var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = o.Url, Timeout = Timeout.InfiniteTimeSpan };
        if (key.Length > 0) client.DefaultRequestHeaders.Add("X-Api-Key", key);

        var listed = o.ListFile is not null && o.ListedShare > 0 ? ListedPeople.Load(o.ListFile) : null;
        if (o.ListedShare > 0 && listed is null && o.Scenario is not ("baseline" or "pnr")) log.WriteLine("note: no --list-file, so no traveller is drawn from a watch list");
        var people = new PeopleGenerator(NamePools.Load(NamePools.SharedFolder()), listed, o.ListedShare, o.Seed);
        int runTag = (int)(DateTimeOffset.UtcNow.ToUnixTimeSeconds() % 10_000);
        var context = new ScenarioContext(client, people, o.Carrier, runTag);
        var scenario = Create(o.Scenario, o, context, client);
        var schedule = new OpenSchedule(o.Rate, o.Warmup, o.Duration, o.MaxRequests);

        BaselineComparison? baseline = null;
        LatencySummary? baselineLatency = null;
        if (o.Baseline && o.Scenario != "baseline")
        {
            log.WriteLine($"baseline: GET /health/live at {o.Rate:0}/s for {(o.Warmup + o.Duration).TotalSeconds:0} s");
            var b = await LoadEngine.RunAsync(schedule, new BaselineScenario(client).SendAsync, o.Timeout, cancel: cancel);
            baselineLatency = ResultBuilder.Summary(b.Measured);
        }

        log.WriteLine($"{o.Scenario}: {o.Rate:0}/s, {o.Warmup.TotalSeconds:0} s warm-up + {o.Duration.TotalSeconds:0} s, {schedule.Total:N0} requests, against {o.Url}");
        var clock = new Stopwatch();
        ReloadResult? reload = null;
        Func<Task>? midway = null;
        (double Start, double End, int Status, string Answer)? reloadTimes = null;
        if (o.Scenario == "reload")
        {
            string adminKey = Keys.Resolve("admin", o.AdminKey, o.KeysFrom)
                ?? throw new ArgumentException("the reload scenario needs the admin key: --admin-key, GATEWAY_ADMIN_KEY or --keys-from the gateway's log");
            midway = async () =>
            {
                double start = clock.Elapsed.TotalSeconds;
                var (status, answer) = await WatchListCommand.UploadAsync(o.Url, adminKey, o.ReloadList, o.ListFile!, cancel);
                reloadTimes = (start, clock.Elapsed.TotalSeconds, status, answer);
                log.WriteLine($"reload: PUT /api/v1/watchlists/{o.ReloadList} at {start:0.0} s answered {status} after {clock.Elapsed.TotalSeconds - start:0.0} s");
            };
        }
        var sampled = GatewayProcess.Resolve(o.GatewayPid, o.KeysFrom, log);
        using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(cancel); // also ends if the run throws or is stopped
        Task<List<ProcessSample>>? sampling = null;
        if (sampled is { } gp)
        {
            log.WriteLine($"sampling gateway process {gp.Pid} (from {gp.Source}) once a second");
            sampling = new ProcessSampler(gp.Pid).RunAsync(Stopwatch.StartNew(), stopSampling.Token);
        }
        Recorder recorder;
        try
        {
            recorder = await LoadEngine.RunAsync(schedule, scenario.SendAsync, o.Timeout, midway, clock, cancel);
        }
        finally
        {
            await stopSampling.CancelAsync();
        }
        if (reloadTimes is { } t) reload = ReloadWindow(recorder, o, t);
        ProcessReport? process = null;
        if (sampling is not null && sampled is { } p)
        {
            var samples = await sampling;
            process = new ProcessReport(p.Pid, p.Source, samples, StabilityJudge.JudgeAll(samples, o.Warmup.TotalSeconds));
            log.WriteLine("process: " + string.Join("; ", process.Verdicts.Select(v => $"{v.Measure} {v.Verdict} ({v.SecondQuarter:0.#} → {v.LastQuarter:0.#})")));
        }

        Reconciliation? reconciliation = null;
        if (o.Reconcile && o.Scenario != "baseline")
        {
            reconciliation = await Reconciler.CheckAsync(client, recorder.Receipts, 8, cancel, o.Settle);
            var rc = reconciliation;
            log.WriteLine($"reconciliation: {rc.Acknowledged:N0} acknowledged, {rc.RecordsMissing:N0} records missing; travellers {rc.TravellersFound + rc.TravellersMissing:N0} acknowledged, " +
                $"{rc.TravellersFound:N0} stored, {rc.TravellersDecided:N0} decided{(rc.SettleSeconds is { } w ? $" (waited {w:0.#} s)" : "")}, {rc.TravellersMissing:N0} missing, {rc.TravellersUndecided:N0} undecided");
        }
        var latency = ResultBuilder.Summary(recorder.Measured);
        if (baselineLatency is { } bl) baseline = new BaselineComparison(bl, Ratio(latency.P50, bl.P50), Ratio(latency.P99, bl.P99));
        var result = new RunResult(name, o.Scenario, o.Url.ToString(), DateTimeOffset.UtcNow - clock.Elapsed, commit, RunContext.Machine(),
            o.Rate, o.Warmup.TotalSeconds, o.Duration.TotalSeconds, schedule.Total, recorder.Completed, recorder.Ok, recorder.MeasuredCompleted,
            recorder.MeasuredOk, Math.Round(ResultBuilder.Throughput(recorder), 1), recorder.Errors, latency, ResultBuilder.Summary(recorder.DispatchLag),
            context.TravellersSent, context.ListedSent, ResultBuilder.Timeline(recorder), ResultBuilder.Distribution(recorder.Measured),
            reconciliation, reload, baseline)
        {
            Process = process,
        };
        string folder = Path.Combine(o.Output, name);
        ResultFiles.Write(folder, result);
        log.WriteLine($"p50 {latency.P50:0.##} ms, p90 {latency.P90:0.##} ms, p99 {latency.P99:0.##} ms, p99.9 {latency.P999:0.##} ms, max {latency.Max:0.##} ms; " +
            $"{result.Throughput:N0}/s; errors {result.ErrorCount:N0}; results in {folder}");
        return result;
    }

    /// <summary>The scenario of a name, with a mix's parts built from its weights.</summary>
    public static IScenario Create(string scenario, RunnerOptions o, ScenarioContext context, HttpClient client) => scenario switch
    {
        "iapi" or "reload" => new IapiScenario(context, o.ChecksPerFlight),
        "batch" => new BatchScenario(context, o.Format == "edifact", o.BatchSize),
        "crew" => new CrewScenario(context),
        "pnr" => new PnrScenario(context),
        "baseline" => new BaselineScenario(client),
        "mix" => new MixScenario([.. ParseMix(o.Mix).Select(p => (Create(p.Name, o, context, client), p.Weight))]),
        _ => throw new ArgumentException($"unknown scenario '{scenario}'"),
    };

    /// <summary>Mix weights: <c>iapi=85,batch=5,crew=5,pnr=5</c>.</summary>
    public static List<(string Name, int Weight)> ParseMix(string text)
    {
        var parts = new List<(string, int)>();
        foreach (var item in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = item.Split('=');
            if (kv.Length != 2 || kv[0] is not ("iapi" or "batch" or "crew" or "pnr" or "baseline") || !int.TryParse(kv[1], out int w) || w < 0)
            {
                throw new ArgumentException($"--mix: '{item}' is not NAME=WEIGHT with NAME one of iapi, batch, crew, pnr, baseline");
            }
            parts.Add((kv[0], w));
        }
        return parts;
    }

    private static ReloadResult ReloadWindow(Recorder recorder, RunnerOptions o, (double Start, double End, int Status, string Answer) t)
    {
        var during = new LatencyHistogram();
        var outside = new LatencyHistogram();
        foreach (var (second, h) in recorder.BySecond)
        {
            if (second < o.Warmup.TotalSeconds) continue;
            (second + 1 > t.Start && second < t.End ? during : outside).Add(h);
        }
        return new ReloadResult(o.ReloadList, Math.Round(t.Start, 1), Math.Round(t.End - t.Start, 2), t.Status, t.Answer,
            ResultBuilder.Summary(during), ResultBuilder.Summary(outside));
    }

    private static double Ratio(double a, double b) => b <= 0 ? 0 : Math.Round(a / b, 2);
}
