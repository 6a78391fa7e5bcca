using System.Globalization;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Domain.Validation.Reference;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// Decree 87(2)5 (type and number of the travel document, in the form ICAO 9303 allows per type) and Act 73 (a
/// valid passport: not expired, already issued, on the travel date). The MRZ, when supplied, by <see cref="MrzChecks"/>.
/// </summary>
internal static class DocumentChecks
{
    // Longest number per type: 9 in a passport or visa MRZ (TD3, MRV); identity cards may run 13 characters into
    // the TD1 optional field (9 + 13 = 22); other documents are bounded only by EDIFACT's an..35. S is the seafarer's
    // identity document (ILO C108/C185), which Act 73 names beside the passport for crews.
    private static readonly Dictionary<string, int> MaxLength = new(StringComparer.Ordinal)
    {
        ["P"] = 9, ["IP"] = 9, ["V"] = 9, ["A"] = 22, ["C"] = 22, ["I"] = 22,
        ["AC"] = 35, ["S"] = 35, ["F"] = 35, ["L"] = 35, ["M"] = 35, ["T"] = 35,
    };

    public static void Check(Traveller t, int i, Judgement j)
    {
        string who = Judgement.Name(t);
        var docs = t.Documents ?? ValueList<TravelDocument>.Empty;
        if (docs.Count == 0)
        {
            j.Add(DocumentRules.Missing.About(i, who, $"travellers[{i}].documents"));
            return;
        }
        bool travelDocument = false;
        for (int k = 0; k < docs.Count; k++)
        {
            var d = docs[k];
            string path = $"travellers[{i}].documents[{k}]";
            if (d is null)
            {
                j.Add(DocumentRules.TypeMissing.About(i, who, path + ".type"));
                continue;
            }
            string type = d.Type?.Trim().ToUpperInvariant() ?? "";
            if (type != "V") travelDocument = true;
            if (type.Length == 0) j.Add(DocumentRules.TypeMissing.About(i, who, path + ".type"));
            else if (!MaxLength.ContainsKey(type)) j.Add(DocumentRules.TypeUnknown.About(i, who, path + ".type", d.Type));
            Number(d.Number, type, i, who, path + ".number", j);
            if (!string.IsNullOrWhiteSpace(d.IssuingState)
                && NationalityCodes.Classify(d.IssuingState, j.Ports) is NationalityStatus.Unknown)
            {
                j.Add(DocumentRules.IssuerUnknown.About(i, who, path + ".issuingState", d.IssuingState));
            }
            Validity(d, i, who, path, j);
            if (!string.IsNullOrWhiteSpace(d.Mrz)) MrzChecks.Check(t, d, i, who, path + ".mrz", j);
        }
        if (!travelDocument) j.Add(DocumentRules.VisaOnly.About(i, who, $"travellers[{i}].documents"));
    }

    /// <summary>The number as ICAO 9303 writes it: upper case, without spaces, hyphens or fillers.</summary>
    public static string Normalise(string? number)
    {
        if (number is null) return "";
        var sb = new System.Text.StringBuilder(number.Length);
        foreach (char c in number)
        {
            if (c is ' ' or '-' or '<' or '\t') continue;
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    private static void Number(string? raw, string type, int i, string who, string path, Judgement j)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            j.Add(DocumentRules.NumberMissing.About(i, who, path));
            return;
        }
        string n = Normalise(raw);
        foreach (char c in n)
        {
            if (c is not ((>= 'A' and <= 'Z') or (>= '0' and <= '9')))
            {
                j.Add(DocumentRules.NumberCharacters.About(i, who, path, raw, c.ToString()));
                return;
            }
        }
        if (MaxLength.TryGetValue(type, out int max) && n.Length > max)
            j.Add(DocumentRules.NumberLength.About(i, who, path, raw, n.Length, type, max));
        else if (!string.Equals(n, raw, StringComparison.Ordinal))
            j.Add(DocumentRules.NumberNormalised.About(i, who, path, raw, n));
    }

    private static void Validity(TravelDocument d, int i, string who, string path, Judgement j)
    {
        string number = Normalise(d.Number);
        string travel = Show(j.TravelDate);
        if (d.Expiry is { } expiry && !string.IsNullOrWhiteSpace(expiry.Text))
        {
            if (!expiry.TryGetDate(j.Today, CenturyRule.Nearest, out var e))
                j.Add(DocumentRules.ExpiryInvalid.About(i, who, path + ".expiry", expiry.Text, expiry.Format));
            else if (e < j.TravelDate)
                j.Add(DocumentRules.Expired.About(i, who, path + ".expiry", number, Show(e), travel));
        }
        if (d.Issued is { } issued && !string.IsNullOrWhiteSpace(issued.Text))
        {
            if (!issued.TryGetDate(j.Today, CenturyRule.Nearest, out var s))
                j.Add(DocumentRules.IssuedInvalid.About(i, who, path + ".issued", issued.Text, issued.Format));
            else if (s > j.TravelDate)
                j.Add(DocumentRules.NotYetValid.About(i, who, path + ".issued", number, Show(s), travel));
        }
    }

    private static string Show(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
