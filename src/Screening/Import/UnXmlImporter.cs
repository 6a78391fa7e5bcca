using System.Xml.Linq;
using Gateway.Screening.Model;

namespace Gateway.Screening.Import;

/// The UN Security Council consolidated list (sc-sanctions.xsd). UN name parts are given in sequence, not as
/// surname and given names, so no part is marked as the family name.
public static class UnXmlImporter
{
    public static WatchList Load(string path, ListKind kind, string? name = null)
    {
        var doc = XmlLists.Load(path);
        var root = doc.Root;
        if (root is null || root.Name.LocalName != "CONSOLIDATED_LIST") throw new ListFormatException(path, root is null ? 1 : XmlLists.Line(root), "the root element is not CONSOLIDATED_LIST");
        var entries = new List<ListEntry>();
        var index = 0;
        foreach (var e in root.Element("INDIVIDUALS")?.Elements("INDIVIDUAL") ?? []) entries.Add(Read(path, e, ++index, true));
        index = 0;
        foreach (var e in root.Element("ENTITIES")?.Elements("ENTITY") ?? []) entries.Add(Read(path, e, ++index, false));
        return new WatchList(name ?? Path.GetFileName(path), kind, entries);
    }

    private static ListEntry Read(string path, XElement e, int index, bool person)
    {
        var line = XmlLists.Line(e);
        var what = person ? "INDIVIDUAL" : "ENTITY";
        var dataId = XmlLists.Text(e, "DATAID") ?? throw new ListFormatException(path, line, $"{what} #{index} has no DATAID");
        var reference = XmlLists.Text(e, "REFERENCE_NUMBER") ?? dataId;
        var parts = new List<string>();
        foreach (var p in new[] { "FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME" })
        {
            var v = XmlLists.Text(e, p);
            if (v is not null) parts.Add(v);
        }
        if (parts.Count == 0) throw new ListFormatException(path, line, $"{what} #{index} (DATAID {dataId}) has no name");
        var names = new List<EntryName> { new(string.Join(' ', parts)) };
        var original = XmlLists.Text(e, "NAME_ORIGINAL_SCRIPT");
        if (original is not null) names.Add(new EntryName(original, null, false, true));
        foreach (var a in e.Elements(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS"))
        {
            var alias = XmlLists.Text(a, "ALIAS_NAME");
            if (alias is not null) names.Add(new EntryName(alias, null, XmlLists.Text(a, "QUALITY") == "Low"));
        }
        var dobs = new List<BirthDate>();
        foreach (var d in e.Elements("INDIVIDUAL_DATE_OF_BIRTH"))
        {
            var approx = XmlLists.Text(d, "TYPE_OF_DATE") == "APPROXIMATELY";
            if (XmlLists.Text(d, "DATE") is { } full && BirthDate.TryParseIso(full.Length > 10 ? full[..10] : full, out var dob))
                dobs.Add(dob with { Approximate = approx });
            else if (int.TryParse(XmlLists.Text(d, "YEAR"), out var y) && BirthDate.Plausible(y))
                dobs.Add(BirthDate.Year(y, approx));
            else if (int.TryParse(XmlLists.Text(d, "FROM_YEAR"), out var from) && int.TryParse(XmlLists.Text(d, "TO_YEAR"), out var to))
                dobs.Add(BirthDate.Range(from, to));
        }
        var nationalities = new List<string>();
        foreach (var v in e.Element("NATIONALITY")?.Elements("VALUE") ?? [])
        {
            var iso = Countries.ToIso3(v.Value);
            if (iso is not null && !nationalities.Contains(iso)) nationalities.Add(iso);
        }
        var documents = new List<EntryDocument>();
        foreach (var d in e.Elements("INDIVIDUAL_DOCUMENT"))
        {
            var number = XmlLists.Text(d, "NUMBER");
            if (number is not null) documents.Add(new EntryDocument(number, Countries.ToIso3(XmlLists.Text(d, "ISSUING_COUNTRY")), XmlLists.Text(d, "TYPE_OF_DOCUMENT")));
        }
        char? sex = XmlLists.Text(e, "GENDER") switch { "Male" => 'M', "Female" => 'F', _ => null };
        DateOnly? listed = DateOnly.TryParseExact(XmlLists.Text(e, "LISTED_ON"), "yyyy-MM-dd", out var l) ? l : null;
        return new ListEntry(reference, person ? EntryType.Person : EntryType.Organisation, names, dobs, sex, nationalities, documents, listed, XmlLists.Text(e, "COMMENTS1"));
    }
}
