using Gateway.Domain.Decisions;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;

namespace Gateway.UnitTests.Decisions;

/// <summary>
/// One row of the boarding decision table put to the test: a traveller, the report's findings and the hits, and the code,
/// first reason, ground and carrier's duty expected. <see cref="Confirmed"/> cases go through the hit review's path (the hits
/// are the ones an officer confirmed).
/// </summary>
public sealed record BoardingCase(string Why, string Code, string? Reason, string? Ground, string? Duty, TravelDirection Direction,
    Traveller Traveller, IReadOnlyList<Hit> Hits, IReadOnlyList<Finding> Findings, bool Confirmed = false)
{
    private static readonly BoardingPolicy Policy = new(new DecisionOptions { VisaRequired = ["AFG"] });

    /// <summary>Decides the case as the gateway does: the hit review's confirmed decision, else the boarding policy.</summary>
    public BoardingDecision Decide()
    {
        if (Confirmed && BoardingPolicy.Confirmed(Hits.Select(h => (h.Kind, h.List, h.Reference, h.Score)), Direction, Traveller.Nationality) is { } d)
            return d;
        var report = new ValidationReport(ReportOutcome.Accepted, ValueList.Of([.. Findings]), null, ValueList<ZoneAssumption>.Empty,
            ValueList<ReportHistoryEntry>.Empty);
        return Policy.Decide(Traveller, 0, report, Hits, Direction);
    }

    public override string ToString() => Why;

    internal static Traveller Person(string nationality, bool crew = false, bool visa = false) =>
        new(crew ? TravellerRoles.Crew : TravellerRoles.Passenger, new PersonName("DOE", ValueList.Of("JANE")), "F", null, nationality, null,
            ValueList<QualifiedPlace>.Empty, ValueList<Reference>.Empty, null, null,
            ValueList.Of([new TravelDocument("P", "X1234567", null, null, nationality), .. visa ? [new TravelDocument("V", "V7654321", null, null, "KOR")] : Array.Empty<TravelDocument>()]),
            null);

    internal static Hit On(ListKind kind, Band band) =>
        new(kind.Code() + "-list", kind, "REF-" + kind.Code(), band == Band.Hold ? 0.97 : band == Band.Review ? 0.88 : 0.75, band, kind.Consequence(),
            new Explanation("DOE, JANE", [], [], [], 0.9, [], null));

    internal static Finding Error(string code, string article, int traveller = 0, Severity severity = Severity.Error) =>
        new(code, severity, article, $"travellers[{traveller}]", traveller, "DOE, JANE", code + " found", code + " 발견");
}
