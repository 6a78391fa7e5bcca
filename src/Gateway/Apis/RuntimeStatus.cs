using System.Diagnostics;

namespace Gateway.Apis;

/// <summary>
/// The process as an operator or the load runner sees it (<c>GET /health/runtime</c>, admin): memory, garbage
/// collection and thread-pool figures, all cumulative since the start, so two readings give the figures between them.
/// </summary>
public sealed record RuntimeStatus(
    DateTimeOffset At, double UptimeSeconds, double CpuSeconds, long WorkingSetBytes, long ManagedHeapBytes, long AllocatedBytes,
    int Gen0Collections, int Gen1Collections, int Gen2Collections, double GcPauseMs, double LastGcPauseMs, bool ServerGc,
    int ThreadPoolThreads, long ThreadPoolPendingItems, long ThreadPoolCompletedItems, int HandleCount)
{
    /// <summary>The figures now.</summary>
    public static RuntimeStatus Now(TimeProvider clock)
    {
        using var process = Process.GetCurrentProcess();
        var last = GC.GetGCMemoryInfo(GCKind.Any);
        return new RuntimeStatus(clock.GetUtcNow(), (DateTime.Now - process.StartTime).TotalSeconds, process.TotalProcessorTime.TotalSeconds,
            process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false), GC.GetTotalAllocatedBytes(precise: false),
            GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalMilliseconds,
            last.PauseDurations.Length > 0 ? last.PauseDurations[0].TotalMilliseconds : 0, System.Runtime.GCSettings.IsServerGC,
            ThreadPool.ThreadCount, ThreadPool.PendingWorkItemCount, ThreadPool.CompletedWorkItemCount, process.HandleCount);
    }
}
