using Gateway.Screening.Model;

namespace Gateway.Screening.Import;

/// Pulls what OFAC writes in prose into the Remarks field: "DOB 10 Dec 1948; alt. DOB circa 1950; POB …;
/// nationality Egypt; Gender Male; Passport 1084010 (Egypt); National ID No. …". Unknown items are ignored.
internal static class OfacRemarks
{
    private static readonly string[] Months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    public sealed class Facts
    {
        public List<BirthDate> BirthDates { get; } = [];
        public List<string> Nationalities { get; } = [];
        public List<EntryDocument> Documents { get; } = [];
        public char? Sex { get; set; }
    }

    public static void Parse(string? remarks, Facts facts)
    {
        if (string.IsNullOrEmpty(remarks)) return;
        foreach (var rawItem in remarks.Split(';'))
        {
            var item = rawItem.Trim().TrimEnd('.');
            if (item.StartsWith("alt. ", StringComparison.Ordinal)) item = item[5..];
            if (item.StartsWith("DOB ", StringComparison.Ordinal))
            {
                if (TryDob(item[4..], out var dob)) facts.BirthDates.Add(dob);
            }
            else if (item.StartsWith("nationality ", StringComparison.Ordinal) || item.StartsWith("citizen ", StringComparison.Ordinal))
            {
                var iso = Countries.ToIso3(item[(item.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
                if (iso is not null && !facts.Nationalities.Contains(iso)) facts.Nationalities.Add(iso);
            }
            else if (item.StartsWith("Gender ", StringComparison.Ordinal))
            {
                facts.Sex = item.EndsWith("Female", StringComparison.Ordinal) ? 'F' : item.EndsWith("Male", StringComparison.Ordinal) ? 'M' : facts.Sex;
            }
            else
            {
                TryDocument(item, "Passport ", "Passport", facts);
                TryDocument(item, "National ID No. ", "National ID", facts);
                TryDocument(item, "Cedula No. ", "Cedula", facts);
                TryDocument(item, "Identification Number ", "ID", facts);
            }
        }
    }

    private static void TryDocument(string item, string prefix, string type, Facts facts)
    {
        if (!item.StartsWith(prefix, StringComparison.Ordinal)) return;
        var rest = item[prefix.Length..].Trim();
        string? country = null;
        var paren = rest.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
        {
            var close = rest.IndexOf(')', paren);
            if (close > paren) country = Countries.ToIso3(rest[(paren + 2)..close]);
            rest = rest[..paren];
        }
        if (rest.Length > 0) facts.Documents.Add(new EntryDocument(rest, country, type));
    }

    /// "10 Dec 1948", "Dec 1948", "1948", "circa 1950", "1960 to 1962", "01 Jan 1960 to 31 Dec 1962".
    internal static bool TryDob(string text, out BirthDate dob)
    {
        dob = default;
        text = text.Trim();
        var approximate = false;
        if (text.StartsWith("circa ", StringComparison.Ordinal)) { approximate = true; text = text[6..].Trim(); }
        var to = text.IndexOf(" to ", StringComparison.Ordinal);
        if (to > 0)
        {
            if (TryOne(text[..to], out var a, out _, out _) && TryOne(text[(to + 4)..], out var b, out _, out _))
            {
                dob = BirthDate.Range(a, b);
                return true;
            }
            return false;
        }
        if (!TryOne(text, out var y, out var m, out var d)) return false;
        dob = new BirthDate(y, y, m, d, approximate);
        return true;
    }

    private static bool TryOne(string text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        var parts = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !int.TryParse(parts[^1], out year) || !BirthDate.Plausible(year)) return false;
        if (parts.Length >= 2) month = Array.IndexOf(Months, parts[^2].ToUpperInvariant()) + 1;
        if (parts.Length >= 3 && month > 0 && int.TryParse(parts[^3], out var d) && d is >= 1 and <= 31) day = d;
        return true;
    }
}
