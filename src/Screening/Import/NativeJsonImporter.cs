using System.Text.Json;
using Gateway.Screening.Model;

namespace Gateway.Screening.Import;

/// The agency's own list format as JSON (see docs/SCREENING.md): <c>{"entries":[{…}]}</c>.
/// Errors name the entry by position and ref; JSON syntax errors by line.
public static class NativeJsonImporter
{
    public static WatchList Load(string path, ListKind kind, string? name = null) =>
        Parse(TextFiles.ReadAll(path), path, kind, name);

    public static WatchList Parse(string json, string source, ListKind kind, string? name = null)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ListFormatException(source, (int)(e.LineNumber ?? 0) + 1, "JSON syntax: " + e.Message);
        }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("entries", out var list) || list.ValueKind != JsonValueKind.Array)
                throw new ListFormatException(source, "root", "expected an object with an \"entries\" array");
            var entries = new List<ListEntry>();
            var refs = new HashSet<string>(StringComparer.Ordinal);
            var index = 0;
            foreach (var e in list.EnumerateArray())
            {
                var at = index++;
                var reference = e.ValueKind == JsonValueKind.Object && e.TryGetProperty("ref", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString()! : "";
                Exception Fail(string problem) => new ListFormatException(source, $"entries[{at}]" + (reference.Length > 0 ? $" (ref {reference})" : ""), problem);
                if (e.ValueKind != JsonValueKind.Object) throw Fail("an entry must be an object");
                if (!refs.Add(reference)) throw Fail($"ref '{reference}' appears twice");
                string? Str(string p) => e.TryGetProperty(p, out var v) ? v.ValueKind switch
                {
                    JsonValueKind.String => v.GetString(),
                    JsonValueKind.Null => null,
                    _ => throw Fail($"\"{p}\" must be a string"),
                } : null;
                IEnumerable<JsonElement> Arr(string p) => !e.TryGetProperty(p, out var v) || v.ValueKind == JsonValueKind.Null ? []
                    : v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : throw Fail($"\"{p}\" must be an array");
                string Text(JsonElement v, string p) => v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Fail($"\"{p}\" items must be strings");

                var aliases = new List<EntryName>();
                foreach (var a in Arr("aliases"))
                {
                    if (a.ValueKind == JsonValueKind.String) { aliases.Add(new EntryName(a.GetString()!)); continue; }
                    if (a.ValueKind != JsonValueKind.Object || !a.TryGetProperty("name", out var an) || an.ValueKind != JsonValueKind.String)
                        throw Fail("an alias is a string or {\"name\":…, \"originalScript\":bool, \"weak\":bool}");
                    aliases.Add(new EntryName(an.GetString()!, null,
                        a.TryGetProperty("weak", out var w) && w.ValueKind == JsonValueKind.True,
                        a.TryGetProperty("originalScript", out var os) && os.ValueKind == JsonValueKind.True));
                }
                var dobs = new List<BirthDate>();
                foreach (var d in Arr("birthDates")) dobs.Add(NativeEntryParser.ParseBirthDate(Text(d, "birthDates"), Fail));
                var nats = new List<string>();
                foreach (var n in Arr("nationalities")) nats.Add(NativeEntryParser.ParseCountry(Text(n, "nationalities"), Fail));
                var docs = new List<EntryDocument>();
                foreach (var d in Arr("documents"))
                {
                    if (d.ValueKind == JsonValueKind.String) { docs.Add(NativeEntryParser.ParseDocument(d.GetString()!, Fail)); continue; }
                    if (d.ValueKind != JsonValueKind.Object || !d.TryGetProperty("number", out var num) || num.ValueKind != JsonValueKind.String)
                        throw Fail("a document is \"NUMBER:ISO3\" or {\"number\":…, \"country\":…, \"type\":…}");
                    var country = d.TryGetProperty("country", out var c) && c.ValueKind == JsonValueKind.String ? NativeEntryParser.ParseCountry(c.GetString()!, Fail) : null;
                    docs.Add(new EntryDocument(num.GetString()!, country, d.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null));
                }
                entries.Add(NativeEntryParser.Build(reference, Str("surname"), Str("given"), Str("name"), aliases, dobs,
                    NativeEntryParser.ParseSex(Str("sex"), Fail), nats, docs, NativeEntryParser.ParseListedOn(Str("listedOn"), Fail), Fail));
            }
            return new WatchList(name ?? Path.GetFileName(source), kind, entries);
        }
    }
}
