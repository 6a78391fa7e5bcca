using System.Diagnostics;

namespace Gateway.Runner.Engine;

/// <summary>
/// Runs a schedule: a dedicated thread starts each request when it is due (open model); each request runs on the
/// thread pool, bounded by its timeout; the run ends when every started request has completed or timed out.
/// </summary>
public static class LoadEngine
{
    /// <summary>Sends <paramref name="send"/> for every request of the schedule and records the outcomes.</summary>
    /// <param name="schedule">When each request is due.</param>
    /// <param name="send">Sends request <c>i</c>; must honour the token.</param>
    /// <param name="timeout">Per-request timeout.</param>
    /// <param name="midway">Called once, on the thread pool, when half the schedule's time has passed (the reload scenario).</param>
    /// <param name="clock">The run's clock, restarted at the start (so <paramref name="midway"/> can time itself on it).</param>
    /// <param name="cancel">Stops starting new requests.</param>
    public static async Task<Recorder> RunAsync(OpenSchedule schedule, Func<long, CancellationToken, Task<Exchange>> send, TimeSpan timeout,
        Func<Task>? midway = null, Stopwatch? clock = null, CancellationToken cancel = default)
    {
        var recorder = new Recorder(schedule);
        var dispatcher = new Dispatcher(schedule);
        clock ??= new Stopwatch();
        clock.Restart();
        long inFlight = 0;
        Task? midwayTask = null;
        var half = schedule.At(schedule.Total / 2);

        void Start(long index)
        {
            Interlocked.Increment(ref inFlight);
            recorder.Started(index, clock.Elapsed);
            _ = Task.Run(async () =>
            {
                string? error;
                Receipt? receipt = null;
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancel);
                cts.CancelAfter(timeout);
                try
                {
                    var exchange = await send(index, cts.Token);
                    error = ErrorKinds.IsSuccess(exchange.Status) ? null : ErrorKinds.Status(exchange.Status);
                    receipt = exchange.Receipt;
                }
                catch (OperationCanceledException)
                {
                    error = ErrorKinds.Timeout;
                }
                catch (HttpRequestException)
                {
                    error = ErrorKinds.Connection;
                }
                catch (IOException)
                {
                    error = ErrorKinds.Connection;
                }
                recorder.Finished(index, clock.Elapsed, error, receipt);
                Interlocked.Decrement(ref inFlight);
            }, CancellationToken.None);
        }

        var thread = new Thread(() =>
        {
            while (!dispatcher.Done && !cancel.IsCancellationRequested)
            {
                dispatcher.FireDue(clock.Elapsed, Start);
                if (midway is not null && midwayTask is null && clock.Elapsed >= half) midwayTask = Task.Run(midway, CancellationToken.None);
                var wait = dispatcher.UntilNext(clock.Elapsed);
                // Sleep in whole milliseconds: spinning would take a core from the gateway on a 2-core machine. The
                // lateness this costs (≤ about 1 ms) is counted in the latency and reported as the dispatch lag.
                if (wait is { } w && w > TimeSpan.Zero) Thread.Sleep(w > TimeSpan.FromMilliseconds(2) ? w - TimeSpan.FromMilliseconds(1) : TimeSpan.FromMilliseconds(1));
            }
        })
        { IsBackground = true, Name = "load-schedule", Priority = ThreadPriority.AboveNormal };
        thread.Start();
        await Task.Run(thread.Join, CancellationToken.None);
        // Every started request ends by its timeout; the margin covers a thread pool that is itself overloaded.
        var limit = Stopwatch.StartNew();
        while (Interlocked.Read(ref inFlight) > 0 && limit.Elapsed < timeout + TimeSpan.FromSeconds(30)) await Task.Delay(10, CancellationToken.None);
        if (midwayTask is not null) await midwayTask;
        return recorder;
    }
}
