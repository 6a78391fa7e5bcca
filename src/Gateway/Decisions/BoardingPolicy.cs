using Gateway.Options;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;

namespace Gateway.Decisions;

/// <summary>
/// The boarding decision table (docs/DECISIONS.md). In order of precedence:
/// 1Z do not board — a hold-band hit on a list whose consequence applies in this direction (entry ban inbound, Act 11;
///    departure ban outbound, Act 4; lost or stolen document, Act 73), an expired or not yet valid document (Act 73),
///    or a foreigner of a visa-requiring nationality without a visa (Act 7);
/// 4Z insufficient data — an error finding on the traveller's Decree 87(2) data;
/// 2Z advisory — a review-band hit, or a hold-band hit on a list an officer must decide (sanctions, wanted);
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
            var reason = new DecisionReason(HitCode(hit.Kind), Article(hit.Kind), Describe(hit), hit.List, hit.Reference, hit.Score);
            bool applies = hit.Consequence switch
            {
                HitConsequence.InboundDoNotBoard => direction == TravelDirection.Arrival,
                HitConsequence.OutboundDoNotBoard => direction == TravelDirection.Departure,
                HitConsequence.DocumentInvalid => true,
                _ => false,
            };
            if (hit.Band == Band.Hold && applies) doNotBoard.Add(reason);
            else if (hit.Band is Band.Hold or Band.Review && (applies || hit.Consequence == HitConsequence.OfficerReview)) advisory.Add(reason);
        }

        var missing = new List<DecisionReason>();
        foreach (var f in report.Findings)
        {
            if (f.TravellerIndex != index) continue;
            if (f.Code is "A73-DOC-EXPIRED" or "A73-DOC-NOT-YET-VALID")
            {
                doNotBoard.Add(new DecisionReason("DOC-NOT-VALID", f.Article, f.Message, Reference: f.Code));
            }
            else if (f.Severity == Severity.Error && f.Article.StartsWith("Decree 87(2)", StringComparison.Ordinal))
            {
                missing.Add(new DecisionReason("DATA-INSUFFICIENT", f.Article, f.Message, Reference: f.Code));
            }
        }

        if (direction == TravelDirection.Arrival && !traveller.IsCrew && traveller.Nationality is { } nat
            && nat != "KOR" && _visaRequired.Contains(nat) && !HasVisa(traveller))
        {
            doNotBoard.Add(new DecisionReason("VISA-MISSING", "Act 7", $"a national of {nat} needs a visa (travel document type V) to enter Korea"));
        }

        if (doNotBoard.Count > 0) return new BoardingDecision(BoardingCodes.DoNotBoard, ValueList.Of([.. doNotBoard]));
        if (missing.Count > 0) return new BoardingDecision(BoardingCodes.InsufficientData, ValueList.Of([.. missing]));
        if (advisory.Count > 0) return new BoardingDecision(BoardingCodes.Advisory, ValueList.Of([.. advisory]));
        return new BoardingDecision(BoardingCodes.Board, ValueList<DecisionReason>.Empty);
    }

    private static bool HasVisa(Traveller t)
    {
        foreach (var d in t.Documents) if (d.Type == "V") return true;
        return false;
    }

    internal static string HitCode(ListKind kind) => "HIT-" + kind.Code().ToUpperInvariant();

    internal static string Article(ListKind kind) => kind switch
    {
        ListKind.EntryBan => "Act 11",
        ListKind.DepartureBan => "Act 4",
        ListKind.LostStolen => "Act 73",
        _ => "Act 73-2",
    };

    internal static string Describe(Hit hit) =>
        $"{hit.Band.ToString().ToLowerInvariant()}-band match ({hit.Score:0.00}) on {hit.Kind.Code()} list {hit.List}, entry {hit.Reference}";
}
