namespace Gateway.Runner.Engine;

/// <summary>
/// The open-model schedule: request <c>i</c> is due at <c>i / rate</c> seconds after the start, whatever happened to
/// the requests before it. The first <see cref="WarmupCount"/> requests are the warm-up; the total is bounded by the
/// duration and by a maximum count. Latency is measured from <see cref="At"/>, not from when the request went out,
/// so a stalled server cannot hide its stall by slowing the load down (no coordinated omission).
/// </summary>
public sealed record OpenSchedule
{
    /// <summary>A schedule of <paramref name="rate"/> requests per second for warm-up plus duration, at most <paramref name="maxRequests"/>.</summary>
    public OpenSchedule(double rate, TimeSpan warmup, TimeSpan duration, long maxRequests)
    {
        if (!(rate > 0) || double.IsInfinity(rate)) throw new ArgumentOutOfRangeException(nameof(rate), rate, "the rate must be a positive number of requests per second");
        if (warmup < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(warmup), warmup, "the warm-up cannot be negative");
        if (duration <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(duration), duration, "the duration must be positive");
        if (maxRequests < 1) throw new ArgumentOutOfRangeException(nameof(maxRequests), maxRequests, "at least one request");
        Rate = rate;
        Warmup = warmup;
        Duration = duration;
        long planned = (long)Math.Ceiling((warmup + duration).TotalSeconds * rate);
        Total = Math.Min(planned, maxRequests);
        WarmupCount = Math.Min(Total, (long)Math.Ceiling(warmup.TotalSeconds * rate));
    }

    /// <summary>Requests per second.</summary>
    public double Rate { get; }

    /// <summary>Warm-up before measuring.</summary>
    public TimeSpan Warmup { get; }

    /// <summary>Measured time after the warm-up.</summary>
    public TimeSpan Duration { get; }

    /// <summary>Requests in the whole run (warm-up included), bounded by the maximum count.</summary>
    public long Total { get; }

    /// <summary>Requests that belong to the warm-up (not measured, but sent and reconciled).</summary>
    public long WarmupCount { get; }

    /// <summary>When request <paramref name="index"/> is due, from the start of the run.</summary>
    public TimeSpan At(long index) => TimeSpan.FromTicks((long)Math.Round(index * (TimeSpan.TicksPerSecond / Rate)));

    /// <summary>How many requests are due by <paramref name="elapsed"/> (those with <see cref="At"/> ≤ elapsed), at most <see cref="Total"/>.</summary>
    public long DueBy(TimeSpan elapsed)
    {
        if (elapsed < TimeSpan.Zero) return 0;
        long due = (long)Math.Floor(elapsed.Ticks * Rate / TimeSpan.TicksPerSecond) + 1;
        // Rounding in At() can put a request a tick either side of the floor: settle it against At itself.
        while (due > 0 && At(due - 1) > elapsed) due--;
        while (due < Total && At(due) <= elapsed) due++;
        return Math.Min(due, Total);
    }

    /// <summary>Whether request <paramref name="index"/> is measured (after the warm-up).</summary>
    public bool IsMeasured(long index) => index >= WarmupCount;
}
