using Gateway.Schemas.Manifests;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// Decree 87(3)7 and 87(4): the declared numbers of crew, passengers and transit passengers (general declaration,
/// else CNT) against the people listed. Fewer listed than declared is a shortfall: the finding says how many are
/// missing and asks for a supplement. A passenger list is counted for passengers, a crew list for crew.
/// </summary>
internal static class CountChecks
{
    public static void Check(Manifest m, Judgement j)
    {
        int crew = 0, passengers = 0, transit = 0;
        var travellers = m.Travellers ?? Schemas.ValueList<Traveller>.Empty;
        foreach (var t in travellers)
        {
            if (t is null) continue;
            if (t.IsCrew) crew++;
            else if (t.Role is TravellerRoles.Passenger or TravellerRoles.TransitPassenger) passengers++;
            if (t.Role == TravellerRoles.TransitPassenger) transit++;
        }
        var gd = j.Context.Declaration;
        bool crewList = m.DocumentCode == DocumentCodes.CrewList;
        bool passengerList = m.DocumentCode == DocumentCodes.PassengerList;
        if (passengerList || (!crewList && passengers > 0))
        {
            Compare(Words.Passengers, gd?.Passengers ?? m.Totals?.Passengers, passengers, gd is null ? "totals.passengers" : "declaration.passengers", j, required: true);
            if (gd is not null) Compare(Words.TransitPassengers, gd.TransitPassengers, transit, "declaration.transitPassengers", j, required: true);
        }
        if (crewList || (!passengerList && crew > 0))
            Compare(Words.Crew, gd?.Crew ?? m.Totals?.Crew, crew, gd is null ? "totals.crew" : "declaration.crew", j, required: true);
    }

    private static void Compare(Words what, int? declared, int listed, string path, Judgement j, bool required)
    {
        if (declared is null)
        {
            if (required) j.Add(ConveyanceRules.CountMissing.At(path, what));
            return;
        }
        if (listed < declared) j.Add(ConveyanceRules.Shortfall.At(path, what, declared, listed, declared - listed));
        else if (listed > declared) j.Add(ConveyanceRules.CountExcess.At(path, what, declared, listed));
    }
}
