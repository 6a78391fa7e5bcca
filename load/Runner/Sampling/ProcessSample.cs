namespace Gateway.Runner.Sampling;

/// <summary>One sample of the gateway process: second of the run, resident memory (MiB), open file descriptors (sockets included) and threads.</summary>
public sealed record ProcessSample(double Second, double RssMiB, int Fds, int Threads);
