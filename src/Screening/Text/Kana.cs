using System.Text;

namespace Gateway.Screening.Text;

/// Hiragana and katakana to modified Hepburn, as Japanese passports write names: long vowels unmarked (ō → o, ー
/// dropped; the spelling with the vowel doubled is kept as a second form), ッ doubles the next consonant (ch → tch),
/// ン is n, small ャュョ join the syllable before (キョ → kyo), small ァィゥェォ replace its vowel (ティ → ti, ファ → fa).
/// One token per kana run (a space or ・ separates name parts). Kanji names have no reading without a dictionary: not
/// romanised (see <see cref="Han"/>).
internal static class Kana
{
    // Katakana U+30A1..U+30F6 in order; "" for the small letters handled apart.
    private static readonly string[] Syllables =
    [
        "a", "a", "i", "i", "u", "u", "e", "e", "o", "o",
        "ka", "ga", "ki", "gi", "ku", "gu", "ke", "ge", "ko", "go",
        "sa", "za", "shi", "ji", "su", "zu", "se", "ze", "so", "zo",
        "ta", "da", "chi", "ji", "", "tsu", "zu", "te", "de", "to", "do",
        "na", "ni", "nu", "ne", "no",
        "ha", "ba", "pa", "hi", "bi", "pi", "fu", "bu", "pu", "he", "be", "pe", "ho", "bo", "po",
        "ma", "mi", "mu", "me", "mo",
        "ya", "ya", "yu", "yu", "yo", "yo",
        "ra", "ri", "ru", "re", "ro",
        "wa", "wa", "i", "e", "o", "n", "vu", "ka", "ke",
    ];

    public static bool IsKana(char c) => c is >= '\u3041' and <= '\u3096' or >= '\u30A1' and <= '\u30FA' or '\u30FC' or '\u30FD' or '\u30FE' or '\u309D' or '\u309E';

    public static string[][] Romanise(ReadOnlySpan<char> run)
    {
        var doubled = new StringBuilder(run.Length * 2);
        var plain = new StringBuilder(run.Length * 2);
        var geminate = false;
        for (var i = 0; i < run.Length; i++)
        {
            var c = run[i];
            if (c is >= '\u3041' and <= '\u3096') c = (char)(c + 0x60); // hiragana → katakana
            if (c == 'ー')
            {
                // Long vowel: unmarked in passports; the doubled spelling is the second form.
                if (doubled.Length > 0 && "aeiou".Contains(doubled[^1], StringComparison.Ordinal)) doubled.Append(doubled[^1]);
                continue;
            }
            if (c == 'ッ') { geminate = true; continue; }
            if (c is 'ャ' or 'ュ' or 'ョ' && plain.Length > 0)
            {
                var y = c == 'ャ' ? "a" : c == 'ュ' ? "u" : "o";
                Glide(plain, y);
                Glide(doubled, y);
                continue;
            }
            if (c is 'ァ' or 'ィ' or 'ゥ' or 'ェ' or 'ォ' && plain.Length > 0)
            {
                var v = c switch { 'ァ' => "a", 'ィ' => "i", 'ゥ' => "u", 'ェ' => "e", _ => "o" };
                Replace(plain, v);
                Replace(doubled, v);
                continue;
            }
            if (c is < '\u30A1' or > '\u30F6') continue;
            var s = Syllables[c - '\u30A1'];
            if (s.Length == 0) continue;
            if (geminate && s[0] is not ('a' or 'e' or 'i' or 'o' or 'u' or 'n'))
            {
                var g = s.StartsWith("ch", StringComparison.Ordinal) ? 't' : s[0];
                plain.Append(g);
                doubled.Append(g);
            }
            geminate = false;
            // Long ou/oo are written o in passports (Satou → Sato); the plain form drops the second vowel.
            if (s == "u" && plain.Length > 0 && plain[^1] == 'o') { doubled.Append(s); continue; }
            plain.Append(s);
            doubled.Append(s);
        }
        if (plain.Length == 0) return [];
        var a = plain.ToString();
        var b = doubled.ToString();
        return [a == b ? [a] : [a, b]];
    }

    // キョ: ki + yo → kyo; シャ: shi + ya → sha; チュ: chi + yu → chu; ジョ: ji + yo → jo.
    private static void Glide(StringBuilder sb, string vowel)
    {
        if (sb.Length == 0) return;
        if (sb[^1] == 'i') sb.Length--;
        var sh = sb.Length >= 2 && (sb[^1] == 'h' && sb[^2] is 's' or 'c') || sb.Length >= 1 && sb[^1] == 'j';
        sb.Append(sh ? vowel : "y" + vowel);
    }

    // ファ: fu + a → fa; ティ: te + i → ti; ウィ: u + i → wi.
    private static void Replace(StringBuilder sb, string vowel)
    {
        if (sb.Length == 0) return;
        if (sb.Length == 1 && sb[0] == 'u') { sb.Clear(); sb.Append('w').Append(vowel); return; }
        if (sb[^1] is 'a' or 'e' or 'i' or 'o' or 'u') sb.Length--;
        sb.Append(vowel);
    }
}
