using Gateway.Screening.Model;

namespace Gateway.Benchmarks.Eval;

/// <summary>
/// Cross-script sets against the real lists (OFAC SDN + UN): a traveller's name in Arabic or Cyrillic script against
/// the entry's Latin spellings, and the reverse (a Latin-spelled traveller against an entry that has only its
/// original-script name). The lists' own original-script names are removed so that a query meets only Latin spellings.
/// </summary>
internal static class ScriptSets
{
    /// <summary>UN list persons with an Arabic (or Cyrillic) original-script name: that name queried, alone, against the Latin names.</summary>
    public static EvalSet UnOriginal(List<WatchList> lists, EvalSplit split, bool arabic)
    {
        var queries = new List<EvalQuery>();
        foreach (var e in Persons(lists, split))
        {
            foreach (var n in e.Names)
            {
                if (!n.OriginalScript || IsArabic(n.Full) != arabic || !IsScript(n.Full)) continue;
                queries.Add(new EvalQuery(new ScreeningQuery(n.Full), e.Reference));
            }
        }
        var name = arabic ? "arabic-un" : "cyrillic-un";
        return new EvalSet(name, $"UN list {(arabic ? "Arabic" : "Cyrillic")} original-script names queried against the entry's Latin names (real pairs)", WithoutScript(lists, null), queries);
    }

    /// <summary>OFAC/UN persons of Russian-speaking nationalities: the Latin-spelled primary name written back in Cyrillic and queried.</summary>
    public static EvalSet CyrillicGenerated(List<WatchList> lists, EvalSplit split, int sample, int seed)
    {
        var queries = new List<EvalQuery>();
        foreach (var (e, cyrillic) in CyrillicPeople(lists, split, sample, seed)) queries.Add(new EvalQuery(new ScreeningQuery(cyrillic), e.Reference));
        return new EvalSet("cyrillic-generated", "OFAC+UN persons of CIS nationality: the list's Latin name written in Cyrillic, queried against the list's Latin spellings",
            WithoutScript(lists, null), queries);
    }

    /// <summary>The reverse: the entry carries only its original-script name; the traveller's Latin name is queried.</summary>
    public static EvalSet Reverse(List<WatchList> lists, EvalSplit split, bool arabic, int sample, int seed)
    {
        var only = new Dictionary<string, string>(StringComparer.Ordinal);
        var queries = new List<EvalQuery>();
        if (arabic)
        {
            foreach (var e in Persons(lists, split))
            {
                var script = e.Names.FirstOrDefault(n => n.OriginalScript && IsArabic(n.Full));
                if (script is null) continue;
                only[e.Reference] = script.Full;
                queries.Add(new EvalQuery(new ScreeningQuery(e.Names[0].Full), e.Reference));
            }
        }
        else
        {
            foreach (var (e, cyrillic) in CyrillicPeople(lists, split, sample, seed))
            {
                only[e.Reference] = cyrillic;
                queries.Add(new EvalQuery(new ScreeningQuery(e.Names[0].Full), e.Reference));
            }
        }
        var name = arabic ? "arabic-un-reverse" : "cyrillic-reverse";
        return new EvalSet(name, $"entries carrying only their {(arabic ? "Arabic (UN original-script)" : "Cyrillic (written back)")} name, queried by the list's Latin primary name",
            WithoutScript(lists, only), queries);
    }

    private static IEnumerable<ListEntry> Persons(List<WatchList> lists, EvalSplit split)
    {
        foreach (var l in lists)
        {
            foreach (var e in l.Entries)
            {
                if (e.Type == EntryType.Person && e.Names.Count > 0 && split.Includes(e.Reference)) yield return e;
            }
        }
    }

    private static List<(ListEntry Entry, string Cyrillic)> CyrillicPeople(List<WatchList> lists, EvalSplit split, int sample, int seed)
    {
        var found = new List<(ListEntry, string)>();
        foreach (var e in Persons(lists, split))
        {
            if (!e.Nationalities.Any(VariantFamilies.CyrillicCountries.Contains)) continue;
            var parts = new List<string>();
            foreach (var t in VariantFamilies.Tokens(e.Names[0].Full))
            {
                var c = CyrillicSpelling.ToCyrillic(t);
                if (c is null) { parts.Clear(); break; }
                parts.Add(char.ToUpperInvariant(c[0]) + c[1..]);
            }
            if (parts.Count >= 2) found.Add((e, string.Join(' ', parts)));
        }
        var rng = new Random(seed);
        return sample > 0 && found.Count > sample ? [.. found.OrderBy(_ => rng.Next()).Take(sample)] : found;
    }

    /// <summary>The lists without original-script names; entries in <paramref name="only"/> keep only the given name.</summary>
    private static List<WatchList> WithoutScript(List<WatchList> lists, Dictionary<string, string>? only) =>
    [
        .. lists.Select(l => l with
        {
            Entries = [.. l.Entries.Select(e => only is not null && only.TryGetValue(e.Reference, out var script)
                ? e with { Names = [new EntryName(script, null, false, true)] }
                : e with { Names = [.. e.Names.Where(n => !n.OriginalScript)] })],
        }),
    ];

    private static bool IsArabic(string s) => s.Any(c => c is >= '\u0600' and <= '\u06FF');

    private static bool IsScript(string s) => s.Any(c => c is >= '\u0400' and <= '\u06FF');
}
