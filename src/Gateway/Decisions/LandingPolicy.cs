using Gateway.Options;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;

namespace Gateway.Decisions;

/// <summary>
/// Landing permits for a vessel's people (docs/DECISIONS.md).
/// Crew landing (Act 14): granted for up to <see cref="DecisionOptions.CrewLandingDays"/> days; refused under an entry ban
/// (Act 11) or without a valid travel document; referred to an officer on a review-band or officer-review hit.
/// Tourist landing (Act 14-2, Decree 18-3): granted to a foreign passenger with a valid passport, of an eligible
/// nationality, not banned, whose carrier's no-return ratio is within the threshold; it lapses when the ship departs.
/// </summary>
public sealed class LandingPolicy(DecisionOptions options)
{
    private readonly HashSet<string> _eligible = new(options.TouristLandingEligible, StringComparer.Ordinal);

    /// <summary>Decides a crew landing permit.</summary>
    public LandingDecision Crew(Traveller t, int index, ValidationReport report, IReadOnlyList<Hit> hits, DateTimeOffset landingFrom)
    {
        var refusals = new List<DecisionReason>();
        var referrals = new List<DecisionReason>();
        Screen(hits, refusals, referrals);
        DocumentValidity(index, report, refusals);
        if (!t.IsCrew) refusals.Add(new DecisionReason("NOT-CREW", "Act 14", "a crew landing permit is only for crew members"));
        return Outcome("crew", refusals, referrals, landingFrom.AddDays(options.CrewLandingDays));
    }

    /// <summary>Decides a tourist landing permit, valid until the ship departs.</summary>
    public LandingDecision Tourist(Traveller t, int index, ValidationReport report, IReadOnlyList<Hit> hits, DateTimeOffset shipDeparts, double carrierNoReturnRatio)
    {
        var refusals = new List<DecisionReason>();
        var referrals = new List<DecisionReason>();
        Screen(hits, refusals, referrals);
        DocumentValidity(index, report, refusals);
        if (t.IsCrew) refusals.Add(new DecisionReason("NOT-PASSENGER", "Act 14-2", "a tourist landing permit is for passengers of the ship"));
        if (t.Nationality == "KOR") refusals.Add(new DecisionReason("NATIONAL", "Act 14-2", "Korean nationals do not need a landing permit"));
        else if (t.Nationality is not { } nat || !_eligible.Contains(nat))
        {
            refusals.Add(new DecisionReason("NATIONALITY-NOT-ELIGIBLE", "Decree 18-3", $"nationality {t.Nationality ?? "(none)"} is not eligible for tourist landing"));
        }
        bool passport = false;
        foreach (var d in t.Documents) if (d.Type.StartsWith('P')) passport = true;
        if (!passport) refusals.Add(new DecisionReason("PASSPORT-MISSING", "Decree 18-3", "a valid passport is required for tourist landing"));
        if (carrierNoReturnRatio > options.NoReturnThreshold)
        {
            refusals.Add(new DecisionReason("CARRIER-NO-RETURN", "Decree 18-3",
                $"the carrier's no-return ratio {carrierNoReturnRatio:P1} exceeds the threshold {options.NoReturnThreshold:P1}"));
        }
        return Outcome("tourist", refusals, referrals, shipDeparts);
    }

    private static void Screen(IReadOnlyList<Hit> hits, List<DecisionReason> refusals, List<DecisionReason> referrals)
    {
        foreach (var hit in hits)
        {
            var reason = new DecisionReason(BoardingPolicy.HitCode(hit.Kind), BoardingPolicy.Article(hit.Kind), BoardingPolicy.Describe(hit), hit.List, hit.Reference, hit.Score);
            bool bars = hit.Consequence is HitConsequence.InboundDoNotBoard or HitConsequence.DocumentInvalid;
            if (hit.Band == Band.Hold && bars) refusals.Add(reason);
            else if (hit.Band is Band.Hold or Band.Review) referrals.Add(reason);
        }
    }

    private static void DocumentValidity(int index, ValidationReport report, List<DecisionReason> refusals)
    {
        foreach (var f in report.Findings)
        {
            if (f.TravellerIndex == index && f.Code is "A73-DOC-EXPIRED" or "A73-DOC-NOT-YET-VALID" or "D87-2-5-DOC-MISSING")
            {
                refusals.Add(new DecisionReason("DOC-NOT-VALID", f.Article, f.Message, Reference: f.Code));
            }
        }
    }

    private static LandingDecision Outcome(string permit, List<DecisionReason> refusals, List<DecisionReason> referrals, DateTimeOffset until)
    {
        if (refusals.Count > 0) return new LandingDecision("refused", permit, null, ValueList.Of([.. refusals, .. referrals]));
        if (referrals.Count > 0) return new LandingDecision("referred", permit, null, ValueList.Of([.. referrals]));
        return new LandingDecision("granted", permit, until, ValueList<DecisionReason>.Empty);
    }
}
