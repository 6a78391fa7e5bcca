using Gateway.Screening.Model;
using Gateway.Screening.Scoring;
using Gateway.Screening.Text;

namespace Gateway.Screening.Index;

public sealed partial class ScreeningIndex
{
    /// Per-thread scratch: the candidate accumulator and the query's keys.
    private sealed class Scratch
    {
        public readonly CandidateAccumulator Acc = new();
        public readonly SimilarityMemo Memo = new();
        public readonly NameToken[] Parts = new NameToken[NameRecord.MaxParts];
        public readonly ulong[] Keys = new ulong[KeyHash.MaxKeys];
        public readonly KeyHash.Kind[] Kinds = new KeyHash.Kind[KeyHash.MaxKeys];
        public readonly string?[] Corrections = new string?[PairParts * (TokenCorrections.MaxPerPart + 1)];
    }

    private const int PairParts = 6;

    [ThreadStatic]
    private static Scratch? _scratch;

    private static readonly NameNormalizer QueryNormalizer = new();

    /// Screens one traveller: candidates from the key table (never a scan), the birth-year gate, scoring of at most
    /// MaxCandidates names, adjustments, then document hits. Hits below <paramref name="minBand"/> are dropped.
    public ScreeningResult Screen(ScreeningQuery query, Band minBand = Band.Review)
    {
        var hits = new List<Hit>();
        var name = QueryNormalizer.Normalize(query.Name ?? "");
        foreach (var t in name.Tokens) Prepare(t);
        var candidates = 0;
        var docHits = DocumentHits(query);
        if (name.Tokens.Length > 0)
        {
            candidates = NameHits(name, query, minBand, hits, docHits, out var listed);
            if (Rewrite(name, listed) is { } other)
            {
                var before = hits.Count;
                candidates += NameHits(other, query, minBand, hits, docHits);
                if (hits.Count > before) KeepBestPerEntry(hits);
            }
        }
        foreach (var (entryId, score, note) in docHits)
        {
            var existing = hits.FindIndex(h => ReferenceEquals(h.Reference, _entries[entryId].Reference) && h.List == _lists[_entryList[entryId]].Name);
            if (existing >= 0)
            {
                if (hits[existing].Score < score) hits[existing] = hits[existing] with { Score = score, Band = _matcher.Options.BandOf(score), Why = hits[existing].Why with { Document = note } };
                continue;
            }
            var band = _matcher.Options.BandOf(score);
            if (band < minBand) continue;
            var why = new Explanation(_entries[entryId].Names.Count > 0 ? _entries[entryId].Names[0].Full : "", [], [], [], 0, [], note);
            hits.Add(MakeHit(entryId, score, band, why));
        }
        hits.Sort(static (a, b) => b.Score.CompareTo(a.Score));
        return new ScreeningResult(hits, Version, candidates);
    }

    // Two readings of one name may hit the same entry: the better hit stays.
    private static void KeepBestPerEntry(List<Hit> hits)
    {
        for (var i = hits.Count - 1; i >= 0; i--)
        {
            for (var j = 0; j < i; j++)
            {
                if (!ReferenceEquals(hits[j].Reference, hits[i].Reference) || hits[j].List != hits[i].List) continue;
                if (hits[i].Score > hits[j].Score) hits[j] = hits[i];
                hits.RemoveAt(i);
                break;
            }
        }
    }

    private Hit MakeHit(int entryId, double score, Band band, Explanation why)
    {
        var list = _lists[_entryList[entryId]];
        return new Hit(list.Name, list.Kind, _entries[entryId].Reference, Math.Round(score, 4), band, list.Kind.Consequence(), why);
    }

    // Shared and never written: a query without a document allocates no list.
    private static readonly List<(int Entry, double Score, string Note)> NoDocumentHits = [];

    private List<(int Entry, double Score, string Note)> DocumentHits(ScreeningQuery q)
    {
        if (string.IsNullOrWhiteSpace(q.DocumentNumber)) return NoDocumentHits;
        var result = new List<(int, double, string)>();
        var number = DocumentKey.Number(q.DocumentNumber);
        if (number.Length < 4) return result;
        var country = DocumentKey.Country(q.DocumentCountry);
        if (country is not null && _documents.TryGetValue(number + "|" + country, out var exact))
        {
            foreach (var e in exact) result.Add((e, 1.0, $"document {number} issued by {country} is on the list"));
        }
        if (_documents.TryGetValue(number, out var byNumber))
        {
            foreach (var e in byNumber)
            {
                if (result.Exists(r => r.Item1 == e)) continue;
                // Same number, issuing state unknown on one side or different: evidence, not a hit by itself.
                // Lost/stolen lists need number and state both.
                if (_lists[_entryList[e]].Kind == ListKind.LostStolen) continue;
                var entryCountries = _entries[e].Documents;
                var conflicting = false;
                foreach (var d in entryCountries)
                {
                    if (DocumentKey.Number(d.Number) == number && d.Country is not null && country is not null && !string.Equals(DocumentKey.Country(d.Country), country, StringComparison.Ordinal)) conflicting = true;
                }
                if (!conflicting) result.Add((e, 0.9, $"document number {number} is on the list (issuing state not confirmed)"));
            }
        }
        return result;
    }

