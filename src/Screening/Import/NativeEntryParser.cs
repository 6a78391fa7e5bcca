using Gateway.Screening.Model;

namespace Gateway.Screening.Import;

/// Field rules shared by the native CSV and JSON formats, so both reject the same mistakes the same way.
internal static class NativeEntryParser
{
    public static BirthDate ParseBirthDate(string text, Func<string, Exception> fail) =>
        BirthDate.TryParseIso(text, out var d) ? d : throw fail($"birth date '{text}' is not YYYY-MM-DD, YYYY-MM, YYYY, ~YYYY or YYYY..YYYY");

    public static char? ParseSex(string? text, Func<string, Exception> fail) => text?.Trim().ToUpperInvariant() switch
    {
        null or "" => null,
        "M" => 'M',
        "F" => 'F',
        "X" or "U" => null,
        var other => throw fail($"sex '{other}' is not M, F or X"),
    };

    public static string ParseCountry(string text, Func<string, Exception> fail)
    {
        var t = text.Trim().ToUpperInvariant();
        return t.Length == 3 && t.All(char.IsAsciiLetterUpper) ? t : throw fail($"country '{text}' is not an ISO 3166-1 alpha-3 code");
    }

    /// NUMBER:ISO3[:TYPE]
    public static EntryDocument ParseDocument(string text, Func<string, Exception> fail)
    {
        var p = text.Split(':');
        if (p.Length is < 1 or > 3 || p[0].Trim().Length == 0) throw fail($"document '{text}' is not NUMBER:ISO3[:TYPE]");
        var country = p.Length >= 2 && p[1].Trim().Length > 0 ? ParseCountry(p[1], fail) : null;
        return new EntryDocument(p[0].Trim(), country, p.Length == 3 ? p[2].Trim() : null);
    }

    public static DateOnly? ParseListedOn(string? text, Func<string, Exception> fail) =>
        string.IsNullOrWhiteSpace(text) ? null
        : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var d) ? d
        : throw fail($"listed-on date '{text}' is not YYYY-MM-DD");

    public static ListEntry Build(string reference, string? surname, string? given, string? name, List<EntryName> aliases,
        List<BirthDate> dobs, char? sex, List<string> nationalities, List<EntryDocument> documents, DateOnly? listed, Func<string, Exception> fail)
    {
        if (reference.Length == 0) throw fail("ref is empty");
        var names = new List<EntryName>();
        var s = surname?.Trim() ?? "";
        var g = given?.Trim() ?? "";
        if (s.Length > 0 || g.Length > 0) names.Add(new EntryName(g.Length == 0 ? s : s.Length == 0 ? g : g + " " + s, s.Length > 0 ? s : null));
        else if (!string.IsNullOrWhiteSpace(name)) names.Add(new EntryName(name.Trim()));
        names.AddRange(aliases);
        if (names.Count == 0 && documents.Count == 0) throw fail("an entry needs a name or a document");
        return new ListEntry(reference, names.Count > 0 ? EntryType.Person : EntryType.Unknown, names, dobs, sex, nationalities, documents, listed);
    }
}
