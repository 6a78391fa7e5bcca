using Gateway.Screening.Import;
using Gateway.Screening.Model;

namespace Gateway.Benchmarks;

/// <summary>
/// A realistic synthetic watch list of any size: names drawn from the real lists (OFAC, UN) and the yente negatives
/// when ../shared is present (built-in pools otherwise), recombined and varied (typos, extra given names, aliases),
/// with birth dates (full, year only, circa or none), sex, nationalities and passports.
/// </summary>
public static class ScreeningSynthetic
{
    public sealed record Pools(string[] Given, string[] Surnames);

    public static Pools LoadPools(string? shared)
    {
        var given = new HashSet<string>(StringComparer.Ordinal);
        var sur = new HashSet<string>(StringComparer.Ordinal);
        if (shared is not null && Directory.Exists(shared))
        {
            var w = Path.Combine(shared, "watchlists");
            var lists = new[]
            {
                OfacCsvImporter.Load(Path.Combine(w, "ofac_sdn_maxent40018_commit2024-04.csv"), null, null, null, ListKind.Sanctions),
                UnXmlImporter.Load(Path.Combine(w, "un_sc_consolidated_2026-02-27.xml"), ListKind.Sanctions),
            };
            foreach (var l in lists)
            {
                foreach (var e in l.Entries)
                {
                    if (e.Type != EntryType.Person) continue;
                    foreach (var n in e.Names)
                    {
                        var parts = n.Full.Replace(",", " ", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        foreach (var p in parts)
                        {
                            if (p.Length < 2) continue;
                            if (n.Surname is not null && n.Surname.Contains(p, StringComparison.Ordinal)) sur.Add(p);
                            else given.Add(p);
                        }
                    }
                }
            }
            using var reader = new StreamReader(Path.Combine(shared, "namepairs", "yente_cgb_negatives_us.csv"));
            var csv = new CsvReaderPublic(reader, "negatives");
            csv.Read();
            while (csv.Read() is { } r)
            {
                if (r[1].Length > 1) given.Add(r[1]);
                if (r[3].Length > 1) sur.Add(r[3]);
            }
        }
        if (given.Count < 100)
        {
            foreach (var g in "John Maria Ahmed Olga Wei Hiroshi Fatima Ivan Carlos Ji-hoon Amina Pierre Sven Anna Omar Lucia Dmitri Mei Kofi Ana".Split(' ')) given.Add(g);
            foreach (var s in "Smith Garcia Kim Ivanov Chen Tanaka Haddad Muller Rossi Nguyen Okafor Park Silva Cohen Novak Lee Singh Jensen Popescu Yilmaz".Split(' ')) sur.Add(s);
        }
        return new Pools([.. given], [.. sur]);
    }

    public static WatchList Generate(int count, Pools pools, int seed = 1)
    {
        var rng = new Random(seed);
        var entries = new List<ListEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var surname = pools.Surnames[rng.Next(pools.Surnames.Length)];
            var givenCount = 1 + (rng.Next(10) < 4 ? 1 : 0) + (rng.Next(10) == 0 ? 1 : 0);
            var given = new string[givenCount];
            for (var g = 0; g < givenCount; g++) given[g] = pools.Given[rng.Next(pools.Given.Length)];
            var primary = string.Join(' ', given) + " " + surname;
            var names = new List<EntryName> { new(primary, surname) };
            var aliases = rng.Next(10) < 3 ? 1 + rng.Next(2) : 0;
            for (var a = 0; a < aliases; a++) names.Add(new EntryName(Vary(rng, given[0]) + " " + Vary(rng, surname), null, rng.Next(5) == 0));
            var dobs = new List<BirthDate>();
            var roll = rng.Next(10);
            var year = 1940 + rng.Next(66);
            if (roll < 6) dobs.Add(BirthDate.Exact(year, 1 + rng.Next(12), 1 + rng.Next(28)));
            else if (roll < 8) dobs.Add(BirthDate.Year(year, approximate: rng.Next(3) == 0));
            char? sex = rng.Next(10) switch { < 4 => 'M', < 8 => 'F', _ => null };
            var docs = rng.Next(2) == 0 ? new List<EntryDocument> { new(Document(rng), Nationalities[rng.Next(Nationalities.Length)], "Passport") } : [];
            entries.Add(new ListEntry("S" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), EntryType.Person, names, dobs, sex,
                [Nationalities[rng.Next(Nationalities.Length)]], docs, null));
        }
        return new WatchList("synthetic", ListKind.Wanted, entries);
    }

    private static readonly string[] Nationalities = ["KOR", "USA", "CHN", "JPN", "RUS", "IRN", "SYR", "GBR", "DEU", "FRA", "PHL", "VNM", "IND", "PAK", "NGA"];

    private static string Document(Random rng)
    {
        Span<char> c = stackalloc char[9];
        c[0] = (char)('A' + rng.Next(26));
        for (var i = 1; i < c.Length; i++) c[i] = (char)('0' + rng.Next(10));
        return new string(c);
    }

    /// <summary>Spelling drift as lists and passports show it: a letter dropped, doubled or changed, or none.</summary>
    public static string Vary(Random rng, string s)
    {
        if (s.Length < 4) return s;
        var p = 1 + rng.Next(s.Length - 2);
        return rng.Next(4) switch
        {
            0 => s[..p] + s[(p + 1)..],
            1 => s[..p] + s[p] + s[p..],
            2 => s[..p] + (char)('a' + rng.Next(26)) + s[(p + 1)..],
            _ => s,
        };
    }

    /// <summary>Travellers: 90% people on no list (drawn from the same pools), 10% listed people with spelling drift.</summary>
    public static ScreeningQuery[] Travellers(WatchList list, Pools pools, int count, int seed = 2)
    {
        var rng = new Random(seed);
        var result = new ScreeningQuery[count];
        for (var i = 0; i < count; i++)
        {
            var dob = BirthDate.Exact(1940 + rng.Next(66), 1 + rng.Next(12), 1 + rng.Next(28));
            if (rng.Next(10) == 0)
            {
                var e = list.Entries[rng.Next(list.Entries.Count)];
                var name = e.Names[0].Full.Split(' ');
                result[i] = new ScreeningQuery(string.Join(' ', name.Select(n => Vary(rng, n)).Reverse()), e.BirthDates.Count > 0 && e.BirthDates[0].IsFullDate ? e.BirthDates[0] : dob);
            }
            else
            {
                result[i] = new ScreeningQuery(pools.Given[rng.Next(pools.Given.Length)] + " " + pools.Surnames[rng.Next(pools.Surnames.Length)], dob,
                    rng.Next(2) == 0 ? 'M' : 'F', Nationalities[rng.Next(Nationalities.Length)]);
            }
        }
        return result;
    }

    /// <summary>
    /// Listed people only, each with the reference of the entry it was drawn from: the entry's first name with the same
    /// spelling drift as <see cref="Travellers"/>, and its full birth date where it has one (none otherwise, as a
    /// traveller's date against a year-only entry is a different person's date). Recall is the share found.
    /// </summary>
    public static (ScreeningQuery Query, string Reference)[] ListedTravellers(WatchList list, int count, int seed = 3)
    {
        var rng = new Random(seed);
        var result = new (ScreeningQuery, string)[count];
        for (var i = 0; i < count; i++)
        {
            var e = list.Entries[rng.Next(list.Entries.Count)];
            var name = e.Names[0].Full.Split(' ');
            result[i] = (new ScreeningQuery(string.Join(' ', name.Select(n => Vary(rng, n)).Reverse()),
                e.BirthDates.Count > 0 && e.BirthDates[0].IsFullDate ? e.BirthDates[0] : null), e.Reference);
        }
        return result;
    }

    public static string? SharedFolder()
    {
        var env = Environment.GetEnvironmentVariable("GATEWAY_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(env)) return env;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Gateway.sln")))
            {
                var shared = Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? Path.GetFullPath(shared) : null;
            }
        }
        return null;
    }
}
