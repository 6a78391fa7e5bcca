using Gateway.Schemas.Manifests;
using Gateway.Screening.Model;
using Gateway.Screening.Scoring;

namespace Gateway.Screening;

/// <summary>Screens a listed traveller: name parts, birth date, sex, nationality and passport go to the index.</summary>
public sealed class TravellerScreening(WatchListHost lists, TimeProvider clock)
{
    /// <summary>Hits in the review band and above, best first, all from one snapshot.</summary>
    public IReadOnlyList<Hit> Screen(Traveller t) => lists.Screener.Screen(Query(t, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)), Band.Review).Hits;

    internal static ScreeningQuery Query(Traveller t, DateOnly today)
    {
        string name = string.Join(' ', [.. t.Name.GivenNames, t.Name.Surname]).Trim();
        BirthDate? birth = t.BirthDate is { } b && b.TryGetDate(today, CenturyRule.NotAfter, out var d) ? BirthDate.Exact(d.Year, d.Month, d.Day) : null;
        char? sex = t.Sex is "M" or "F" ? t.Sex[0] : null;
        TravelDocument? document = null;
        foreach (var doc in t.Documents) if (doc.Type != "V") { document = doc; break; }
        return new ScreeningQuery(name, birth, sex, t.Nationality, document?.Number, document?.IssuingState);
    }
}
