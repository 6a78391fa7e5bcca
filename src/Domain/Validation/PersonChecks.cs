using System.Globalization;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Domain.Validation.Reference;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// Decree 87(2) for one person: nationality, name as in the passport, date of birth, sex, transit status and facial
/// information for tourist landing applicants. Travel documents are judged by <see cref="DocumentChecks"/>.
/// </summary>
internal static class PersonChecks
{
    // Titles carriers append to given names (Astra strips them); they are not part of the passport name.
    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal) { "MR", "MRS", "MS", "MISS", "MSTR", "DR", "PROF", "CHD", "INF" };

    public static void Check(Traveller t, int i, Judgement j, bool facialRequired)
    {
        string who = Judgement.Name(t);
        string at = $"travellers[{i}]";

        if (t.Role is not (TravellerRoles.Passenger or TravellerRoles.Crew or TravellerRoles.TransitPassenger or TravellerRoles.TransitCrew))
        {
            j.Add(PersonRules.RoleUnknown.About(i, who, at + ".role", t.Role));
        }
        Nationality(t.Nationality, i, who, at + ".nationality", j);
        Name(t.Name, i, who, at + ".name", j);
        BirthDate(t, i, who, at + ".birthDate", j);
        Sex(t.Sex, i, who, at + ".sex", j);
        if (t.TouristLanding && t.IsCrew) j.Add(PersonRules.TouristLandingCrew.About(i, who, at + ".touristLanding"));
        if (facialRequired && string.IsNullOrWhiteSpace(t.FacialImage)) j.Add(PersonRules.FacialMissing.About(i, who, at + ".facialImage"));
    }

    public static void Nationality(string? code, int i, string who, string path, Judgement j)
    {
        switch (NationalityCodes.Classify(code, j.Ports))
        {
            case NationalityStatus.Missing: j.Add(PersonRules.NationalityMissing.About(i, who, path)); break;
            case NationalityStatus.Unknown: j.Add(PersonRules.NationalityUnknown.About(i, who, path, code, NationalityCodes.Hint(code!, j.Ports))); break;
            case NationalityStatus.NonStandard: j.Add(PersonRules.NationalityNonStandard.About(i, who, path, code)); break;
            default: break;
        }
    }

    private static void Name(PersonName? name, int i, string who, string path, Judgement j)
    {
        if (name is null || string.IsNullOrWhiteSpace(name.Surname))
        {
            j.Add(PersonRules.SurnameMissing.About(i, who, path + ".surname"));
        }
        else Characters(name.Surname, Words.Surname, i, who, path + ".surname", j);

        var given = name?.GivenNames ?? ValueList<string>.Empty;
        bool any = false;
        for (int g = 0; g < given.Count; g++)
        {
            if (string.IsNullOrWhiteSpace(given[g])) continue;
            any = true;
            Characters(given[g], Words.GivenName, i, who, $"{path}.givenNames[{g}]", j);
        }
        if (!any) j.Add(PersonRules.GivenNamesMissing.About(i, who, path + ".givenNames"));
        else
        {
            string last = given.Last(s => !string.IsNullOrWhiteSpace(s)).Trim().TrimEnd('.').ToUpperInvariant();
            int space = last.LastIndexOf(' ');
            string tail = space < 0 ? last : last[(space + 1)..];
            bool onlyWord = given.Count(s => !string.IsNullOrWhiteSpace(s)) == 1 && space < 0;
            if (Titles.Contains(tail) && !onlyWord) j.Add(PersonRules.NameTitle.About(i, who, path + ".givenNames", tail));
        }
    }

    // Letters, spaces, hyphens and apostrophes are what a passport's visual zone holds; accented Latin letters are
    // legal there but the MRZ (and so API) transliterates them; anything else cannot be a name.
    private static void Characters(string value, Words part, int i, string who, string path, Judgement j)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            int v = rune.Value;
            if (v is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or ' ' or '-' or '\'') continue;
            if (IsLatinLetter(rune))
            {
                j.Add(PersonRules.NameDiacritics.About(i, who, path, part, value, rune.ToString()));
                return;
            }
            j.Add(PersonRules.NameCharacters.About(i, who, path, part, value, rune.ToString()));
            return;
        }
    }

    private static bool IsLatinLetter(System.Text.Rune r) =>
        System.Text.Rune.IsLetter(r) && r.Value is (>= 0x00C0 and <= 0x024F) or (>= 0x1E00 and <= 0x1EFF);

    private static void BirthDate(Traveller t, int i, string who, string path, Judgement j)
    {
        var dob = t.BirthDate;
        if (dob is null || string.IsNullOrWhiteSpace(dob.Text))
        {
            j.Add(PersonRules.BirthDateMissing.About(i, who, path));
            return;
        }
        if (!dob.TryGetDate(j.Today, CenturyRule.NotAfter, out var date))
        {
            j.Add(PersonRules.BirthDateInvalid.About(i, who, path, dob.Text, dob.Format));
            return;
        }
        string shown = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (date > j.Today)
        {
            j.Add(PersonRules.BirthDateFuture.About(i, who, path, shown, j.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            return;
        }
        int age = Age(date, j.Today);
        if (age > 120) j.Add(PersonRules.BirthDateImplausible.About(i, who, path, shown, age));
        else if (age >= 100) j.Add(PersonRules.BirthDateCentenarian.About(i, who, path, shown, age));
        else if (t.IsCrew && age < 16) j.Add(PersonRules.CrewUnderage.About(i, who, path, shown, age));
    }

    /// <summary>
    /// Age in whole years on a date. Someone born on 29 February turns a year older on 1 March in common years
    /// (the birthday has not come while the day is still in February).
    /// </summary>
    public static int Age(DateOnly birth, DateOnly on)
    {
        int age = on.Year - birth.Year;
        if (on.Month < birth.Month || (on.Month == birth.Month && on.Day < birth.Day)) age--;
        return age;
    }

    private static void Sex(string? sex, int i, string who, string path, Judgement j)
    {
        string s = sex?.Trim() ?? "";
        switch (s)
        {
            case "": j.Add(PersonRules.SexMissing.About(i, who, path)); break;
            case "M" or "F" or "X": break;
            case "U": j.Add(PersonRules.SexUnspecified.About(i, who, path)); break;
            default: j.Add(PersonRules.SexUnknown.About(i, who, path, sex)); break;
        }
    }
}