    /// <summary>
    /// Adds the pair keys of the list's spellings of the query's parts, each part taken as written or corrected by one
    /// edit (<see cref="TokenCorrections"/>), except the pair as written (already a key). A name with every part
    /// misspelt meets its list name through these. A part some list name carries as written (<paramref name="listed"/>)
    /// is taken as written: most travellers' parts are, and they then cost no look-up.
    /// </summary>
    private int CorrectedPairs(NormalizedName name, ulong listed, Scratch s, int nk)
    {
        var tokens = name.Tokens;
        Span<int> chosen = stackalloc int[PairParts];
        var c = 0;
        for (var i = 0; i < tokens.Length && c < PairParts; i++)
        {
            if (!tokens[i].Particle && tokens[i].Primary.Length >= 2) chosen[c++] = i;
        }
        if (c < 2) return nk;
        var misspelt = false;
        for (var a = 0; a < c; a++) misspelt |= chosen[a] >= 64 || (listed & (1UL << chosen[a])) == 0;
        if (!misspelt) return nk;
        const int width = TokenCorrections.MaxPerPart + 1;
        var spellings = s.Corrections.AsSpan();
        Span<int> counts = stackalloc int[PairParts];
        for (var a = 0; a < c; a++)
        {
            var slot = spellings.Slice(a * width, width);
            slot[0] = tokens[chosen[a]].Primary;
            counts[a] = 1 + (chosen[a] < 64 && (listed & (1UL << chosen[a])) != 0 ? 0 : _corrections.Of(slot[0]!, slot[1..]));
        }
        for (var a = 0; a < c; a++)
        {
            for (var b = a + 1; b < c; b++)
            {
                for (var x = 0; x < counts[a]; x++)
                {
                    for (var y = 0; y < counts[b]; y++)
                    {
                        if ((x == 0 && y == 0) || nk == s.Keys.Length) continue;
                        var key = KeyHash.Pair(KeyHash.PairSeed, spellings[a * width + x], spellings[b * width + y]);
                        if (s.Keys.AsSpan(0, nk).Contains(key)) continue;
                        s.Keys[nk] = key;
                        s.Kinds[nk++] = KeyHash.Kind.CorrectedPair;
                    }
                }
            }
        }
        return nk;
    }

    private int NameHits(NormalizedName name, ScreeningQuery query, Band minBand, List<Hit> hits, List<(int Entry, double Score, string Note)> docHits) =>
        NameHits(name, query, minBand, hits, docHits, out _);

