using System.Collections.Concurrent;

namespace Gateway.Runner.Engine;

/// <summary>
/// Collects every completed request: the measured latency histogram, a histogram per second of the schedule (for the
/// latency-over-time chart), completions per second, errors by kind, the receipts to reconcile, and how late the
/// scheduling thread started each request (its lag is part of the measured latency; shown so it can be judged).
/// </summary>
public sealed class Recorder(OpenSchedule schedule)
{
    private readonly ConcurrentDictionary<int, LatencyHistogram> _bySecond = new();
    private readonly ConcurrentDictionary<int, long[]> _completedBySecond = new();   // [completed, ok, errors]
    private readonly ConcurrentDictionary<string, long> _errors = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Receipt> _receipts = new();
    private long _completed;
    private long _ok;
    private long _measuredOk;
    private long _measuredCompleted;

    /// <summary>Latency (µs) of every measured request, errors included (a timeout counts at its timeout).</summary>
    public LatencyHistogram Measured { get; } = new();

    /// <summary>How late (µs) each request started after it was due.</summary>
    public LatencyHistogram DispatchLag { get; } = new();

    /// <summary>The schedule recorded against.</summary>
    public OpenSchedule Schedule => schedule;

    /// <summary>All completed requests, warm-up included.</summary>
    public long Completed => Interlocked.Read(ref _completed);

    /// <summary>All 2xx answers, warm-up included.</summary>
    public long Ok => Interlocked.Read(ref _ok);

    /// <summary>Measured 2xx answers.</summary>
    public long MeasuredOk => Interlocked.Read(ref _measuredOk);

    /// <summary>Measured completions.</summary>
    public long MeasuredCompleted => Interlocked.Read(ref _measuredCompleted);

    /// <summary>Errors by kind (status code, timeout, connection), warm-up included.</summary>
    public IReadOnlyDictionary<string, long> Errors => new SortedDictionary<string, long>(_errors, StringComparer.Ordinal);

    /// <summary>Receipts of every 2xx, to reconcile.</summary>
    public IReadOnlyCollection<Receipt> Receipts => _receipts;

    /// <summary>Latency histograms by second of the schedule (by when the request was due).</summary>
    public IReadOnlyDictionary<int, LatencyHistogram> BySecond => _bySecond;

    /// <summary>Completed, ok and failed requests by second of completion.</summary>
    public IReadOnlyDictionary<int, long[]> CompletedBySecond => _completedBySecond;

    /// <summary>Notes how late request <paramref name="index"/> started.</summary>
    public void Started(long index, TimeSpan startedAt) => DispatchLag.Record((startedAt - schedule.At(index)).Ticks / 10);

    /// <summary>Records request <paramref name="index"/>, which ended at <paramref name="endedAt"/> (from the run's start).</summary>
    /// <param name="index">The request.</param>
    /// <param name="endedAt">When the answer (or the failure) came.</param>
    /// <param name="error">Null for a 2xx, else the kind (see <see cref="ErrorKinds"/>).</param>
    /// <param name="receipt">What to reconcile for a 2xx.</param>
    public void Finished(long index, TimeSpan endedAt, string? error, Receipt? receipt)
    {
        var due = schedule.At(index);
        long micros = (endedAt - due).Ticks / 10;
        bool measured = schedule.IsMeasured(index);
        if (measured)
        {
            Measured.Record(micros);
            Interlocked.Increment(ref _measuredCompleted);
        }
        _bySecond.GetOrAdd((int)due.TotalSeconds, _ => new LatencyHistogram()).Record(micros);
        var cell = _completedBySecond.GetOrAdd((int)endedAt.TotalSeconds, _ => new long[3]);
        Interlocked.Increment(ref cell[0]);
        Interlocked.Increment(ref _completed);
        if (error is null)
        {
            Interlocked.Increment(ref cell[1]);
            Interlocked.Increment(ref _ok);
            if (measured) Interlocked.Increment(ref _measuredOk);
            if (receipt is not null) _receipts.Enqueue(receipt);
        }
        else
        {
            Interlocked.Increment(ref cell[2]);
            _errors.AddOrUpdate(error, 1, (_, n) => n + 1);
        }
    }

    /// <summary>Counts an error that is not a request's answer (e.g. a failed reconciliation look-up).</summary>
    public void Error(string kind) => _errors.AddOrUpdate(kind, 1, (_, n) => n + 1);
}
