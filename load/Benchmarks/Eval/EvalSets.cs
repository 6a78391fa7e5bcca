using System.Globalization;
using Gateway.Screening.Import;
using Gateway.Screening.Model;

namespace Gateway.Benchmarks.Eval;

/// <summary>Builds the labelled sets from the shared reference folder (list from one side, queries from the other).</summary>
internal static class EvalSets
{
    public static List<WatchList> SanctionsLists(string shared) =>
    [
        OfacCsvImporter.Load(Path.Combine(shared, "watchlists", "ofac_sdn_maxent40018_commit2024-04.csv"),
            Path.Combine(shared, "watchlists", "ofac_alt_maxent56636_commit2025-12.csv"), null,
            Path.Combine(shared, "watchlists", "ofac_sdn_comments_commit2025-12.csv"), ListKind.Sanctions, "ofac-sdn"),
        UnXmlImporter.Load(Path.Combine(shared, "watchlists", "un_sc_consolidated_2026-02-27.xml"), ListKind.Sanctions, "un-sc"),
    ];

    /// <summary>Typo, order and omission variants of listed persons' primary names (name only, no birth date).</summary>
    public static EvalSet Variants(List<WatchList> lists, int sample, int seed)
    {
        var rng = new Random(seed);
        var people = new List<(string Ref, string Name)>();
        foreach (var l in lists)
        {
            foreach (var e in l.Entries)
            {
                if (e.Type != EntryType.Person || e.Names.Count == 0) continue;
                var tokens = Tokens(e.Names[0].Full);
                if (tokens.Count >= 2) people.Add((e.Reference, string.Join(' ', tokens)));
            }
        }
        var queries = new List<EvalQuery>();
        for (var i = 0; i < sample && people.Count > 0; i++)
        {
            var (reference, name) = people[rng.Next(people.Count)];
            var tokens = Tokens(name);
            switch (i % 4)
            {
                case 0: Typo(tokens, rng); break;
                case 1: tokens.Reverse(); break;
                case 2: Typo(tokens, rng); tokens.Reverse(); break;
                default:
                    if (tokens.Count >= 3) tokens.RemoveAt(1 + rng.Next(tokens.Count - 2));
                    else Typo(tokens, rng);
                    break;
            }
            queries.Add(new EvalQuery(new ScreeningQuery(string.Join(' ', tokens)), reference));
        }
        return new EvalSet("variants", "OFAC+UN persons: one typo, reversed order, typo+reversed, a middle part dropped (name only)", lists, queries);
    }

    private static List<string> Tokens(string name) =>
        [.. name.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static void Typo(List<string> tokens, Random rng)
    {
        var longest = 0;
        for (var i = 1; i < tokens.Count; i++) if (tokens[i].Length > tokens[longest].Length) longest = i;
        var t = tokens[longest];
        if (t.Length < 4) return;
        var p = 1 + rng.Next(t.Length - 2);
        var letter = (char)('a' + rng.Next(26));
        tokens[longest] = rng.Next(4) switch
        {
            0 => t[..p] + t[(p + 1)..],
            1 => t[..p] + letter + t[p..],
            2 => t[..p] + letter + t[(p + 1)..],
            _ => t[..(p - 1)] + t[p] + t[p - 1] + t[(p + 1)..],
        };
    }

    /// <summary>Splink's fake_1000: the first record of each cluster is listed; the others (typos, missing parts) query it with their birth dates.</summary>
    public static EvalSet Splink(string shared)
    {
        var rows = Csv(Path.Combine(shared, "namepairs", "splink_fake_1000_labelled.csv")).Skip(1).ToList();
        var entries = new List<ListEntry>();
        var queries = new List<EvalQuery>();
        // The listed record of a cluster is its most frequent complete name (the clean spelling; the others carry the
        // typos, swaps and omissions).
        var listedRow = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var cluster in rows.Where(r => r[1].Trim().Length > 0 && r[2].Trim().Length > 0).GroupBy(r => r[6]))
        {
            listedRow[cluster.Key] = cluster.GroupBy(r => (r[1].Trim(), r[2].Trim())).OrderByDescending(g => g.Count()).First().First();
        }
        foreach (var r in rows)
        {
            var (first, sur, dob, cluster) = (r[1].Trim(), r[2].Trim(), r[3], r[6]);
            var name = (first + " " + sur).Trim();
            if (name.Length == 0 || !listedRow.TryGetValue(cluster, out var listed)) continue;
            BirthDate? date = BirthDate.TryParseIso(dob, out var d) ? d : null;
            if (ReferenceEquals(listed, r))
            {
                entries.Add(new ListEntry(cluster, EntryType.Person, [new EntryName(name, sur)], date is null ? [] : [date.Value], null, [], [], null));
                continue;
            }
            queries.Add(new EvalQuery(new ScreeningQuery(name, date), cluster));
        }
        return new EvalSet("splink-fake-1000", "Splink fake_1000: most frequent complete name per cluster listed, the other records (typos, missing parts) queried with birth date",
            [new WatchList("splink", ListKind.Wanted, entries)], queries);
    }