    /// <param name="listedParts">Bit i set when some list name carries part i as written (a token key exists).</param>
    private int NameHits(NormalizedName name, ScreeningQuery query, Band minBand, List<Hit> hits, List<(int Entry, double Score, string Note)> docHits, out ulong listedParts)
    {
        var options = _matcher.Options;
        var s = _scratch ??= new Scratch();
        var acc = s.Acc;
        try
        {
            // A part that is itself a common name (many list names carry it exactly) gets no typo keys: its one-edit
            // neighbours are other common names (Maria/Mario), and pairs and skeletons still find a misspelt list name.
            ulong skipDeletes = 0, listed = 0;
            for (var i = 0; i < name.Tokens.Length && i < 64; i++)
            {
                var exact = _keys.Get(KeyHash.Hash(KeyHash.TokenSeed, name.Tokens[i].Primary)).Length;
                if (exact > options.CommonDeletePostings / 4) skipDeletes |= 1UL << i;
                if (exact > 0) listed |= 1UL << i;
            }
            listedParts = listed;
            var nk = KeyHash.Keys(name, s.Keys, s.Kinds, _matcher.Nicknames, query: true, skipDeletes: skipDeletes);
            nk = CorrectedPairs(name, listed, s, nk);
            var total = (double)Math.Max(_names.Length, 2);
            // The birth-year gate is read from the postings (each carries its name's window), not from the entries.
            var year = query.BirthDate?.FromYear ?? 0;
            for (var k = 0; k < nk; k++)
            {
                var postings = _keys.Get(s.Keys[k]);
                if (postings.Length == 0) continue;
                var kind = s.Kinds[k];
                if (kind is KeyHash.Kind.Token && postings.Length > options.CommonKeyPostings) continue;
                if (kind is KeyHash.Kind.Delete or KeyHash.Kind.SoloSkeleton && postings.Length > options.CommonDeletePostings) continue;
                // Pairs of parts are specific and may be long; pairs of skeletons are weaker evidence and are capped like parts.
                if (postings.Length > options.CommonKeyPostings * (kind is KeyHash.Kind.Pair or KeyHash.Kind.CorrectedPair ? 4 : 1)) continue;
                var w = (float)Math.Log(1 + total / postings.Length) * (kind is KeyHash.Kind.Pair ? 1.5f : kind is KeyHash.Kind.Delete or KeyHash.Kind.SoloSkeleton ? 0.5f : 1f);
                if (year == 0)
                {
                    foreach (ref readonly var p in postings) acc.Add(p.Id, w, true);
                    continue;
                }
                foreach (ref readonly var p in postings)
                {
                    // The window is a union over the entry's dates: such a name is re-checked date by date.
                    var passes = year >= p.YearLo && year <= p.YearHi && (!p.Recheck || YearPasses(_entries[_records[p.Id].Entry], year));
                    acc.Add(p.Id, w, passes);
                }
            }
            var touched = acc.Count;
            if (touched == 0) return 0;

            // Names far behind the best by key evidence share only a common part with the query; the rest pass the
            // birth-year gate, then the best MaxCandidates by key score are scored.
            var best = 0f;
            for (var t = 0; t < touched; t++) if (acc.ScoreAt(t) > best) best = acc.ScoreAt(t);
            var floor = best * (float)options.CandidateScoreRatio;
            var k0 = Math.Min(options.MaxCandidates, 256);
            Span<int> top = stackalloc int[k0];
            Span<float> topScore = stackalloc float[k0];
            var count = 0;
            for (var t = 0; t < touched; t++)
            {
                var score = acc.ScoreAt(t);
                if (score < floor || !acc.PassesAt(t)) continue;
                var id = acc.IdAt(t);
                if (count < k0) { top[count] = id; topScore[count] = score; count++; continue; }
                var min = 0;
                for (var i = 1; i < count; i++) if (topScore[i] < topScore[min]) min = i;
                if (score > topScore[min]) { top[min] = id; topScore[min] = score; }
            }

            // Score names; keep the best name per entry.
            Span<int> bestEntry = stackalloc int[count];
            Span<int> bestName = stackalloc int[count];
            Span<double> bestScore = stackalloc double[count];
            var entries = 0;
            for (var c = 0; c < count; c++)
            {
                var id = top[c];
                ref readonly var record = ref _records[id];
                double score;
                if (record.Count == 0)
                {
                    score = _matcher.Score(name, _names[id]);
                }
                else
                {
                    for (var p = 0; p < record.Count; p++) s.Parts[p] = _tokens[record.Parts[p] - 1];
                    score = _matcher.Score(name, s.Parts.AsSpan(0, record.Count), record.SurnameMask, s.Memo);
                }
                if (record.Weak) score *= options.WeakAliasFactor;
                var e = record.Entry;
                var slot = -1;
                for (var i = 0; i < entries; i++) if (bestEntry[i] == e) { slot = i; break; }
                if (slot < 0) { slot = entries++; bestEntry[slot] = e; bestScore[slot] = -1; }
                if (score > bestScore[slot]) { bestScore[slot] = score; bestName[slot] = id; }
            }
            // Below the lowest band reported even with every bonus: the entry is not read at all.
            var bar = minBand switch { Band.Hold => options.HoldThreshold, Band.Review => options.ReviewThreshold, _ => options.SecondaryThreshold };
            bar = Math.Max(bar, options.SecondaryThreshold) - Math.Max(options.BirthDateExactBonus, 0) - 1e-9;
            for (var i = 0; i < entries; i++)
            {
                var entryId = bestEntry[i];
                if (bestScore[i] < bar && !HasDocHit(docHits, entryId)) continue;
                var entry = _entries[entryId];
                var adjusted = bestScore[i] + AdjustmentTotal(entry, query);
                // Below the lowest band even with every bonus: no explanation is built.
                if (Math.Min(adjusted, 1) < options.SecondaryThreshold - 1e-9 && !HasDocHit(docHits, entryId)) continue;
                var final = Math.Clamp(adjusted, 0, 1);
                var band = options.BandOf(final);
                if (band < minBand || band == Band.None) continue;
                hits.Add(MakeHit(bestEntry[i], final, band, Explain(name, bestName[i], entry, query, bestScore[i])));
            }
            return count;
        }
        finally
        {
            acc.Clear();
            s.Memo.Clear();
        }
    }

