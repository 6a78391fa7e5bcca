using System.Text.RegularExpressions;
using Gateway.Screening.Model;

namespace Gateway.Screening.Import;

/// UK HM Treasury / OFSI consolidated list CSV (ConList.csv): a "Last Updated" line, a header, then one row per alias
/// per birth date or address variant, grouped by Group ID. Name 6 is the surname. DOB is dd/mm/yyyy, 00 meaning unknown.
public static partial class UkCsvImporter
{
    public static WatchList Load(string path, ListKind kind, string? name = null)
    {
        using var reader = new StringReader(TextFiles.ReadAll(path));
        var csv = new CsvReader(reader, path);
        List<string>? header = null;
        var col = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new Dictionary<string, GroupedRows>(StringComparer.Ordinal);
        var order = new List<GroupedRows>();
        while (csv.Read() is { } row)
        {
            if (header is null)
            {
                if (row.Contains("Name 6"))
                {
                    // The 2020 export has an empty first header cell that its rows do not have.
                    if (row[0].Trim().Length == 0) row.RemoveAt(0);
                    header = row;
                    for (var i = 0; i < row.Count; i++) col.TryAdd(row[i].Trim(), i);
                    foreach (var required in new[] { "Name 6", "Name 1", "DOB", "Group Type", "Alias Type", "Group ID" })
                        if (!col.ContainsKey(required)) throw new ListFormatException(path, csv.RecordLine, $"the header has no '{required}' column");
                }
                else if (csv.RecordLine > 3) throw new ListFormatException(path, csv.RecordLine, "no header line with 'Name 6' in the first lines");
                continue;
            }
            if (row.Count != header.Count) throw new ListFormatException(path, csv.RecordLine, $"expected {header.Count} fields as in the header, found {row.Count}");
            string Get(string c) => col.TryGetValue(c, out var i) ? row[i].Trim() : "";
            var id = Get("Group ID");
            if (id.Length == 0) throw new ListFormatException(path, csv.RecordLine, "the Group ID is empty");
            if (!groups.TryGetValue(id, out var g))
            {
                g = new GroupedRows(id, Get("Group Type") == "Individual" ? EntryType.Person : EntryType.Organisation);
                groups[id] = g;
                order.Add(g);
                if (DateOnly.TryParseExact(Get("Listed On"), "dd/MM/yyyy", out var listed)) g.ListedOn = listed;
                g.Remarks = Get("Other Information");
            }
            var surname = Get("Name 6");
            var given = string.Join(' ', new[] { Get("Name 1"), Get("Name 2"), Get("Name 3"), Get("Name 4"), Get("Name 5") }.Where(s => s.Length > 0));
            var full = given.Length == 0 ? surname : given + " " + surname;
            if (full.Length > 0)
            {
                var alias = Get("Alias Type");
                g.AddName(new EntryName(full, g.Type == EntryType.Person && surname.Length > 0 ? surname : null, alias.Contains("weak", StringComparison.OrdinalIgnoreCase)), alias == "Prime Alias");
            }
            if (TryDob(Get("DOB"), out var dob)) g.AddBirthDate(dob);
            foreach (var n in Numbered(Get("Nationality"))) g.AddNationality(Countries.ToIso3(n));
            foreach (var p in Numbered(Get("Passport Details")))
            {
                var m = DocumentNumber().Match(p);
                if (!m.Success) continue;
                var country = CountryInParens().Match(p);
                g.AddDocument(new EntryDocument(m.Value, country.Success ? Countries.ToIso3(country.Groups[1].Value) : null, "Passport"));
            }
            foreach (var n in Numbered(Get("NI Number")))
            {
                var m = DocumentNumber().Match(n);
                if (m.Success) g.AddDocument(new EntryDocument(m.Value, null, "National ID"));
            }
        }
        if (header is null) throw new ListFormatException(path, 1, "no header line with 'Name 6'");
        var entries = new List<ListEntry>(order.Count);
        foreach (var g in order) if (g.HasName) entries.Add(g.Build());
        return new WatchList(name ?? Path.GetFileName(path), kind, entries);
    }

    internal static bool TryDob(string text, out BirthDate dob)
    {
        dob = default;
        var p = text.Split('/');
        if (p.Length != 3 || !int.TryParse(p[2], out var y) || !BirthDate.Plausible(y)) return false;
        _ = int.TryParse(p[1], out var m);
        _ = int.TryParse(p[0], out var d);
        dob = new BirthDate(y, y, m is >= 1 and <= 12 ? m : 0, m is >= 1 and <= 12 && d is >= 1 and <= 31 ? d : 0, false);
        return true;
    }

    /// "(1) German (2) Moroccan" → each item; a plain value → itself.
    private static IEnumerable<string> Numbered(string text)
    {
        if (text.Length == 0) yield break;
        var parts = ItemNumber().Split(text);
        foreach (var part in parts)
        {
            var t = part.Trim().TrimEnd('.', ',', ';');
            if (t.Length > 0) yield return t;
        }
    }

    [GeneratedRegex(@"\(?\b\d\)\s*")]
    private static partial Regex ItemNumber();

    // A document number: a run of letters and digits containing at least 4 digits (skips "Provisional", dates).
    [GeneratedRegex(@"\b(?=[A-Z0-9/\-]*\d{4})[A-Z0-9][A-Z0-9/\-]{3,}\b")]
    private static partial Regex DocumentNumber();

    [GeneratedRegex(@"\(([A-Za-z ]+)\)")]
    private static partial Regex CountryInParens();
}
