using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Screening.Model;

namespace Gateway.Domain.Decisions;

/// <summary>
/// The boarding decision (docs/DECISIONS.md; hits, grounds and duties from <see cref="DecisionTable"/>). In order of precedence:
/// 1Z do not board — a hold-band hit on a list that applies in this direction (entry ban arriving, Act 11; departure ban
///    leaving, Act 4 or Act 29; lost or stolen document, Act 73), an expired or not yet valid document (Act 73),
///    or a foreigner of a visa-requiring nationality without a visa (Act 7);
/// 4Z insufficient data — an error finding on the traveller's Decree 87(2) data;
/// 2Z advisory — a review-band hit on a list that applies, or a hold- or review-band hit on a list an officer decides (sanctions, wanted);
/// 0Z board — otherwise.
/// A banned person is never told to resend data: 1Z outranks 4Z.
/// </summary>
public sealed class BoardingPolicy(DecisionOptions options)
{
    private readonly HashSet<string> _visaRequired = new(options.VisaRequired, StringComparer.Ordinal);

    /// <summary>Decides for the traveller at <paramref name="index"/> (0-based, as in the report's findings).</summary>
    public BoardingDecision Decide(Traveller traveller, int index, ValidationReport report, IReadOnlyList<Hit> hits, TravelDirection direction)
    {
        var doNotBoard = new List<DecisionReason>();
        var advisory = new List<DecisionReason>();
        foreach (var hit in hits)
        {
            var code = DecisionTable.Code(hit.Kind, hit.Band, direction);
            if (code is null) continue;
            (code == BoardingCodes.DoNotBoard ? doNotBoard : advisory).Add(DecisionTable.HitReason(hit, direction, traveller.Nationality));
        }

        var missing = new List<DecisionReason>();
        foreach (var f in report.Findings)
        {
            if (f.TravellerIndex != index) continue;
            if (DecisionTable.BarsTravel(f)) doNotBoard.Add(DecisionTable.DocumentReason(f));
            else if (f.Severity == Severity.Error && f.Article.StartsWith("Decree 87(2)", StringComparison.Ordinal)) missing.Add(DecisionTable.DataReason(f));
        }

        if (direction == TravelDirection.Arrival && !traveller.IsCrew && traveller.Nationality is { } nat
            && nat != "KOR" && _visaRequired.Contains(nat) && !HasVisa(traveller))
        {
            doNotBoard.Add(DecisionTable.VisaReason(nat));
        }

        if (doNotBoard.Count > 0) return new BoardingDecision(BoardingCodes.DoNotBoard, ValueList.Of([.. doNotBoard]));
        if (missing.Count > 0) return new BoardingDecision(BoardingCodes.InsufficientData, ValueList.Of([.. missing]));
        if (advisory.Count > 0) return new BoardingDecision(BoardingCodes.Advisory, ValueList.Of([.. advisory]));
        return new BoardingDecision(BoardingCodes.Board, ValueList<DecisionReason>.Empty);
    }

    /// <summary>
    /// The decision once officers confirmed hits (the hit review): 1Z citing every confirmed hit whose list applies in this
    /// direction, with the ground and duty the policy cites for the same list; null when none applies, and the policy decides
    /// again on the hits still standing.
    /// </summary>
    public static BoardingDecision? Confirmed(IEnumerable<(ListKind Kind, string List, string Reference, double Score)> confirmed,
        TravelDirection direction, string? nationality)
    {
        var reasons = new List<DecisionReason>();
        foreach (var (kind, list, reference, score) in confirmed)
        {
            if (DecisionTable.Applies(kind, direction)) reasons.Add(DecisionTable.ConfirmedReason(kind, list, reference, score, direction, nationality));
        }
        return reasons.Count == 0 ? null : new BoardingDecision(BoardingCodes.DoNotBoard, ValueList.Of([.. reasons]));
    }

    private static bool HasVisa(Traveller t)
    {
        foreach (var d in t.Documents) if (d.Type == "V") return true;
        return false;
    }
}