    private static bool HasDocHit(List<(int Entry, double Score, string Note)> docHits, int entryId)
    {
        foreach (var d in docHits) if (d.Entry == entryId) return true;
        return false;
    }

    private static bool YearPasses(ListEntry entry, int year)
    {
        var dobs = entry.BirthDates;
        if (dobs.Count == 0) return true;
        for (var i = 0; i < dobs.Count; i++) if (dobs[i].YearCompatible(year)) return true;
        return false;
    }

    private double AdjustmentTotal(ListEntry entry, ScreeningQuery q) => Adjustments(entry, q, null);

    // Scoring sums the adjustments for every candidate; the reasons (strings) are only built for a hit's explanation.
    private double Adjustments(ListEntry entry, ScreeningQuery q, List<Adjustment>? explain)
    {
        var o = _matcher.Options;
        double total = 0;
        if (q.BirthDate is { IsFullDate: true } qd && entry.BirthDates.Count > 0)
        {
            var exact = false;
            var swapped = false;
            var anyFull = false;
            var dobs = entry.BirthDates;
            for (var i = 0; i < dobs.Count; i++)
            {
                var d = dobs[i];
                if (!d.IsFullDate) continue;
                anyFull = true;
                if (d.FromYear == qd.FromYear && d.Month == qd.Month && d.Day == qd.Day) exact = true;
                else if (d.FromYear == qd.FromYear && d.Month == qd.Day && d.Day == qd.Month) swapped = true;
            }
            if (exact)
            {
                total += o.BirthDateExactBonus;
                explain?.Add(new Adjustment($"birth date {qd} is the list's", o.BirthDateExactBonus));
            }
            else if (swapped)
            {
                total -= o.BirthDateDifferentPenalty / 2;
                explain?.Add(new Adjustment($"birth date {qd} matches with day and month swapped", -o.BirthDateDifferentPenalty / 2));
            }
            else if (anyFull && !HasYearOnly(entry))
            {
                total -= o.BirthDateDifferentPenalty;
                explain?.Add(new Adjustment($"birth date {qd} differs from the list's full dates", -o.BirthDateDifferentPenalty));
            }
        }
        if (q.Sex is 'M' or 'F' && entry.Sex is 'M' or 'F' && q.Sex != entry.Sex)
        {
            total -= o.SexMismatchPenalty;
            explain?.Add(new Adjustment($"sex {q.Sex} differs from the list's {entry.Sex}", -o.SexMismatchPenalty));
        }
        if (!string.IsNullOrEmpty(q.Nationality) && entry.Nationalities.Count > 0)
        {
            var found = false;
            var nationalities = entry.Nationalities;
            for (var i = 0; i < nationalities.Count && !found; i++) found = string.Equals(nationalities[i], q.Nationality, StringComparison.OrdinalIgnoreCase);
            if (!found)
            {
                total -= o.NationalityMismatchPenalty;
                explain?.Add(new Adjustment($"nationality {q.Nationality} is not among the list's ({string.Join(", ", entry.Nationalities)})", -o.NationalityMismatchPenalty));
            }
        }
        return total;
    }

    private static bool HasYearOnly(ListEntry entry)
    {
        for (var i = 0; i < entry.BirthDates.Count; i++) if (!entry.BirthDates[i].IsFullDate) return true;
        return false;
    }

    private Explanation Explain(NormalizedName query, int nameId, ListEntry entry, ScreeningQuery q, double nameScore)
    {
        var aligned = new List<AlignedPart>();
        var uq = new List<string>();
        var ul = new List<string>();
        _matcher.Explain(query, _names[nameId], aligned, uq, ul);
        var adjustments = new List<Adjustment>();
        if (_records[nameId].Weak) adjustments.Add(new Adjustment("the list marks this alias weak", 0));
        Adjustments(entry, q, adjustments);
        return new Explanation(_nameText[nameId], aligned, uq, ul, Math.Round(nameScore, 4), adjustments, null);
    }
}
