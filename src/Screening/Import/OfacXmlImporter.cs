using System.Xml.Linq;
using Gateway.Screening.Model;

namespace Gateway.Screening.Import;

/// OFAC <c>sdnList</c> XML (sdn.xml, consolidated.xml; namespace http://tempuri.org/sdnList.xsd).
public static class OfacXmlImporter
{
    public static WatchList Load(string path, ListKind kind, string? name = null)
    {
        var doc = XmlLists.Load(path);
        var root = doc.Root;
        if (root is null || root.Name.LocalName != "sdnList") throw new ListFormatException(path, root is null ? 1 : XmlLists.Line(root), "the root element is not sdnList");
        var ns = root.Name.Namespace;
        var entries = new List<ListEntry>();
        var index = 0;
        foreach (var e in root.Elements(ns + "sdnEntry"))
        {
            index++;
            var line = XmlLists.Line(e);
            var uid = XmlLists.Text(e, ns + "uid") ?? throw new ListFormatException(path, line, $"sdnEntry #{index} has no uid");
            var last = XmlLists.Text(e, ns + "lastName") ?? throw new ListFormatException(path, line, $"sdnEntry #{index} (uid {uid}) has no lastName");
            var type = XmlLists.Text(e, ns + "sdnType") switch
            {
                "Individual" => EntryType.Person,
                "Vessel" => EntryType.Vessel,
                "Aircraft" => EntryType.Aircraft,
                _ => EntryType.Organisation,
            };
            var names = new List<EntryName> { Name(XmlLists.Text(e, ns + "firstName"), last, false, type) };
            foreach (var aka in e.Element(ns + "akaList")?.Elements(ns + "aka") ?? [])
            {
                var akaLast = XmlLists.Text(aka, ns + "lastName");
                if (akaLast is null) continue;
                names.Add(Name(XmlLists.Text(aka, ns + "firstName"), akaLast, XmlLists.Text(aka, ns + "category") == "weak", type));
            }
            var dobs = new List<BirthDate>();
            foreach (var d in e.Element(ns + "dateOfBirthList")?.Elements(ns + "dateOfBirthItem") ?? [])
            {
                var text = XmlLists.Text(d, ns + "dateOfBirth");
                if (text is not null && OfacRemarks.TryDob(text, out var dob)) dobs.Add(dob);
            }
            var nationalities = new List<string>();
            foreach (var list in new[] { ("nationalityList", "nationality"), ("citizenshipList", "citizenship") })
            {
                foreach (var n in e.Element(ns + list.Item1)?.Elements(ns + list.Item2) ?? [])
                {
                    var iso = Countries.ToIso3(XmlLists.Text(n, ns + "country"));
                    if (iso is not null && !nationalities.Contains(iso)) nationalities.Add(iso);
                }
            }
            var documents = new List<EntryDocument>();
            char? sex = null;
            foreach (var id in e.Element(ns + "idList")?.Elements(ns + "id") ?? [])
            {
                var idType = XmlLists.Text(id, ns + "idType") ?? "";
                var number = XmlLists.Text(id, ns + "idNumber");
                if (number is null) continue;
                if (idType == "Gender") sex = number.StartsWith('F') ? 'F' : number.StartsWith('M') ? 'M' : null;
                else if (idType.Contains("Passport", StringComparison.Ordinal) || idType.Contains("National ID", StringComparison.Ordinal))
                    documents.Add(new EntryDocument(number, Countries.ToIso3(XmlLists.Text(id, ns + "idCountry")), idType));
            }
            var remarks = XmlLists.Text(e, ns + "remarks");
            entries.Add(new ListEntry(uid, type, names, dobs, sex, nationalities, documents, null, remarks));
        }
        return new WatchList(name ?? Path.GetFileName(path), kind, entries);
    }

    private static EntryName Name(string? first, string last, bool weak, EntryType type) =>
        first is null ? new EntryName(last, type == EntryType.Person ? last : null, weak) : new EntryName(first + " " + last, last, weak);
}
