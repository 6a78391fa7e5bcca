namespace Gateway.Screening.Text;

/// Per-character romanisation to lower-case ASCII, following ICAO Doc 9303 Part 3 (MRZ transliteration) for Latin
/// letters with diacritics, Cyrillic and Greek. Where ICAO and common practice differ (Ü→UE or U, Я→IA or YA),
/// <see cref="Alternate"/> gives the second spelling so both are kept.
internal static class Transliteration
{
    /// ICAO spelling, or null when the character is not special (plain ASCII, or handled by Unicode decomposition).
    public static string? Icao(char c) => c switch
    {
        'ä' => "ae", 'ö' => "oe", 'ü' => "ue", 'ß' => "ss", 'å' => "aa", 'æ' => "ae", 'ø' => "oe", 'œ' => "oe",
        // ISO 9 / GOST 7.79 and Library of Congress letters for Cyrillic (and Czech, Slovak, Baltic letters, which
        // ICAO writes without the mark): the alternate is the English-style spelling of the same Cyrillic letter.
        'č' => "c", 'š' => "s", 'ž' => "z", 'ŝ' => "s", 'ĭ' => "i", 'ï' => "i", 'ë' => "e", 'â' => "a", 'û' => "u",
        'þ' => "th", 'ð' => "d", 'đ' => "d", 'ł' => "l", 'ı' => "i", 'ĳ' => "ij", 'ħ' => "h", 'ŧ' => "t", 'ŋ' => "n",
        // Cyrillic (Russian, Ukrainian, Belarusian, Serbian, Macedonian, Bulgarian).
        'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'д' => "d", 'е' => "e", 'ё' => "e", 'ж' => "zh", 'з' => "z",
        'и' => "i", 'й' => "i", 'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r",
        'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh",
        'щ' => "shch", 'ъ' => "ie", 'ы' => "y", 'ь' => "", 'э' => "e", 'ю' => "iu", 'я' => "ia",
        'є' => "ie", 'і' => "i", 'ї' => "i", 'ґ' => "g", 'ў' => "u", 'ђ' => "d", 'ј' => "j", 'љ' => "lj",
        'њ' => "nj", 'ћ' => "c", 'џ' => "dz", 'ѓ' => "g", 'ќ' => "k", 'ѕ' => "dz",
        // Greek (ICAO 9303 / ELOT 743 for passports).
        'α' => "a", 'β' => "v", 'γ' => "g", 'δ' => "d", 'ε' => "e", 'ζ' => "z", 'η' => "i", 'θ' => "th", 'ι' => "i",
        'κ' => "k", 'λ' => "l", 'μ' => "m", 'ν' => "n", 'ξ' => "x", 'ο' => "o", 'π' => "p", 'ρ' => "r", 'σ' => "s",
        'ς' => "s", 'τ' => "t", 'υ' => "y", 'φ' => "f", 'χ' => "ch", 'ψ' => "ps", 'ω' => "o",
        'ά' => "a", 'έ' => "e", 'ή' => "i", 'ί' => "i", 'ό' => "o", 'ύ' => "y", 'ώ' => "o", 'ϊ' => "i", 'ϋ' => "y", 'ΐ' => "i", 'ΰ' => "y",
        _ => null,
    };

    /// The second spelling lists and travellers also use, or null when there is only one.
    public static string? Alternate(char c) => c switch
    {
        'ä' => "a", 'ö' => "o", 'ü' => "u", 'å' => "a", 'ø' => "o",
        'č' => "ch", 'š' => "sh", 'ž' => "zh", 'ŝ' => "shch", 'ĭ' => "y", 'ï' => "y", 'ë' => "yo", 'â' => "ya", 'û' => "yu",
        'й' => "y", 'ю' => "yu", 'я' => "ya", 'ё' => "yo", 'х' => "h", 'ъ' => "", 'ц' => "c", 'є' => "ye", 'ї' => "yi",
        'ж' => "j", 'ы' => "i",
        'χ' => "h", 'η' => "e", 'υ' => "i", 'β' => "b",
        _ => null,
    };

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    public static bool IsGreek(char c) => c is >= '\u0370' and <= '\u03FF';
}
