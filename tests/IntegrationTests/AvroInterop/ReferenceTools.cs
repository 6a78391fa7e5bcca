using System.Diagnostics;

namespace Gateway.IntegrationTests.AvroInterop;

/// <summary>Finds and runs the Avro reference implementations.</summary>
internal static class ReferenceTools
{
    public const string Python = "/usr/bin/python3";

    public static string? Avrocat { get; } = Find("avrocat");

    public static string? Avromod { get; } = Find("avromod");

    public static bool PythonAvro { get; } = File.Exists(Python) && Run(Python, ["-c", "import avro.datafile"], throwOnError: false).ExitCode == 0;

    public static string Script => Path.Combine(AppContext.BaseDirectory, "AvroInterop", "avro_interop.py");

    public static (int ExitCode, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, bool throwOnError = true)
    {
        var psi = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("cannot start " + file);
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 60 s");
        }
        var result = (p.ExitCode, stdout.Result, stderr.Result);
        if (throwOnError && p.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited {p.ExitCode}: {result.Item3}");
        return result;
    }

    private static string? Find(string name)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin").Split(':'))
        {
            var path = Path.Combine(dir, name);
            if (File.Exists(path)) return path;
        }
        return null;
    }
}
