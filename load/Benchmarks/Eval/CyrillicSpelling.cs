using System.Text;

namespace Gateway.Benchmarks.Eval;

/// <summary>
/// Evaluation only. Writes a Latin-spelled Russian name back in Cyrillic (the traveller's name as a Russian passport's
/// visual zone or a JSON carrier gives it), and romanises Cyrillic by the systems passports and lists have used side by
/// side: ICAO 9303 (since 2013), the older Russian passport system (1997–2010), BGN/PCGN, ISO 9 / GOST 7.79,
/// Library of Congress, French and German spellings. Kept apart from the product's romaniser so that the evaluation
/// does not grade the product against itself.
/// </summary>
internal static class CyrillicSpelling
{
    public static readonly string[] Systems = ["icao", "passport-1997", "bgn", "iso9", "loc", "french", "german"];

    private static bool Vowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    /// <summary>A Latin-spelled Russian name part in Cyrillic (lower case), or null when it holds other letters.</summary>
    public static string? ToCyrillic(string latin)
    {
        var s = latin.ToLowerInvariant();
        foreach (var c in s) if (c is not (>= 'a' and <= 'z' or '\'')) return null;
        var sb = new StringBuilder();
        var i = 0;
        while (i < s.Length)
        {
            var rest = s.AsSpan(i);
            var prev = i == 0 ? '\0' : s[i - 1];
            var end = s.Length - i;
            if (rest.StartsWith("shch")) { sb.Append('щ'); i += 4; continue; }
            if (rest.StartsWith("zh")) { sb.Append('ж'); i += 2; continue; }
            if (rest.StartsWith("kh")) { sb.Append('х'); i += 2; continue; }
            if (rest.StartsWith("ts")) { sb.Append('ц'); i += 2; continue; }
            if (rest.StartsWith("ch")) { sb.Append('ч'); i += 2; continue; }
            if (rest.StartsWith("sh")) { sb.Append('ш'); i += 2; continue; }
            if (rest.StartsWith("yu") || rest.StartsWith("iu")) { sb.Append(i > 0 && !Vowel(prev) && rest[0] == 'y' ? "ью" : "ю"); i += 2; continue; }
            if (rest.StartsWith("ya") || (rest.StartsWith("ia") && i > 0 && end == 2)) { sb.Append(i > 0 && !Vowel(prev) && rest[0] == 'y' ? "ья" : rest[0] == 'i' ? "ия" : "я"); i += 2; continue; }
            if (rest.StartsWith("ye")) { sb.Append(i > 0 && !Vowel(prev) ? "ье" : "е"); i += 2; continue; }
            if (rest.StartsWith("yo")) { sb.Append('ё'); i += 2; continue; }
            if (rest.SequenceEqual("iy") || rest.SequenceEqual("ii") || rest.SequenceEqual("ij")) { sb.Append("ий"); i += 2; continue; }
            if (rest.SequenceEqual("yy") || rest.SequenceEqual("yi")) { sb.Append("ый"); i += 2; continue; }
            var c = s[i];
            if (c == 'y')
            {
                // After a vowel: й (Sergey); at the end after a consonant: -ий (Dmitry, Yury); between consonants: ы.
                sb.Append(i > 0 && Vowel(prev) ? "й" : end == 1 ? "ий" : "ы");
                i++;
                continue;
            }
            if (c == 'i' && end == 1 && i > 0 && Vowel(prev)) { sb.Append('й'); i++; continue; }
            if (c == 'e' && i == 0 && s.Length > 1 && s[1] is 'd' or 'l' or 'm' or 'r' && s.Length > 3 && s[2] is 'u' or 'g' or 'i' or 'n') { sb.Append('э'); i++; continue; }
            sb.Append(c switch
            {
                'a' => "а", 'b' => "б", 'v' or 'w' => "в", 'g' => "г", 'd' => "д", 'e' => "е", 'z' => "з", 'i' => "и", 'j' => "й",
                'k' or 'c' or 'q' => "к", 'l' => "л", 'm' => "м", 'n' => "н", 'o' => "о", 'p' => "п", 'r' => "р", 's' => "с",
                't' => "т", 'u' => "у", 'f' => "ф", 'h' => "х", 'x' => "кс", '\'' => "ь", _ => "",
            });
            i++;
        }
        return sb.ToString();
    }

