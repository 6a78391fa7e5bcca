using FuzzySharp;
using Gateway.Screening.Model;

namespace Gateway.Benchmarks.Eval;

/// <summary>
/// The brute-force baseline: FuzzySharp token-set ratio of the query against every person name of every list,
/// the same birth-year gate as ours, a hit at or above the threshold. Evaluation only; the product does not use it.
/// </summary>
internal sealed class Baseline
{
    private readonly List<(string Name, ListEntry Entry)> _names = [];

    public Baseline(IReadOnlyList<WatchList> lists)
    {
        foreach (var l in lists)
        {
            foreach (var e in l.Entries)
            {
                if (e.Type is not (EntryType.Person or EntryType.Unknown)) continue;
                foreach (var n in e.Names) _names.Add((n.Full, e));
            }
        }
    }

    /// <summary>The refs hit at or above <paramref name="threshold"/> (0–100).</summary>
    public HashSet<string> Hits(ScreeningQuery q, int threshold)
    {
        var hits = new HashSet<string>(StringComparer.Ordinal);
        var year = q.BirthDate?.FromYear ?? 0;
        foreach (var (name, entry) in _names)
        {
            if (hits.Contains(entry.Reference)) continue;
            if (year != 0 && entry.BirthDates.Count > 0 && !entry.BirthDates.Any(d => d.YearCompatible(year))) continue;
            if (Fuzz.TokenSetRatio(q.Name, name) >= threshold) hits.Add(entry.Reference);
        }
        return hits;
    }
}
