namespace Gateway.Runner.Engine;

/// <summary>
/// A log-linear latency histogram in the manner of HdrHistogram: values (microseconds) below 256 are counted exactly;
/// above, each power-of-two range is split into 128 equal sub-buckets, so any value is known to within 1/128 (0.8 %)
/// however large. Fixed memory (about 20 KB up to ~9 minutes), thread-safe recording without locks.
/// </summary>
public sealed class LatencyHistogram
{
    private const int SubBits = 7;                 // 128 sub-buckets per power of two above the linear range
    private const int Half = 1 << SubBits;         // 128
    private const int Linear = Half << 1;          // 256 exact values
    private const int Ranges = 32;                 // powers of two above the linear range: up to 2^39 µs

    private readonly long[] _counts = new long[Linear + (Ranges * Half)];
    private long _total;
    private long _max;
    private long _min = long.MaxValue;
    private long _sum;

    /// <summary>Number of recorded values.</summary>
    public long Count => Interlocked.Read(ref _total);

    /// <summary>Largest recorded value, exact (0 when empty).</summary>
    public long Max => Interlocked.Read(ref _max);

    /// <summary>Smallest recorded value, exact (0 when empty).</summary>
    public long Min => Count == 0 ? 0 : Interlocked.Read(ref _min);

    /// <summary>Mean of recorded values (0 when empty).</summary>
    public double Mean => Count == 0 ? 0 : (double)Interlocked.Read(ref _sum) / Count;

    /// <summary>Records one value; negative values count as 0.</summary>
    public void Record(long value)
    {
        if (value < 0) value = 0;
        Interlocked.Increment(ref _counts[IndexOf(value)]);
        Interlocked.Increment(ref _total);
        Interlocked.Add(ref _sum, value);
        long seen;
        while (value > (seen = Interlocked.Read(ref _max)) && Interlocked.CompareExchange(ref _max, value, seen) != seen) { }
        while (value < (seen = Interlocked.Read(ref _min)) && Interlocked.CompareExchange(ref _min, value, seen) != seen) { }
    }

    /// <summary>Adds every count of <paramref name="other"/> to this histogram.</summary>
    public void Add(LatencyHistogram other)
    {
        for (int i = 0; i < _counts.Length; i++)
        {
            long c = Interlocked.Read(ref other._counts[i]);
            if (c != 0) Interlocked.Add(ref _counts[i], c);
        }
        Interlocked.Add(ref _total, other.Count);
        Interlocked.Add(ref _sum, Interlocked.Read(ref other._sum));
        if (other.Count > 0)
        {
            long seen;
            while (other.Max > (seen = Interlocked.Read(ref _max)) && Interlocked.CompareExchange(ref _max, other.Max, seen) != seen) { }
            while (other.Min < (seen = Interlocked.Read(ref _min)) && Interlocked.CompareExchange(ref _min, other.Min, seen) != seen) { }
        }
    }

    /// <summary>
    /// The value at or below which <paramref name="percentile"/> percent of the values fall, reported as the highest
    /// value its bucket stands for (never above the true maximum): a percentile is never understated.
    /// </summary>
    public long ValueAt(double percentile)
    {
        long total = Count;
        if (total == 0) return 0;
        if (percentile >= 100) return Max;
        long rank = Math.Max(1, (long)Math.Ceiling(Math.Clamp(percentile, 0, 100) / 100.0 * total));
        long seen = 0;
        for (int i = 0; i < _counts.Length; i++)
        {
            seen += Interlocked.Read(ref _counts[i]);
            if (seen >= rank) return Math.Min(HighestEquivalent(i), Max);
        }
        return Max;
    }

    /// <summary>The bucket index a value is counted in.</summary>
    internal static int IndexOf(long value)
    {
        if (value < Linear) return (int)value;
        int range = 63 - System.Numerics.BitOperations.LeadingZeroCount((ulong)value) - SubBits; // ≥ 1
        if (range > Ranges) return Linear + (Ranges * Half) - 1;
        int sub = (int)(value >> range) - Half;                                                    // 0..127
        return Linear + ((range - 1) * Half) + sub;
    }

    /// <summary>The smallest value counted in bucket <paramref name="index"/>.</summary>
    internal static long LowestEquivalent(int index)
    {
        if (index < Linear) return index;
        int range = ((index - Linear) / Half) + 1;
        int sub = (index - Linear) % Half;
        return (long)(Half + sub) << range;
    }

    /// <summary>The largest value counted in bucket <paramref name="index"/>.</summary>
    internal static long HighestEquivalent(int index)
    {
        if (index < Linear) return index;
        int range = ((index - Linear) / Half) + 1;
        return LowestEquivalent(index) + (1L << range) - 1;
    }
}
