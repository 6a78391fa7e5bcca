using BenchmarkDotNet.Running;
using Gateway.Benchmarks;

if (args.Length > 0 && args[0] == "screening-probe")
{
    ScreeningProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 1_000_000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ScreeningProbe).Assembly).Run(args);
