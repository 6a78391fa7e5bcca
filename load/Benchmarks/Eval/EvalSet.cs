using Gateway.Screening.Model;

namespace Gateway.Benchmarks.Eval;

/// <summary>A labelled evaluation set: a list, and queries with the ref they should find (null for true negatives).</summary>
internal sealed record EvalSet(string Name, string Description, IReadOnlyList<WatchList> Lists, IReadOnlyList<EvalQuery> Queries, bool Negative = false);

/// <summary>One query and the list ref it should hit.</summary>
internal sealed record EvalQuery(ScreeningQuery Query, string? Expected);
