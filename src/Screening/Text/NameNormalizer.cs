using System.Text;

namespace Gateway.Screening.Text;

/// Turns a name as written, in any script, into tokens: case folding, diacritics, ICAO 9303 transliteration with both
/// umlaut spellings, Cyrillic and Greek, Hangul (RR, MR and passport surname spellings), titles dropped, particles marked.
/// Thread-safe when no token cache is used; the index builder passes a cache so equal tokens share one object.
public sealed class NameNormalizer
{
    // Base letters for U+00C0–U+024F (lower case), '?' where there is none; special letters are in Transliteration.
    private const string LatinBase =
        "aaaaaa?ceeeeiiii?nooooo??uuuuy??aaaaaa?ceeeeiiii?nooooo??uuuuy?yaaaaaaccccccccdd??eeeeeeeeeegggggggghh??iiiiiiiii?iijjkk?llllllll??nnnnnnn??oooooo??rrrrrrsssssssstttt??uuuuuuuuuuuuwwyyyzzzzzzs????????????????????????????????oo?????????????uu???????????????????dddlllnnnaaiioouuuuuuuuuu?aaaa????ggkkoooo??jdddgg??nnaa????aaaaeeeeiiiioooorrrruuuusstt??hh??????aaeeooooooooyy????????????????????????????";

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "miss", "dr", "prof", "sheikh", "shaykh", "sheik", "haji", "hajji", "alhaj", "alhajji",
        "mullah", "mulla", "maulana", "maulvi", "mawlawi", "qari", "sir", "madame", "mme", "mlle", "herr", "frau",
    };

    // Legal forms stuck to a person's name (a data-entry habit, or a sole trader's firm name): dropped like titles.
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "llc", "ltd", "limited", "inc", "incorporated", "gmbh", "ooo", "zao", "oao", "pao", "ojsc", "cjsc", "pjsc", "jsc",
        "plc", "llp", "corp", "corporation", "co", "sarl", "srl", "spa", "bv", "nv", "ag", "lp", "fze", "fzco",
    };

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "al", "el", "ul", "bin", "ben", "ibn", "bint", "abu", "abd", "ould", "van", "von", "de", "da", "dos", "das",
        "do", "der", "den", "la", "le", "du", "di", "del", "della", "ter", "ten", "y", "e",
    };

    private readonly Dictionary<string, NameToken>? _cache;
    private readonly List<NameToken> _interned = [];

    /// Interned tokens by <see cref="NameToken.Id"/> − 1 (index build only).
    internal IReadOnlyList<NameToken> Interned => _interned;

    public NameNormalizer(bool cacheTokens = false)
    {
        if (cacheTokens) _cache = new Dictionary<string, NameToken>(StringComparer.Ordinal);
    }

    public static bool IsParticle(string token) => Particles.Contains(token);

    /// Whether the name is written (partly) in Arabic, Han or Kana, whose romanisation here is a rule-based guess.
    public static bool IsRomanisedByRule(string name)
    {
        foreach (var c in name) if (Arabic.IsArabic(c) || Han.IsHan(c) || Kana.IsKana(c)) return true;
        return false;
    }

    public NormalizedName Normalize(string full, string? surname = null)
    {
        var tokens = new List<NameToken>(6);
        Tokenize(full, tokens);
        ulong mask = 0;
        if (!string.IsNullOrWhiteSpace(surname))
        {
            var sur = new List<NameToken>(3);
            Tokenize(surname, sur);
            for (var i = 0; i < tokens.Count && i < 64; i++)
            {
                foreach (var s in sur)
                {
                    if (!s.Particle && ReferenceEquals(s.Primary, tokens[i].Primary) || s.Primary == tokens[i].Primary) { mask |= 1UL << i; break; }
                }
            }
        }
        return new NormalizedName([.. tokens], mask);
    }

    private void Tokenize(string text, List<NameToken> output)
    {
        // Greek ΟΥ is one sound, OU in ICAO 9303 (Παπαδόπουλος → PAPADOPOULOS).
        if (text.Contains('υ', StringComparison.Ordinal) || text.Contains('Υ', StringComparison.Ordinal))
            text = text.Replace("ου", "ou", StringComparison.Ordinal).Replace("ού", "ou", StringComparison.Ordinal)
                .Replace("ΟΥ", "OU", StringComparison.Ordinal).Replace("Ου", "Ou", StringComparison.Ordinal);
        // "S.A." (société anonyme) would read as two initials; "SA" alone is also a name (Sá).
        if (text.Contains('.', StringComparison.Ordinal)) text = text.Replace("S.A.", " ", StringComparison.OrdinalIgnoreCase);
        var icao = new StringBuilder(16);
        var alt = new StringBuilder(16);
        var hasAlt = false;
        var fromScript = false;
        var i = 0;
        void Flush()
        {
            if (icao.Length > 0 || alt.Length > 0) Emit(icao.ToString(), hasAlt ? alt.ToString() : null, fromScript, output);
            icao.Clear();
            alt.Clear();
            hasAlt = false;
            fromScript = false;
        }
        while (i < text.Length)
        {
            var c = text[i];
            if (Hangul.IsSyllable(c))
            {
                Flush();
                var start = i;
                while (i < text.Length && Hangul.IsSyllable(text[i])) i++;
                EmitHangul(text.AsSpan(start, i - start), output);
                continue;
            }
            if (Arabic.IsArabic(c) || Kana.IsKana(c) || Han.IsHan(c))
            {
                Flush();
                var start = i;
                var arabic = Arabic.IsArabic(c);
                var kana = Kana.IsKana(c);
                while (i < text.Length && (arabic ? Arabic.IsArabic(text[i]) : kana ? Kana.IsKana(text[i]) : Han.IsHan(text[i]))) i++;
                var run = text.AsSpan(start, i - start);
                if (arabic) EmitArabic(run, output);
                else EmitEastAsian(run, output);
                continue;
            }
            i++;
            if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0); // full-width forms (NFKC)
            // Ayn/hamza marks, apostrophes and the primes of ISO 9 / Library of Congress soft and hard signs join.
            if (c is '\'' or '’' or '‘' or 'ʼ' or 'ʻ' or '`' or '´' or 'ʿ' or 'ʾ' or 'ʹ' or 'ʺ' or '″' or '′') continue;
            c = char.ToLowerInvariant(c);
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                icao.Append(c);
                alt.Append(c);
                continue;
            }
            if (c < 0x80 || char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                Flush();
                continue;
            }
            var special = Transliteration.Icao(c);
            if (special is not null)
            {
                icao.Append(special);
                var a = Transliteration.Alternate(c);
                if (a is not null) hasAlt = true;
                alt.Append(a ?? special);
                fromScript |= Transliteration.IsCyrillic(c) || Transliteration.IsGreek(c);
                continue;
            }
            if (c is >= '\u00C0' and <= '\u024F')
            {
                var b = LatinBase[c - 0xC0];
                if (b != '?') { icao.Append(b); alt.Append(b); }
                continue;
            }
            if (char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            // Scripts without an unambiguous romanisation (Arabic, Han, Kana, Hebrew…) are not guessed: the list's own
            // Latin aliases carry those names. The characters separate tokens.
            Flush();
        }
        Flush();
    }

    private void Emit(string icao, string? alt, bool fromScript, List<NameToken> output)
    {
        if (Titles.Contains(icao) || LegalForms.Contains(icao)) return;
        // The cache key is only built when caching (index build); a query allocates no key.
        string? key = null;
        if (_cache is not null)
        {
            key = (fromScript ? "~" : "") + (alt is null ? icao : icao + "|" + alt);
            if (_cache.TryGetValue(key, out var cached)) { output.Add(cached); return; }
        }
        string[] forms;
        var group = icao.Length >= 2 && !Particles.Contains(icao) ? Hangul.SurnameGroup(icao) : null;
        if (group is not null)
        {
            forms = group;
        }
        else
        {
            forms = alt is null || alt == icao || alt.Length == 0 ? [icao] : [alt, icao];
            // A German or French spelling of a Slavic name also carries its English/ICAO spelling.
            if (!fromScript && SlavicSpelling.Respell(forms[^1]) is { } respelt && Array.IndexOf(forms, respelt) < 0) forms = [.. forms, respelt];
        }
        var token = new NameToken(forms, Particles.Contains(icao), fromScript);
        if (key is not null)
        {
            _cache!.Add(key, token);
            _interned.Add(token);
            token.Id = _interned.Count;
        }
        output.Add(token);
    }

    private void EmitHangul(ReadOnlySpan<char> run, List<NameToken> output)
    {
        // A Korean personal name written together (김정은): a one-syllable surname, then given-name syllables, which
        // Latin spellings write as separate parts (KIM JONG UN, Kim Jong-un). Other runs are loanwords: one token.
        var korean = run.Length is >= 2 and <= 4 && Hangul.SurnameGroup(Hangul.Romanise(run[..1])[0]) is not null;
        if (!korean)
        {
            output.Add(HangulToken(run));
            return;
        }
        for (var i = 0; i < run.Length; i++) output.Add(HangulToken(run.Slice(i, 1)));
    }

    private void EmitArabic(ReadOnlySpan<char> run, List<NameToken> output)
    {
        // Arabic punctuation (، ؛ ؟) and digits separate words like spaces.
        var folded = Arabic.Fold(run);
        foreach (var word in folded.Split(['،', '؛', '؟', '٫', '٬', '۔'], StringSplitOptions.RemoveEmptyEntries))
        {
            // Not marked as romanised from a script: Arabic spellings keep their first consonant, so the looser
            // rules for romanised parts (any first letter for a sound match, deletes of every spelling) would only add
            // false alerts (measured: secondary-band alerts on the negatives doubled with them).
            foreach (var forms in Arabic.Romanise(word)) output.Add(ScriptToken(forms, fromScript: false, consonantal: true));
        }
    }

    private void EmitEastAsian(ReadOnlySpan<char> run, List<NameToken> output)
    {
        if (Kana.IsKana(run[0]))
        {
            foreach (var forms in Kana.Romanise(run)) output.Add(ScriptToken(forms, fromScript: true));
            return;
        }
        foreach (var forms in Han.Romanise(run)) output.Add(ScriptToken(forms, fromScript: true, exactOnly: true));
    }

    private NameToken ScriptToken(string[] forms, bool fromScript, bool exactOnly = false, bool consonantal = false)
    {
        var key = (exactOnly ? "!" : fromScript ? "~" : consonantal ? "%" : "=") + string.Join('|', forms);
        if (_cache is not null && _cache.TryGetValue(key, out var cached)) return cached;
        var token = new NameToken(forms, Particles.Contains(forms[0]), fromScript) { ExactOnly = exactOnly, Consonantal = consonantal };
        if (_cache is not null)
        {
            _cache.Add(key, token);
            _interned.Add(token);
            token.Id = _interned.Count;
        }
        return token;
    }

    private NameToken HangulToken(ReadOnlySpan<char> run)
    {
        var key = "#" + run.ToString();
        if (_cache is not null && _cache.TryGetValue(key, out var cached)) return cached;
        var token = new NameToken(Hangul.Romanise(run), false, true);
        if (_cache is not null)
        {
            _cache.Add(key, token);
            _interned.Add(token);
            token.Id = _interned.Count;
        }
        return token;
    }
}