    /// <summary>A Cyrillic name part (lower case) romanised by <paramref name="system"/> (one of <see cref="Systems"/>), capitalised.</summary>
    public static string Romanise(string cyrillic, string system)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < cyrillic.Length; i++)
        {
            var c = cyrillic[i];
            var prev = i == 0 ? '\0' : cyrillic[i - 1];
            var next = i + 1 < cyrillic.Length ? cyrillic[i + 1] : '\0';
            var afterVowel = i == 0 || "аеёиоуыэюяьъй".Contains(prev, StringComparison.Ordinal);
            sb.Append(Letter(c, system, afterVowel, prev, next));
        }
        var r = sb.ToString();
        if (system == "french" && r.EndsWith("ii", StringComparison.Ordinal)) r = r[..^2] + "i";
        if (system == "german" && r.EndsWith("ij", StringComparison.Ordinal)) r = r[..^2] + "i";
        return r.Length == 0 ? r : char.ToUpperInvariant(r[0]) + r[1..];
    }

    private static string Letter(char c, string sys, bool afterVowel, char prev, char next) => (sys, c) switch
    {
        (_, 'а') => "a", (_, 'б') => "b", ("german", 'в') => "w", (_, 'в') => "v",
        (_, 'г') => "g", (_, 'д') => "d",
        ("bgn", 'е') => afterVowel ? "ye" : "e", ("french", 'е') => afterVowel ? "ie" : "e", ("german", 'е') => afterVowel ? "je" : "e",
        (_, 'е') => "e",
        ("bgn", 'ё') => afterVowel ? "yo" : "yo", ("iso9", 'ё') => "ë", ("french", 'ё') => "io", ("german", 'ё') => "jo", (_, 'ё') => "e",
        ("iso9", 'ж') => "ž", ("french", 'ж') => "j", ("german", 'ж') => "sch", (_, 'ж') => "zh",
        ("german", 'з') => "s", (_, 'з') => "z",
        (_, 'и') => "i",
        ("icao", 'й') => "i", ("iso9", 'й') => "j", ("loc", 'й') => "ĭ", ("french", 'й') => "ï", ("german", 'й') => "j", (_, 'й') => "y",
        (_, 'к') => "k", (_, 'л') => "l", (_, 'м') => "m", (_, 'н') => "n", (_, 'о') => "o", (_, 'п') => "p", (_, 'р') => "r",
        ("french", 'с') => afterVowel && prev != '\0' && "аеиоуыэюя".Contains(next, StringComparison.Ordinal) ? "ss" : "s",
        ("german", 'с') => afterVowel && prev != '\0' && "аеиоуыэюя".Contains(next, StringComparison.Ordinal) ? "ss" : "s",
        (_, 'с') => "s",
        (_, 'т') => "t",
        ("french", 'у') => "ou", (_, 'у') => "u",
        (_, 'ф') => "f",
        ("iso9", 'х') => "h", ("german", 'х') => "ch", (_, 'х') => "kh",
        ("iso9", 'ц') => "c", ("german", 'ц') => "z", (_, 'ц') => "ts",
        ("iso9", 'ч') => "č", ("french", 'ч') => "tch", ("german", 'ч') => "tsch", (_, 'ч') => "ch",
        ("iso9", 'ш') => "š", ("french", 'ш') => "ch", ("german", 'ш') => "sch", (_, 'ш') => "sh",
        ("iso9", 'щ') => "ŝ", ("french", 'щ') => "chtch", ("german", 'щ') => "schtsch", (_, 'щ') => "shch",
        ("icao", 'ъ') => "ie", ("iso9", 'ъ') => "ʺ", (_, 'ъ') => "",
        (_, 'ы') => "y",
        ("bgn", 'ь') => "'", ("iso9", 'ь') => "ʹ", ("loc", 'ь') => "ʹ", (_, 'ь') => "",
        ("iso9", 'э') => "è", (_, 'э') => "e",
        ("icao", 'ю') => "iu", ("iso9", 'ю') => "û", ("loc", 'ю') => "iu", ("french", 'ю') => "iou", ("german", 'ю') => "ju", (_, 'ю') => "yu",
        ("icao", 'я') => "ia", ("iso9", 'я') => "â", ("loc", 'я') => "ia", ("french", 'я') => "ia", ("german", 'я') => "ja", (_, 'я') => "ya",
        _ => c.ToString(),
    };
}
