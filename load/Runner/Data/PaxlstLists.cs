using System.Globalization;
using Gateway.Adapters.Paxlst;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;

namespace Gateway.Runner.Data;

/// <summary>Writes a generated list as UN/EDIFACT PAXLST D:05B with the project's own writer (the EDIFACT channel).</summary>
public static class PaxlstLists
{
    /// <summary>The PAXLST interchange for <paramref name="spec"/> and <paramref name="travellers"/>.</summary>
    public static string Write(ListSpec spec, IReadOnlyList<ListTraveller> travellers, DateTime preparedAt)
    {
        bool crew = spec.Kind == "crew";
        var people = new Traveller[travellers.Count];
        for (int i = 0; i < people.Length; i++)
        {
            var t = travellers[i];
            var p = t.Person;
            var refs = crew
                ? ValueList.Of(new Reference("ABO", t.PassengerReference))
                : ValueList.Of(new Reference("AVF", t.Locator), new Reference("ABO", t.PassengerReference));
            people[i] = new Traveller(crew ? "FM" : "FL", new PersonName(p.Surname, ValueList.Of([.. p.Given])), p.Sex.ToString(),
                new MessageDate(p.Birth.ToString("yyMMdd", CultureInfo.InvariantCulture), MessageDate.Yymmdd), p.Nationality, null,
                ValueList.Of(new QualifiedPlace("178", spec.From), new QualifiedPlace("179", spec.To)), refs, null, "173",
                ValueList.Of(new TravelDocument("P", p.Passport, new MessageDate(spec.Departure.AddYears(5).ToString("yyMMdd", CultureInfo.InvariantCulture), MessageDate.Yymmdd), null, p.Nationality)),
                null);
        }
        string dep = spec.Departure.ToString("yyMMddHHmm", CultureInfo.InvariantCulture);
        string arr = spec.Arrival.ToString("yyMMddHHmm", CultureInfo.InvariantCulture);
        var leg = new Leg("20", spec.JourneyId, spec.Carrier, ValueList.Of(
            new LegPoint("125", spec.From, ValueList.Of(new QualifiedDate("189", new MessageDate(dep, MessageDate.YymmddHhmm)))),
            new LegPoint("87", spec.To, ValueList.Of(new QualifiedDate("232", new MessageDate(arr, MessageDate.YymmddHhmm))))));
        var manifest = new Manifest(
            new ListHeader(spec.Carrier, "KRIMMI", spec.TransactionReference[^Math.Min(14, spec.TransactionReference.Length)..], "1", "PAXLST", "D:05B",
                spec.JourneyId + "/" + spec.Departure.ToString("yyMMdd/HHmm", CultureInfo.InvariantCulture), 1, spec.TransactionReference, false),
            crew ? DocumentCodes.CrewList : DocumentCodes.PassengerList, null, new ReportingParty(spec.Carrier + " OPS", ValueList<Contact>.Empty),
            new Conveyance(spec.Mode == "sea" ? TransportMode.Sea : TransportMode.Air, spec.Carrier, spec.JourneyId, null, null, null, ValueList.Of(leg)),
            ValueList<Traveller>.Own(people), new DeclaredTotals(crew ? null : people.Length, crew ? people.Length : null));
        return PaxlstWriter.Write(manifest, preparedAt);
    }
}
