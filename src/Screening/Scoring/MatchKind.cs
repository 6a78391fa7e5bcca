namespace Gateway.Screening.Scoring;

/// How two name parts were found to agree; shown to the officer.
public enum MatchKind
{
    None,
    Exact,
    Spelling,
    Initial,
    Nickname,
    Transliteration,
    Sound,
    /// The same consonants, one side written in Arabic script (no short vowels).
    Consonants,
}
