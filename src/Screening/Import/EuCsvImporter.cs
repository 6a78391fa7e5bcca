using Gateway.Screening.Model;

namespace Gateway.Screening.Import;

/// EU Financial Sanctions Files CSV (v1.0 layout): ';'-separated, one row per fact (name alias, address, birth,
/// identification, citizenship) of an entity, grouped by Entity_logical_id. Some exports wrap each whole line in quotes
/// (inner quotes doubled) and pad it with tabs; both shapes are read.
public static class EuCsvImporter
{
    public static WatchList Load(string path, ListKind kind, string? name = null)
    {
        var text = TextFiles.ReadAll(path);
        using var reader = new StringReader(text);
        var groups = new Dictionary<string, GroupedRows>(StringComparer.Ordinal);
        var order = new List<GroupedRows>();
        Dictionary<string, int>? col = null;
        var width = 0;
        var lineNo = 0;
        bool? wrapped = null;
        while (reader.ReadLine() is { } raw)
        {
            lineNo++;
            var trimmed = raw.TrimEnd('\t', '\r', ' ');
            // The header has no quotes of its own, so a header starting with one means every line is wrapped.
            wrapped ??= trimmed.Length > 0 ? trimmed[0] == '"' && trimmed.IndexOf("\";", StringComparison.Ordinal) < 0 : null;
            var line = wrapped == true ? Unwrap(trimmed, path, lineNo) : trimmed;
            if (line.Length == 0) continue;
            using var one = new StringReader(line);
            var fields = new CsvReader(one, path, ';').Read() ?? [];
            if (col is null)
            {
                col = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < fields.Count; i++) col.TryAdd(fields[i].Trim(), i);
                foreach (var required in new[] { "Entity_logical_id", "Subject_type", "Naal_wholename", "Birt_date", "Iden_number", "Citi_country" })
                    if (!col.ContainsKey(required)) throw new ListFormatException(path, lineNo, $"the header has no '{required}' column");
                width = fields.Count;
                continue;
            }
            if (fields.Count != width) throw new ListFormatException(path, lineNo, $"expected {width} fields as in the header, found {fields.Count}");
            string Get(string c) => fields[col[c]].Trim();
            var id = Get("Entity_logical_id");
            if (id.Length == 0) throw new ListFormatException(path, lineNo, "Entity_logical_id is empty");
            if (!groups.TryGetValue(id, out var g))
            {
                g = new GroupedRows(id, Get("Subject_type") == "P" ? EntryType.Person : EntryType.Organisation);
                groups[id] = g;
                order.Add(g);
                g.Remarks = Get("Entity_remark");
            }
            var whole = Get("Naal_wholename");
            if (whole.Length > 0)
            {
                var last = Get("Naal_lastname");
                g.AddName(new EntryName(whole, last.Length > 0 ? last : null));
                var sex = Get("Naal_gender");
                if (sex is "M" or "F") g.Sex = sex[0];
            }
            if (BirthDate.TryParseIso(Get("Birt_date"), out var dob)) g.AddBirthDate(dob);
            var number = Get("Iden_number");
            if (number.Length > 0)
            {
                var cut = number.IndexOf(" (", StringComparison.Ordinal);
                var type = number.Contains("passport", StringComparison.OrdinalIgnoreCase) ? "Passport" : "ID";
                g.AddDocument(new EntryDocument(cut > 0 ? number[..cut] : number, Countries.ToIso3(Get("Iden_country")), type));
            }
            g.AddNationality(Countries.ToIso3(Get("Citi_country")));
        }
        if (col is null) throw new ListFormatException(path, 1, "the file is empty");
        var entries = new List<ListEntry>(order.Count);
        foreach (var g in order) if (g.HasName) entries.Add(g.Build());
        return new WatchList(name ?? Path.GetFileName(path), kind, entries);
    }

    private static string Unwrap(string line, string path, int lineNo)
    {
        if (line.Length == 0) return line;
        if (line.Length < 2 || line[0] != '"' || line[^1] != '"') throw new ListFormatException(path, lineNo, "the line is not wrapped in quotes like the header");
        return line[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal).TrimEnd('\t');
    }
}
