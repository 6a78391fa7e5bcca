using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Screening.Model;

namespace Gateway.Domain.Decisions;

/// <summary>
/// Landing permits for a vessel's people (docs/DECISIONS.md).
/// Crew landing (Act 14): granted for up to <see cref="DecisionOptions.CrewLandingDays"/> days; refused where a hit alone
/// would refuse boarding on arrival (entry ban, Act 11; lost or stolen document, Act 73) or without a valid travel document;
/// referred to an officer where a hit would be advisory (<see cref="DecisionTable"/>). Every refusal calls on the carrier's
/// duty to keep the person from landing (Act 73).
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
        Screen(t, hits, refusals, referrals);
        DocumentValidity(index, report, refusals);
        if (!t.IsCrew) refusals.Add(new DecisionReason("NOT-CREW", "Act 14", "a crew landing permit is only for crew members", Duty: DecisionTable.CarrierDuty));
        return Outcome("crew", refusals, referrals, landingFrom.AddDays(options.CrewLandingDays));
    }

    /// <summary>Decides a tourist landing permit, valid until the ship departs.</summary>
    public LandingDecision Tourist(Traveller t, int index, ValidationReport report, IReadOnlyList<Hit> hits, DateTimeOffset shipDeparts, double carrierNoReturnRatio)
    {
        var refusals = new List<DecisionReason>();
        var referrals = new List<DecisionReason>();
        Screen(t, hits, refusals, referrals);
        DocumentValidity(index, report, refusals);
        if (t.IsCrew) refusals.Add(new DecisionReason("NOT-PASSENGER", "Act 14-2", "a tourist landing permit is for passengers of the ship", Duty: DecisionTable.CarrierDuty));
        if (t.Nationality == "KOR") refusals.Add(new DecisionReason("NATIONAL", "Act 14-2", "Korean nationals do not need a landing permit", Duty: DecisionTable.CarrierDuty));
        else if (t.Nationality is not { } nat || !_eligible.Contains(nat))
        {
            refusals.Add(new DecisionReason("NATIONALITY-NOT-ELIGIBLE", "Decree 18-3", $"nationality {t.Nationality ?? "(none)"} is not eligible for tourist landing", Duty: DecisionTable.CarrierDuty));
        }
        bool passport = false;
        foreach (var d in t.Documents) if (d.Type.StartsWith('P')) passport = true;
        if (!passport) refusals.Add(new DecisionReason("PASSPORT-MISSING", "Decree 18-3", "a valid passport is required for tourist landing", Duty: DecisionTable.CarrierDuty));
        if (carrierNoReturnRatio > options.NoReturnThreshold)
        {
            refusals.Add(new DecisionReason("CARRIER-NO-RETURN", "Decree 18-3",
                $"the carrier's no-return ratio {carrierNoReturnRatio:P1} exceeds the threshold {options.NoReturnThreshold:P1}", Duty: DecisionTable.CarrierDuty));
        }
        return Outcome("tourist", refusals, referrals, shipDeparts);
    }

    // A landing is an arrival: the hit's consequence, ground and duty are the boarding table's for an arrival.
    private static void Screen(Traveller t, IReadOnlyList<Hit> hits, List<DecisionReason> refusals, List<DecisionReason> referrals)
    {
        foreach (var hit in hits)
        {
            var code = DecisionTable.Code(hit.Kind, hit.Band, TravelDirection.Arrival);
            if (code is null) continue;
            (code == BoardingCodes.DoNotBoard ? refusals : referrals).Add(DecisionTable.HitReason(hit, TravelDirection.Arrival, t.Nationality));
        }
    }

    private static void DocumentValidity(int index, ValidationReport report, List<DecisionReason> refusals)
    {
        foreach (var f in report.Findings)
        {
            if (f.TravellerIndex == index && (DecisionTable.BarsTravel(f) || f.Code == "D87-2-5-DOC-MISSING")) refusals.Add(DecisionTable.DocumentReason(f));
        }
    }

    private static LandingDecision Outcome(string permit, List<DecisionReason> refusals, List<DecisionReason> referrals, DateTimeOffset until)
    {
        if (refusals.Count > 0) return new LandingDecision("refused", permit, null, ValueList.Of([.. refusals, .. referrals]));
        if (referrals.Count > 0) return new LandingDecision("referred", permit, null, ValueList.Of([.. referrals]));
        return new LandingDecision("granted", permit, until, ValueList<DecisionReason>.Empty);
    }
}
