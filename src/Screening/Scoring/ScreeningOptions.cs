namespace Gateway.Screening.Scoring;

/// Thresholds and weights of the screening. The gateway binds them from configuration section <c>Gateway:Screening</c>
/// (environment: <c>Gateway__Screening__HoldThreshold</c>…); see docs/SCREENING.md.
public sealed class ScreeningOptions
{
    /// A nickname CSV (name1,relationship,name2) loaded by the host instead of the built-in table; null: built-in.
    public string? NicknamesPath { get; set; }

    /// At or above: hold (do not board / stop at the counter) pending an officer.
    public double HoldThreshold { get; set; } = 0.95;

    /// At or above: officer review.
    public double ReviewThreshold { get; set; } = 0.85;

    /// At or above: secondary (logged, shown in the traveller's record).
    public double SecondaryThreshold { get; set; } = 0.70;

    /// Weight of a list part marked as the family name.
    public double FamilyNameWeight { get; set; } = 1.3;

    /// Weight of a traveller's name part the list name lacks (logic-v2: 0.8).
    public double UnmatchedQueryWeight { get; set; } = 0.8;

    /// Weight of a traveller's middle name or patronymic the list name lacks (Sergei Ivanovich Petrov against Sergei
    /// Petrov: Russian passports carry the patronymic, lists often do not): a part between two matched parts, or one
    /// with a patronymic ending (-ovich, -evna, -ogly…).
    public double UnmatchedMiddleWeight { get; set; } = 0.3;

    /// Weight of a list name part the traveller's name lacks (logic-v2: 0.2).
    public double UnmatchedListWeight { get; set; } = 0.2;

    /// Weight of particles (al, bin, van, de…) and of initials.
    public double ParticleWeight { get; set; } = 0.3;

    public double InitialWeight { get; set; } = 0.5;

    /// How much a common name part (Muhammad, Ali) counts relative to a rare one.
    public double CommonPartWeight { get; set; } = 0.5;

    /// Aliases the list marks weak or low quality.
    public double WeakAliasFactor { get; set; } = 0.9;

    public double BirthDateExactBonus { get; set; } = 0.05;

    /// Both sides give a full date, the years agree within the gate, but the dates differ.
    public double BirthDateDifferentPenalty { get; set; } = 0.10;

    public double SexMismatchPenalty { get; set; } = 0.2;

    public double NationalityMismatchPenalty { get; set; } = 0.1;

    /// Candidates scored per traveller after blocking and the birth-year gate.
    public int MaxCandidates { get; set; } = 24;

    /// Candidates whose key evidence is below this share of the best candidate's are not scored.
    public double CandidateScoreRatio { get; set; } = 0.5;

    /// A single-token key whose posting list is longer than this is too common to block on; pairs are used instead.
    public int CommonKeyPostings { get; set; } = 500;

    /// A one-edit delete key this common comes from a common name (Maria/Mario): its typo evidence is noise.
    public int CommonDeletePostings { get; set; } = 300;

    /// What is wrong with these settings, or null when they are usable. Checked at start-up: a wrong threshold would
    /// silently change who is held.
    public string? Problem()
    {
        if (!(SecondaryThreshold > 0 && SecondaryThreshold <= ReviewThreshold && ReviewThreshold <= HoldThreshold && HoldThreshold <= 1))
            return $"thresholds must satisfy 0 < SecondaryThreshold ({SecondaryThreshold}) <= ReviewThreshold ({ReviewThreshold}) <= HoldThreshold ({HoldThreshold}) <= 1";
        if (MaxCandidates is < 1 or > 256) return $"MaxCandidates ({MaxCandidates}) must be between 1 and 256";
        if (CandidateScoreRatio is < 0 or > 1) return $"CandidateScoreRatio ({CandidateScoreRatio}) must be between 0 and 1";
        if (CommonKeyPostings < 1 || CommonDeletePostings < 1) return $"CommonKeyPostings ({CommonKeyPostings}) and CommonDeletePostings ({CommonDeletePostings}) must be at least 1";
        foreach (var (name, value) in new[]
        {
            (nameof(FamilyNameWeight), FamilyNameWeight), (nameof(UnmatchedQueryWeight), UnmatchedQueryWeight), (nameof(UnmatchedMiddleWeight), UnmatchedMiddleWeight),
            (nameof(UnmatchedListWeight), UnmatchedListWeight), (nameof(ParticleWeight), ParticleWeight), (nameof(InitialWeight), InitialWeight),
            (nameof(CommonPartWeight), CommonPartWeight), (nameof(WeakAliasFactor), WeakAliasFactor), (nameof(BirthDateExactBonus), BirthDateExactBonus),
            (nameof(BirthDateDifferentPenalty), BirthDateDifferentPenalty), (nameof(SexMismatchPenalty), SexMismatchPenalty),
            (nameof(NationalityMismatchPenalty), NationalityMismatchPenalty),
        })
        {
            if (value < 0 || double.IsNaN(value)) return $"{name} ({value}) must not be negative";
        }
        return null;
    }

    public Band BandOf(double score) =>
        score >= HoldThreshold ? Band.Hold : score >= ReviewThreshold ? Band.Review : score >= SecondaryThreshold ? Band.Secondary : Band.None;
}

public enum Band
{
    None,
    Secondary,
    Review,
    Hold,
}
