namespace Gateway.Screening.Text;

/// One normalised name part. <see cref="Forms"/> holds every spelling the part may take (ICAO umlaut variants,
/// Korean passport spellings, Cyrillic ICAO and common romanisations); Forms[0] is the canonical one used for keys.
/// Tokens are immutable and shared between names (interned at index build).
public sealed class NameToken
{
    public NameToken(string[] forms, bool particle, bool fromScript)
    {
        Forms = forms;
        Particle = particle;
        FromScript = fromScript;
        Skeleton = Text.Skeleton.Of(forms[0]);
        Initial = forms[0].Length == 1;
        LetterSets = new uint[forms.Length];
        for (var i = 0; i < forms.Length; i++) LetterSets[i] = LetterSet(forms[i]);
    }

    /// Which letters (a–z, digits folded onto bit 26) each form contains. Each edit changes this set by at most two
    /// letters, so half the size of two sets' difference bounds their edit distance from below without aligning them.
    internal uint[] LetterSets { get; }

    /// Non-zero for tokens interned at index build (shared by every list name that has the part): lets a traveller's
    /// screening remember a part's similarity once for all the candidates that share it.
    internal int Id { get; set; }

    internal static uint LetterSet(string form)
    {
        uint set = 0;
        foreach (var c in form) set |= c is >= 'a' and <= 'z' ? 1u << (c - 'a') : 1u << 26;
        return set;
    }

    public string[] Forms { get; }

    public string Primary => Forms[0];

    /// Consonant skeleton of the primary form (blocking key, cross-script signal).
    public string Skeleton { get; }

    /// al, bin, van, de…: kept (they carry information) but weighted low.
    public bool Particle { get; }

    /// A single letter, as in "John F Kennedy".
    public bool Initial { get; }

    /// Romanised from a non-Latin script: spelling drift is expected.
    public bool FromScript { get; }

    /// Romanised from Han characters: each syllable is a character, so a one-letter difference is another character
    /// (zheng/zhang), not a typo. Such a part matches only an equal spelling (any of its forms).
    public bool ExactOnly { get; internal init; }

    /// Romanised from Arabic script, which writes no short vowels: compared with Latin parts by <see cref="Consonants"/>.
    public bool Consonantal { get; internal init; }

    /// 0 for a part every name has, 1 for a rare one; set from the list's document frequencies.
    public float Rarity { get; internal set; } = 1f;

    /// Nickname groups of the primary form (set with <see cref="Rarity"/>), so the matcher compares ids, not strings.
    public int[] NicknameGroups { get; internal set; } = [];

    public override string ToString() => Forms.Length == 1 ? Forms[0] : string.Join('|', Forms);
}

/// A normalised name: its tokens in written order and which of them form the family name.
public sealed class NormalizedName(NameToken[] tokens, ulong surnameMask)
{
    public NameToken[] Tokens { get; } = tokens;

    /// Bit i set when token i is (part of) the family name as the list marks it.
    public ulong SurnameMask { get; } = surnameMask;

    public bool IsSurname(int i) => i < 64 && (SurnameMask & (1UL << i)) != 0;

    public override string ToString() => string.Join(' ', Tokens.Select(t => t.ToString()));
}
