using Gateway.Screening.Model;

namespace Gateway.Screening.Import;

/// OFAC SDN (or consolidated non-SDN) CSV set: sdn.csv plus alt.csv, add.csv and sdn_comments.csv beside it when present.
/// The files are headerless; "-0-" means empty. Alias rows whose ent_num is not in sdn.csv are expected (newer alt files)
/// and skipped. Addresses are read for well-formedness only: the screening does not use them.
public static class OfacCsvImporter
{
    public static WatchList Load(string sdnPath, ListKind kind, string? name = null) => Load(sdnPath, kind, OfacCsvFiles.Standard, name);

    /// Reads the SDN file with the alias, address and comment files the caller names (<paramref name="files"/>); a role
    /// not named is read from its standard sibling when present. A named file that does not exist is an error.
    public static WatchList Load(string sdnPath, ListKind kind, OfacCsvFiles files, string? name = null)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(sdnPath)) ?? ".";
        var file = Path.GetFileName(sdnPath);
        var alt = files.Resolve("alt", files.Alt, sdnPath, () => Sibling(dir, file, "alt"));
        var add = files.Resolve("add", files.Add, sdnPath, () => Sibling(dir, file, "add"));
        var comments = files.Resolve("comments", files.Comments, sdnPath, () => Sibling(dir, file, "sdn_comments") ?? Sibling(dir, file, "comments"));
        return Load(sdnPath, alt, add, comments, kind, name);
    }

    /// Finds alt.csv beside sdn.csv, or the same-named sibling (prim → alt, cons_prim.csv → cons_alt.csv).
    private static string? Sibling(string dir, string file, string role)
    {
        var candidates = new List<string> { role + ".csv" };
        foreach (var stem in new[] { "sdn", "prim" })
        {
            var at = file.IndexOf(stem, StringComparison.Ordinal);
            if (at >= 0) candidates.Add(string.Concat(file.AsSpan(0, at), role, file.AsSpan(at + stem.Length)));
        }
        foreach (var c in candidates)
        {
            var p = Path.Combine(dir, c);
            if (!string.Equals(c, file, StringComparison.Ordinal) && File.Exists(p)) return p;
        }
        return null;
    }

    public static WatchList Load(string sdnPath, string? altPath, string? addPath, string? commentsPath, ListKind kind, string? name = null)
    {
        var builders = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var order = new List<Builder>();
        ReadRows(sdnPath, 12, row =>
        {
            var b = new Builder(row[0], Value(row[1]) ?? "", TypeOf(Value(row[2])), Value(row[11]));
            builders[b.Ref] = b;
            order.Add(b);
        });
        if (commentsPath is not null)
        {
            ReadRows(commentsPath, 2, row =>
            {
                if (builders.TryGetValue(row[0], out var b)) b.Remarks = (b.Remarks ?? "") + Value(row[1]);
            });
        }
        if (altPath is not null)
        {
            ReadRows(altPath, 5, row =>
            {
                var alias = Value(row[3]);
                if (alias is not null && builders.TryGetValue(row[0], out var b))
                {
                    var weak = Value(row[4])?.Contains("weak", StringComparison.OrdinalIgnoreCase) == true;
                    b.Aliases.Add((alias, weak));
                }
            });
        }
        if (addPath is not null) ReadRows(addPath, 6, _ => { });

        var entries = new List<ListEntry>(order.Count);
        foreach (var b in order) entries.Add(b.Build());
        return new WatchList(name ?? Path.GetFileName(sdnPath), kind, entries);
    }

    private static void ReadRows(string path, int fields, Action<List<string>> onRow)
    {
        using var reader = new StringReader(TextFiles.ReadAll(path));
        var csv = new CsvReader(reader, path);
        while (csv.Read() is { } row)
        {
            // Some exports end a row with a trailing comma; more fields than that is a broken file.
            if (row.Count == fields + 1 && row[^1].Trim().Length == 0) row.RemoveAt(row.Count - 1);
            if (row.Count != fields) throw new ListFormatException(path, csv.RecordLine, $"expected {fields} fields, found {row.Count}");
            row[0] = row[0].Trim();
            if (!int.TryParse(row[0], out _)) throw new ListFormatException(path, csv.RecordLine, $"ent_num '{row[0]}' is not a number");
            onRow(row);
        }
    }

    private static string? Value(string raw)
    {
        var v = raw.Trim();
        return v.Length == 0 || v == "-0-" ? null : v;
    }

    private static EntryType TypeOf(string? sdnType) => sdnType switch
    {
        "individual" => EntryType.Person,
        "vessel" => EntryType.Vessel,
        "aircraft" => EntryType.Aircraft,
        _ => EntryType.Organisation,
    };

    private sealed class Builder(string reference, string name, EntryType type, string? remarks)
    {
        public string Ref { get; } = reference;
        public string? Remarks { get; set; } = remarks;
        public List<(string Name, bool Weak)> Aliases { get; } = [];

        public ListEntry Build()
        {
            var names = new List<EntryName> { Person(name, false) };
            foreach (var (alias, weak) in Aliases) names.Add(Person(alias, weak));
            var facts = new OfacRemarks.Facts();
            OfacRemarks.Parse(Remarks, facts);
            return new ListEntry(Ref, type, names, facts.BirthDates, facts.Sex, facts.Nationalities, facts.Documents, null, Remarks);
        }

        // OFAC writes persons as "SURNAME, Given"; organisations may contain commas that mean nothing ("CIMEX, S.A.").
        private EntryName Person(string full, bool weak)
        {
            if (type != EntryType.Person) return new EntryName(full, null, weak);
            var comma = full.IndexOf(',', StringComparison.Ordinal);
            return comma > 0 ? new EntryName(full, full[..comma].Trim(), weak) : new EntryName(full, null, weak);
        }
    }
}
