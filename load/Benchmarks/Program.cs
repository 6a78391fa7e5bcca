using BenchmarkDotNet.Running;
using Gateway.Benchmarks;
using Gateway.Benchmarks.Eval;

if (args.Length > 0 && args[0] == "screening-probe")
{
    ScreeningProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
    return;
}
if (args.Length > 0 && args[0] == "screen-eval")
{
    // The screening evaluation against the FuzzySharp baseline (docs/BENCHMARKS.md): evaluation only, not in the gateway.
    Environment.ExitCode = ScreenEvalCommand.Build().Parse(args[1..]).Invoke();
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ScreeningProbe).Assembly).Run(args);
