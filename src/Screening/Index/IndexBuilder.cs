using Gateway.Screening.Model;
using Gateway.Screening.Text;

namespace Gateway.Screening.Index;

/// Gathers names and documents of all lists, then builds the key table in two passes.
internal sealed class IndexBuilder
{
    public List<WatchList> Lists { get; } = [];
    public List<ListEntry> Entries { get; } = [];
    public List<int> EntryList { get; } = [];
    public List<NormalizedName> Names { get; } = [];
    public List<int> NameEntry { get; } = [];
    public List<string> NameText { get; } = [];
    public List<bool> NameWeak { get; } = [];
    public Dictionary<string, int[]> Documents { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, int> DocumentFrequency { get; } = new(StringComparer.Ordinal);

    /// Every distinct part of the list names, by <see cref="NameToken.Id"/> − 1.
    public IReadOnlyList<NameToken> Tokens { get; }

    public IndexBuilder(IReadOnlyList<WatchList> lists)
    {
        var normalizer = new NameNormalizer(cacheTokens: true);
        var docs = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in lists)
        {
            var listIndex = Lists.Count;
            Lists.Add(list);
            foreach (var entry in list.Entries)
            {
                var entryId = Entries.Count;
                Entries.Add(entry);
                EntryList.Add(listIndex);
                foreach (var d in entry.Documents)
                {
                    var number = DocumentKey.Number(d.Number);
                    if (number.Length < 4) continue;
                    // Indexed under the number alone and under number + issuing state.
                    AddDoc(docs, number, entryId);
                    var country = DocumentKey.Country(d.Country);
                    if (country is not null) AddDoc(docs, number + "|" + country, entryId);
                }
                // Organisations, vessels and aircraft are not travellers; lost/stolen lists match on documents only.
                if (!list.Kind.MatchesNames() || entry.Type is not (EntryType.Person or EntryType.Unknown)) continue;
                // A name in Arabic, Han or Kana is romanised by rule, a guess beside the list's own Latin spellings of
                // the same person: it is indexed only when the entry has no other name. (Indexed beside them it added
                // false alerts on the negatives — 4.4 → 5.9 per 1,000 name-only — and no recall: a traveller's
                // Arabic-script name is romanised on the query side and meets the Latin names.)
                var hasPlain = false;
                foreach (var n in entry.Names) hasPlain |= !NameNormalizer.IsRomanisedByRule(n.Full);
                foreach (var n in entry.Names)
                {
                    if (hasPlain && NameNormalizer.IsRomanisedByRule(n.Full)) continue;
                    var normalized = normalizer.Normalize(n.Full, n.Surname);
                    if (normalized.Tokens.Length == 0) continue;
                    Names.Add(normalized);
                    NameEntry.Add(entryId);
                    NameText.Add(n.Full);
                    NameWeak.Add(n.Weak);
                    seen.Clear();
                    foreach (var t in normalized.Tokens)
                    {
                        if (seen.Add(t.Primary)) DocumentFrequency[t.Primary] = DocumentFrequency.GetValueOrDefault(t.Primary) + 1;
                    }
                }
            }
        }
        foreach (var (k, v) in docs) Documents[k] = [.. v];
        Tokens = normalizer.Interned;
    }

    private static void AddDoc(Dictionary<string, List<int>> docs, string key, int entryId)
    {
        if (!docs.TryGetValue(key, out var l)) docs[key] = l = [];
        if (l.Count == 0 || l[^1] != entryId) l.Add(entryId);
    }

    public PostingTable BuildKeys(NormalizedName[] names, short[] yearLo, short[] yearHi, bool[] recheck)
    {
        var table = new PostingTable.Builder();
        var keys = new ulong[KeyHash.MaxKeys];
        var kinds = new KeyHash.Kind[KeyHash.MaxKeys];
        for (var pass = 0; pass < 2; pass++)
        {
            if (pass == 1) table.StartFill();
            for (var id = 0; id < names.Length; id++)
            {
                var n = KeyHash.Keys(names[id], keys, kinds, dedupe: false);
                for (var k = 0; k < n; k++) table.Add(keys[k], id);
            }
        }
        return table.Build(yearLo, yearHi, recheck);
    }
}
