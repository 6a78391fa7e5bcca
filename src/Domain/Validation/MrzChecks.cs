using System.Globalization;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Domain.Validation.Mrz;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// ICAO 9303 for a supplied MRZ: its shape, every 7-3-1 check digit, and agreement with what the list says
/// (number, nationality, date of birth, sex, expiry, surname, type, issuing State).
/// </summary>
internal static class MrzChecks
{
    private static readonly Dictionary<string, Words> FieldNames = new(StringComparer.Ordinal)
    {
        ["document number"] = Words.DocumentNumber,
        ["date of birth"] = Words.BirthDate,
        ["expiry date"] = Words.Expiry,
        ["personal number"] = new("personal number", "개인 번호"),
        ["composite"] = new("composite (whole line)", "복합 검증(전체 행)"),
    };

    public static void Check(Traveller t, TravelDocument d, int i, string who, string path, Judgement j)
    {
        var read = MrzReader.Read(d.Mrz);
        if (read.ShapeError is { } shape)
        {
            j.Add(DocumentRules.MrzFormat.About(i, who, path, shape));
            return;
        }
        if (read.Data is not { } mrz)
        {
            j.Add(DocumentRules.MrzCharacters.About(i, who, path, read.BadLine, read.BadChar.ToString()));
            return;
        }
        foreach (var c in mrz.Checks)
        {
            if (!c.Ok) j.Add(DocumentRules.MrzCheckDigit.About(i, who, path, FieldNames.GetValueOrDefault(c.Field) ?? new Words(c.Field, c.Field), c.Actual.ToString(), c.Expected.ToString()));
        }
        Compare(Words.DocumentNumber, mrz.DocumentNumber, DocumentChecks.Normalise(d.Number), i, who, path, j);
        Compare(Words.DocumentType, mrz.DocumentCode[..Math.Min(1, mrz.DocumentCode.Length)],
            (d.Type ?? "").Trim().ToUpperInvariant()[..Math.Min(1, (d.Type ?? "").Trim().Length)], i, who, path, j);
        CompareCountry(Words.Nationality, mrz.Nationality, t.Nationality, i, who, path, j);
        CompareCountry(Words.IssuingState, mrz.IssuingState, d.IssuingState, i, who, path, j);
        CompareDate(Words.BirthDate, mrz.BirthDate, t.BirthDate, CenturyRule.NotAfter, i, who, path, j);
        CompareDate(Words.Expiry, mrz.Expiry, d.Expiry, CenturyRule.Nearest, i, who, path, j);
        string sex = (t.Sex ?? "").Trim();
        if (mrz.Sex.Length > 0 && sex is "M" or "F" && sex != mrz.Sex) Compare(Words.Sex, mrz.Sex, sex, i, who, path, j);
        string surname = Letters(t.Name?.Surname);
        string mrzSurname = Letters(mrz.Surname);
        // The MRZ truncates long names: the list's surname need only begin with the MRZ's.
        if (surname.Length > 0 && mrzSurname.Length > 0 && !surname.StartsWith(mrzSurname, StringComparison.Ordinal))
            j.Add(DocumentRules.MrzMismatch.About(i, who, path, Words.Surname, mrz.Surname, t.Name?.Surname));
    }

    private static void Compare(Words field, string fromMrz, string fromList, int i, string who, string path, Judgement j)
    {
        if (fromMrz.Length == 0 || fromList.Length == 0 || fromMrz == fromList) return;
        j.Add(DocumentRules.MrzMismatch.About(i, who, path, field, fromMrz, fromList));
    }

    private static void CompareCountry(Words field, string fromMrz, string? fromList, int i, string who, string path, Judgement j)
    {
        string list = (fromList ?? "").Trim().TrimEnd('<');
        // Germany is D in the MRZ and DEU in ISO: the same State.
        static string Same(string c) => c == "D" ? "DEU" : c;
        if (Same(fromMrz) != Same(list)) Compare(field, fromMrz, list, i, who, path, j);
    }

    private static void CompareDate(Words field, string fromMrz, MessageDate? fromList, CenturyRule rule, int i, string who, string path, Judgement j)
    {
        if (fromList is null || fromMrz.Contains('<', StringComparison.Ordinal)) return;
        if (!fromList.TryGetDate(j.Today, rule, out var date)) return;
        string yymmdd = date.ToString("yyMMdd", CultureInfo.InvariantCulture);
        Compare(field, fromMrz, yymmdd, i, who, path, j);
    }

    private static string Letters(string? s)
    {
        if (s is null) return "";
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (char c in s.ToUpperInvariant()) if (c is >= 'A' and <= 'Z') sb.Append(c);
        return sb.ToString();
    }
}
