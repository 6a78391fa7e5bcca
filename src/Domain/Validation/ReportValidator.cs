using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// The entry point: judges a crew or passenger list against Decree Art. 87 (and Act 73 for document validity) and
/// returns the verdict. Never throws for bad input: every defect is a finding.
/// <code>var report = ReportValidator.Validate(manifest, new ValidationContext { Received = now });
/// Console.Write(ReportText.Describe(report));</code>
/// </summary>
public static class ReportValidator
{
    /// <summary>Judges the list. The context gives the receipt instant (or the clock), direction, tourist landing and G/D.</summary>
    public static ValidationReport Validate(Manifest manifest, ValidationContext? context = null)
    {
        context ??= new ValidationContext();
        var received = context.Received ?? context.Clock.GetUtcNow();
        var j = new Judgement(context, received);
        ReportTiming? timing = null;
        try
        {
            timing = Run(manifest, j);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A safety net, not a path: the property tests fail on any GW-INTERNAL finding.
            j.Add(ListRules.Internal.At("", ex.GetType().Name + ": " + ex.Message));
        }
        return new ValidationReport(Judgement.OutcomeOf(j.Findings), j.Sorted(), timing, j.Zones.ToArray(), ValueList<ReportHistoryEntry>.Empty);
    }

    private static ReportTiming? Run(Manifest? manifest, Judgement j)
    {
        if (manifest is null)
        {
            j.Add(ListRules.ListEmpty.At("travellers"));
            return null;
        }
        if (manifest.DocumentCode == DocumentCodes.FlightStatus)
        {
            j.Add(ListRules.NotAReport.At("documentCode", manifest.DocumentCode));
            return null;
        }
        var it = ItineraryReader.Read(manifest, j);
        var travel = it.Direction == TravelDirection.Departure ? it.DepartureTime : it.ArrivalTime ?? it.DepartureTime;
        if (travel is not null) j.TravelDate = DateOnly.FromDateTime(travel.Local);

        ListChecks.Kind(manifest, j);
        var travellers = manifest.Travellers ?? ValueList<Traveller>.Empty;
        bool anyFlagged = travellers.Any(t => t is not null && t.TouristLanding);
        bool tourist = j.Context.TouristLanding || anyFlagged;
        for (int i = 0; i < travellers.Count; i++)
        {
            var t = travellers[i];
            if (t is null)
            {
                j.Add(PersonRules.RoleUnknown.About(i, null, $"travellers[{i}]", "(none)"));
                continue;
            }
            if (t.Role == TravellerRoles.ReferenceOnly)
            {
                j.Add(PersonRules.ReferenceOnly.About(i, Judgement.Name(t), $"travellers[{i}]"));
                continue;
            }
            bool applicant = !t.IsCrew && (t.TouristLanding
                || (j.Context.TouristLanding && !anyFlagged && t.Nationality?.Trim() != "KOR"));
            PersonChecks.Check(t, i, j, applicant);
            DocumentChecks.Check(t, i, j);
        }
        ListChecks.Duplicates(manifest, j);
        ConveyanceChecks.Check(manifest, it, j);
        if (!j.Context.Interactive) CountChecks.Check(manifest, j);
        return TimingChecks.Check(it, j, tourist);
    }
}
