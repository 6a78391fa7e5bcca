namespace Gateway.Screening.Scoring;

/// One traveller name part aligned with one list name part.
public sealed record AlignedPart(string Query, string List, double Similarity, MatchKind How, double Weight, bool FamilyName);

/// A change to the name score from the other facts.
public sealed record Adjustment(string Reason, double Delta);

/// What the officer sees: which list name matched, how each part aligned, what was left over, and why the score moved.
public sealed record Explanation(
    string MatchedName,
    IReadOnlyList<AlignedPart> Aligned,
    IReadOnlyList<string> UnmatchedQuery,
    IReadOnlyList<string> UnmatchedList,
    double NameScore,
    IReadOnlyList<Adjustment> Adjustments,
    string? Document);
