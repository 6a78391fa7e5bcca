namespace Gateway.Runner.Sampling;

/// <summary>The gateway process during a run: which pid and how it was found, the samples (one a second) and the verdicts.</summary>
public sealed record ProcessReport(int Pid, string Source, IReadOnlyList<ProcessSample> Samples, IReadOnlyList<StabilityVerdict> Verdicts);
