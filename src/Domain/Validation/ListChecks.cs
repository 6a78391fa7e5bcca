using System.Globalization;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// Rules over the whole list: its kind (BGM), empty lists, crew and passengers mixed in one message, the same
/// person listed twice, the same document given for two people.
/// </summary>
internal static class ListChecks
{
    public static void Kind(Manifest m, Judgement j)
    {
        var travellers = m.Travellers ?? ValueList<Traveller>.Empty;
        if (m.DocumentCode is not (DocumentCodes.PassengerList or DocumentCodes.CrewList))
            j.Add(ListRules.ListTypeUnknown.At("documentCode", m.DocumentCode));
        if (travellers.Count == 0) j.Add(ListRules.ListEmpty.At("travellers"));

        int crew = 0, passengers = 0;
        foreach (var t in travellers)
        {
            if (t is null) continue;
            if (t.IsCrew) crew++;
            else if (t.Role is TravellerRoles.Passenger or TravellerRoles.TransitPassenger) passengers++;
        }
        if (m.DocumentCode == DocumentCodes.PassengerList && crew > 0) j.Add(ListRules.Mixed.At("travellers", Words.PassengerList, crew, Words.Crew));
        else if (m.DocumentCode == DocumentCodes.CrewList && passengers > 0) j.Add(ListRules.Mixed.At("travellers", Words.CrewList, passengers, Words.Passengers));
        else if (m.DocumentCode is not (DocumentCodes.PassengerList or DocumentCodes.CrewList) && crew > 0 && passengers > 0)
            j.Add(ListRules.Mixed.At("travellers", Words.PassengerList, crew, Words.Crew));
    }

    public static void Duplicates(Manifest m, Judgement j)
    {
        var travellers = m.Travellers ?? ValueList<Traveller>.Empty;
        var people = new Dictionary<string, int>(StringComparer.Ordinal);
        var sameAs = new int[travellers.Count];
        for (int i = 0; i < travellers.Count; i++)
        {
            sameAs[i] = -1;
            var t = travellers[i];
            if (t is null || PersonKey(t, j) is not { } key) continue;
            if (people.TryGetValue(key, out int first))
            {
                sameAs[i] = first;
                j.Add(ListRules.DuplicateTraveller.About(i, Judgement.Name(t), $"travellers[{i}]", first));
            }
            else people[key] = i;
        }

        var documents = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < travellers.Count; i++)
        {
            var t = travellers[i];
            if (t?.Documents is null) continue;
            for (int k = 0; k < t.Documents.Count; k++)
            {
                var d = t.Documents[k];
                string number = DocumentChecks.Normalise(d?.Number);
                if (d is null || number.Length == 0) continue;
                string key = (d.Type ?? "").Trim().ToUpperInvariant() + "|" + number + "|" + (d.IssuingState ?? "").Trim().ToUpperInvariant();
                if (documents.TryGetValue(key, out int owner))
                {
                    // The same document twice for one person is their own repetition; a person listed twice is reported above.
                    if (owner != i && sameAs[i] != owner)
                        j.Add(DocumentRules.Duplicate.About(i, Judgement.Name(t), $"travellers[{i}].documents[{k}].number", number, owner, Judgement.Name(travellers[owner])));
                }
                else documents[key] = i;
            }
        }
    }

    /// <summary>Same person: same surname, given names (letters only, upper case) and date of birth.</summary>
    public static string? PersonKey(Traveller t, Judgement j)
    {
        string surname = Letters(t.Name?.Surname);
        if (surname.Length == 0 || t.BirthDate is null) return null;
        string given = string.Join(' ', (t.Name?.GivenNames ?? ValueList<string>.Empty).Select(Letters));
        string dob = t.BirthDate.TryGetDate(j.Today, CenturyRule.NotAfter, out var d)
            ? d.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : t.BirthDate.Text ?? "";
        return surname + "|" + given + "|" + dob;
    }

    private static string Letters(string? s)
    {
        if (s is null) return "";
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (char c in s.ToUpperInvariant()) if (char.IsLetter(c)) sb.Append(c);
        return sb.ToString();
    }
}
