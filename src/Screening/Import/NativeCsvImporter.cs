using Gateway.Screening.Model;

namespace Gateway.Screening.Import;

/// The agency's own list format as CSV (see docs/SCREENING.md): a header naming the columns, any order.
/// Multi-valued cells separate values with '|'.
public static class NativeCsvImporter
{
    private static readonly string[] Known = ["ref", "surname", "given", "name", "aliases", "original_script", "birth_dates", "sex", "nationalities", "documents", "listed_on"];

    public static WatchList Load(string path, ListKind kind, string? name = null) =>
        Load(new StringReader(TextFiles.ReadAll(path)), path, kind, name);

    public static WatchList Load(TextReader text, string source, ListKind kind, string? name = null)
    {
        var csv = new CsvReader(text, source);
        var header = csv.Read() ?? throw new ListFormatException(source, 1, "the file is empty");
        var col = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            var h = header[i].Trim();
            if (Array.IndexOf(Known, h) < 0) throw new ListFormatException(source, csv.RecordLine, $"unknown column '{h}' (known: {string.Join(", ", Known)})");
            if (!col.TryAdd(h, i)) throw new ListFormatException(source, csv.RecordLine, $"column '{h}' appears twice");
        }
        if (!col.ContainsKey("ref")) throw new ListFormatException(source, csv.RecordLine, "the header has no 'ref' column");
        var entries = new List<ListEntry>();
        var refs = new HashSet<string>(StringComparer.Ordinal);
        while (csv.Read() is { } row)
        {
            var line = csv.RecordLine;
            Exception Fail(string problem) => new ListFormatException(source, line, problem);
            if (row.Count != header.Count) throw Fail($"expected {header.Count} fields as in the header, found {row.Count}");
            string Get(string c) => col.TryGetValue(c, out var i) ? row[i].Trim() : "";
            IEnumerable<string> Many(string c) => Get(c).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var reference = Get("ref");
            if (!refs.Add(reference)) throw Fail($"ref '{reference}' appears twice");
            var aliases = new List<EntryName>();
            foreach (var a in Many("aliases")) aliases.Add(new EntryName(a));
            foreach (var a in Many("original_script")) aliases.Add(new EntryName(a, null, false, true));
            var dobs = new List<BirthDate>();
            foreach (var d in Many("birth_dates")) dobs.Add(NativeEntryParser.ParseBirthDate(d, Fail));
            var nats = new List<string>();
            foreach (var n in Many("nationalities")) nats.Add(NativeEntryParser.ParseCountry(n, Fail));
            var docs = new List<EntryDocument>();
            foreach (var d in Many("documents")) docs.Add(NativeEntryParser.ParseDocument(d, Fail));
            entries.Add(NativeEntryParser.Build(reference, Get("surname"), Get("given"), Get("name"), aliases, dobs,
                NativeEntryParser.ParseSex(Get("sex"), Fail), nats, docs, NativeEntryParser.ParseListedOn(Get("listed_on"), Fail), Fail));
        }
        return new WatchList(name ?? Path.GetFileName(source), kind, entries);
    }
}
