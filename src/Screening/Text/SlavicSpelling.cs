using System.Text;

namespace Gateway.Screening.Text;

/// German and French spellings of Slavic names (Tschaikowski, Michailowitsch, Jewgeni; Tchaikovski, Oussatiouk) written
/// the English/ICAO way (chaikovski, mikhailovich, yevgeni; chaikovski, usatiuk), so that a list's BGN or ICAO spelling
/// and a traveller's German or French one meet. Only parts that show the convention are respelt: German "sch", "itsch",
/// -ow/-ew/-owa/-ewa endings or "w" with an initial "j"; French "tch", "ou" before or after a consonant cluster typical of
/// Slavic transcriptions, -off/-eff endings. Anything else returns null.
public static class SlavicSpelling
{
    public static string? Respell(string part)
    {
        if (part.Length < 4) return null;
        string? r = null;
        if (IsGerman(part)) r = German(part);
        else if (IsFrench(part)) r = French(part);
        return r is null || r == part ? null : r;
    }

    private static bool IsGerman(string p) =>
        p.Contains("sch", StringComparison.Ordinal) || p.Contains("itsch", StringComparison.Ordinal)
        || p.EndsWith("ow", StringComparison.Ordinal) || p.EndsWith("ew", StringComparison.Ordinal)
        || p.EndsWith("owa", StringComparison.Ordinal) || p.EndsWith("ewa", StringComparison.Ordinal)
        || (p[0] == 'j' && p.Contains('w', StringComparison.Ordinal));

    private static bool IsFrench(string p) =>
        (p.Contains("tch", StringComparison.Ordinal) && !p.Contains("tsch", StringComparison.Ordinal))
        || p.EndsWith("off", StringComparison.Ordinal) || p.EndsWith("eff", StringComparison.Ordinal)
        || p.Contains("iou", StringComparison.Ordinal) || p.EndsWith("ouk", StringComparison.Ordinal) || p.EndsWith("itch", StringComparison.Ordinal)
        || p.EndsWith("ov", StringComparison.Ordinal) && p.Contains("ou", StringComparison.Ordinal);

    private static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static string German(string p)
    {
        var sb = new StringBuilder(p.Length + 4);
        for (var i = 0; i < p.Length;)
        {
            var rest = p.AsSpan(i);
            var prev = i == 0 ? '\0' : p[i - 1];
            var next = i + 1 < p.Length ? p[i + 1] : '\0';
            if (rest.StartsWith("schtsch")) { sb.Append("shch"); i += 7; continue; }
            if (rest.StartsWith("tsch")) { sb.Append("ch"); i += 4; continue; }
            if (rest.StartsWith("sch")) { sb.Append("sh"); i += 3; continue; }
            if (rest.StartsWith("ch")) { sb.Append("kh"); i += 2; continue; }
            if (rest.StartsWith("ss")) { sb.Append('s'); i += 2; continue; }
            var c = p[i];
            if (c == 'w') { sb.Append('v'); i++; continue; }
            if (c == 'z') { sb.Append("ts"); i++; continue; }
            if (c == 's' && i > 0 && Vowel(prev) && Vowel(next)) { sb.Append('z'); i++; continue; }
            if (c == 'j' && (i == 0 || Vowel(prev) || prev == 'i') && Vowel(next)) { sb.Append('y'); i++; continue; }
            if (c == 'j' && next == '\0') { sb.Append('y'); i++; continue; }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }

    private static string French(string p)
    {
        var sb = new StringBuilder(p.Length + 4);
        for (var i = 0; i < p.Length;)
        {
            var rest = p.AsSpan(i);
            var prev = i == 0 ? '\0' : p[i - 1];
            var next = i + 1 < p.Length ? p[i + 1] : '\0';
            if (rest.StartsWith("chtch")) { sb.Append("shch"); i += 5; continue; }
            if (rest.StartsWith("tch")) { sb.Append("ch"); i += 3; continue; }
            if (rest.StartsWith("ch")) { sb.Append("sh"); i += 2; continue; }
            if (rest.StartsWith("iou")) { sb.Append("yu"); i += 3; continue; }
            if (rest.StartsWith("ou")) { sb.Append('u'); i += 2; continue; }
            if (rest.StartsWith("ss") && i > 0 && Vowel(prev)) { sb.Append('s'); i += 2; continue; }
            if (rest.SequenceEqual("off") || rest.SequenceEqual("eff")) { sb.Append(p[i]).Append('v'); break; }
            var c = p[i];
            if (c == 'j' && Vowel(next)) { sb.Append("zh"); i++; continue; }
            if (c == 's' && i > 0 && Vowel(prev) && Vowel(next)) { sb.Append('z'); i++; continue; }
            sb.Append(c);
            i++;
        }
        return sb.ToString();
    }
}