    /// <summary>Wikidata English↔script pairs: the list is built from one side, queried with the other.</summary>
    public static EvalSet Transliteration(string shared, string file, string name, bool listFromScript, int sample, int seed)
    {
        var entries = new List<ListEntry>();
        var queries = new List<EvalQuery>();
        var rng = new Random(seed);
        var lines = File.ReadAllLines(Path.Combine(shared, "namepairs", file));
        var pick = sample > 0 && sample < lines.Length ? lines.OrderBy(_ => rng.Next()).Take(sample).ToArray() : lines;
        var i = 0;
        foreach (var line in pick)
        {
            var p = line.Split('\t');
            if (p.Length < 2) continue;
            var latin = p[0].Trim();
            var script = p[1].Replace(" ", "", StringComparison.Ordinal).Trim();
            var reference = (i++).ToString(CultureInfo.InvariantCulture);
            entries.Add(new ListEntry(reference, EntryType.Person, [new EntryName(listFromScript ? script : latin)], [], null, [], [], null));
            queries.Add(new EvalQuery(new ScreeningQuery(listFromScript ? latin : script), reference));
        }
        var direction = listFromScript ? "list in script, query in Latin" : "list in Latin, query in script";
        return new EvalSet(name, $"{file}: {direction}", [new WatchList(name, ListKind.Wanted, entries)], queries);
    }

    /// <summary>watchman's cross-script pairs: Latin names listed, queried in Arabic, Cyrillic or Chinese script.</summary>
    public static EvalSet CrossScript(string shared)
    {
        var entries = new List<ListEntry>();
        var queries = new List<EvalQuery>();
        foreach (var line in File.ReadLines(Path.Combine(shared, "namepairs", "watchman_cross_script_pairs.csv")))
        {
            if (line.StartsWith('#') || line.Trim().Length == 0) continue;
            var p = line.Split(',');
            if (p.Length < 2 || p[0] == "Query") continue;
            var reference = entries.Count.ToString(CultureInfo.InvariantCulture);
            entries.Add(new ListEntry(reference, EntryType.Person, [new EntryName(p[1].Trim())], [], null, [], [], null));
            queries.Add(new EvalQuery(new ScreeningQuery(p[0].Trim()), reference));
        }
        return new EvalSet("cross-script", "watchman cross_script_pairs: Latin listed, Arabic/Cyrillic/Chinese queried",
            [new WatchList("cross", ListKind.Wanted, entries)], queries);
    }

    /// <summary>Nicknames: "William Surname" listed, "Bill Surname" queried (surnames from the negatives file).</summary>
    public static EvalSet Nicknames(string shared, int sample, int seed)
    {
        var rng = new Random(seed);
        var rows = Csv(Path.Combine(shared, "namepairs", "en_nicknames.csv")).Skip(1).Where(r => r.Count == 3).ToList();
        var surnames = Csv(Path.Combine(shared, "namepairs", "yente_cgb_negatives_us.csv")).Skip(1).Select(r => r[3]).Where(s => s.Length > 2).Distinct().ToList();
        var entries = new List<ListEntry>();
        var queries = new List<EvalQuery>();
        for (var i = 0; i < sample && i < rows.Count; i++)
        {
            var r = rows[rng.Next(rows.Count)];
            var surname = surnames[rng.Next(surnames.Count)];
            var reference = i.ToString(CultureInfo.InvariantCulture);
            entries.Add(new ListEntry(reference, EntryType.Person, [new EntryName(r[0] + " " + surname, surname)], [], null, [], [], null));
            queries.Add(new EvalQuery(new ScreeningQuery(r[2] + " " + surname), reference));
        }
        return new EvalSet("nicknames", "en_nicknames.csv: 'Name Surname' listed, 'Nickname Surname' queried", [new WatchList("nick", ListKind.Wanted, entries)], queries);
    }

    /// <summary>yente's 50,000 synthetic people on no list, against OFAC + UN.</summary>
    public static EvalSet Negatives(string shared, List<WatchList> lists, bool withBirthDates, int sample, EvalSplit split = EvalSplit.All)
    {
        var queries = new List<EvalQuery>();
        var row = 0;
        foreach (var r in Csv(Path.Combine(shared, "namepairs", "yente_cgb_negatives_us.csv")).Skip(1))
        {
            if (sample > 0 && queries.Count >= sample) break;
            if (!split.Includes((row++).ToString(CultureInfo.InvariantCulture))) continue;
            BirthDate? dob = withBirthDates && BirthDate.TryParseIso(r[5], out var d) ? d : null;
            char? sex = withBirthDates ? r[4] switch { "male" => 'M', "female" => 'F', _ => null } : null;
            queries.Add(new EvalQuery(new ScreeningQuery(r[0], dob, sex), null));
        }
        return new EvalSet(withBirthDates ? "negatives+dob" : "negatives-name-only",
            $"yente negatives_us (people on no list) against OFAC SDN+UN, {(withBirthDates ? "with birth date and sex" : "name only")}", lists, queries, true);
    }

    internal static List<List<string>> Csv(string path)
    {
        var rows = new List<List<string>>();
        using var reader = new StreamReader(path);
        var csv = new Gateway.Screening.Import.CsvReaderPublic(reader, path);
        while (csv.Read() is { } row) rows.Add(row);
        return rows;
    }
}
