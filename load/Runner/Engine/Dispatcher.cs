namespace Gateway.Runner.Engine;

/// <summary>
/// Starts every request that is due, given only the time: it never looks at completions, which is what makes the model
/// open. Called from the scheduling thread; when the thread wakes late it starts every request it owes at once (their
/// latency still counts from when they were due).
/// </summary>
public sealed class Dispatcher(OpenSchedule schedule)
{
    private long _next;

    /// <summary>Requests started so far.</summary>
    public long Started => _next;

    /// <summary>Whether every request of the schedule has been started.</summary>
    public bool Done => _next >= schedule.Total;

    /// <summary>Starts the requests due by <paramref name="elapsed"/>; returns how many it started.</summary>
    public long FireDue(TimeSpan elapsed, Action<long> start)
    {
        long due = schedule.DueBy(elapsed);
        long fired = 0;
        while (_next < due)
        {
            start(_next++);
            fired++;
        }
        return fired;
    }

    /// <summary>Time until the next request is due (zero when it is due already, null when all have started).</summary>
    public TimeSpan? UntilNext(TimeSpan elapsed) => Done ? null : TimeSpan.FromTicks(Math.Max(0, (schedule.At(_next) - elapsed).Ticks));
}
