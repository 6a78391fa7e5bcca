using Gateway.Screening.Scoring;

namespace Gateway.Screening.Model;

/// One list entry that matched a traveller, with the explanation the officer sees.
public sealed record Hit(
    string List,
    ListKind Kind,
    string Reference,
    double Score,
    Band Band,
    HitConsequence Consequence,
    Explanation Why);

/// The answer for one traveller, all from one index snapshot (<see cref="Snapshot"/> says which).
public sealed record ScreeningResult(IReadOnlyList<Hit> Hits, long Snapshot, int Candidates);
