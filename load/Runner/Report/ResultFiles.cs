using System.Text.Json;

namespace Gateway.Runner.Report;

/// <summary>Writes a run's folder: results.json, latency.svg, throughput.svg, percentiles.svg, summary.md, and process.svg when the gateway process was sampled.</summary>
public static class ResultFiles
{
    /// <summary>The files a run leaves behind.</summary>
    public static readonly string[] RunFiles = ["results.json", "latency.svg", "throughput.svg", "percentiles.svg", "summary.md"];

    /// <summary>Writes <paramref name="result"/> under <paramref name="folder"/> (created).</summary>
    public static void Write(string folder, RunResult result)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "results.json"), JsonSerializer.Serialize(result, ResultsJsonContext.Default.RunResult));
        File.WriteAllText(Path.Combine(folder, "latency.svg"), Charts.LatencyOverTime(result));
        File.WriteAllText(Path.Combine(folder, "throughput.svg"), Charts.ThroughputOverTime(result));
        File.WriteAllText(Path.Combine(folder, "percentiles.svg"), Charts.Distribution(result));
        File.WriteAllText(Path.Combine(folder, "summary.md"), SummaryWriter.Write(result));
        if (result.Process is not null) File.WriteAllText(Path.Combine(folder, "process.svg"), Charts.Process(result));
    }

    /// <summary>Draws a results folder's charts and summary again from its JSON (after a change to the charts); returns what it read.</summary>
    /// <exception cref="FileNotFoundException">The folder has neither results.json nor sweep.json.</exception>
    public static string Redraw(string folder)
    {
        string sweep = Path.Combine(folder, "sweep.json"), run = Path.Combine(folder, "results.json");
        if (File.Exists(sweep))
        {
            Write(folder, JsonSerializer.Deserialize(File.ReadAllText(sweep), ResultsJsonContext.Default.SweepResult)!);
            return sweep;
        }
        if (File.Exists(run))
        {
            Write(folder, JsonSerializer.Deserialize(File.ReadAllText(run), ResultsJsonContext.Default.RunResult)!);
            return run;
        }
        throw new FileNotFoundException($"{folder} has no results.json or sweep.json");
    }

    /// <summary>Writes a sweep's summary, JSON and chart under <paramref name="folder"/>.</summary>
    public static void Write(string folder, SweepResult result)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "sweep.json"), JsonSerializer.Serialize(result, ResultsJsonContext.Default.SweepResult));
        File.WriteAllText(Path.Combine(folder, "sweep.svg"), Charts.Sweep(result));
        File.WriteAllText(Path.Combine(folder, "summary.md"), SummaryWriter.Write(result));
    }
}
