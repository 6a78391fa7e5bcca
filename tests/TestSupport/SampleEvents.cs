using System.Security.Cryptography;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Events = kr.go.immigration.gateway.events;

namespace Gateway.TestSupport;

/// <summary>Realistic events (the classes generated from the schemas) for codec tests and benchmarks: a flight's list with
/// every optional part used.</summary>
public static class SampleEvents
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 1, 30, 15, 123, TimeSpan.Zero);

    public static Events.SubmissionReceived Submission(int bodyBytes = 4096)
    {
        var body = new byte[bodyBytes];
        new Random(5).NextBytes(body);
        var sha = new Events.Sha256();
        SHA256.HashData(body).CopyTo(sha.Value, 0);
        return new Events.SubmissionReceived
        {
            eventId = Guid.Parse("0b3f4e2a-6c1d-4f7e-9a2b-1c3d5e7f9a0b"), submissionId = Guid.Parse("5d7e9f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a"),
            carrier = "KE", channel = Events.Channel.HTTP_EDIFACT, contentType = "application/edifact", receivedAt = At.UtcDateTime,
            sha256 = sha, body = body, remoteAddress = "203.0.113.7", traceParent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
        };
    }

    public static Events.ReportAccepted Report(int travellers = 10) =>
        Events.ReportAccepted.For(Guid.Parse("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"), Guid.Parse("5d7e9f1a-2b3c-4d5e-8f6a-7b8c9d0e1f2a"),
            "KE0902/2026-11-22", At, Manifest(travellers),
            [new Events.Finding { code = "W-DOC-EXPIRY", severity = Events.Severity.WARNING, article = "Decree 87(2)5", path = "travellers[3].documents[0]", message = "Document expires within 6 months" }],
            "r_5e4f4a3b8c2d1e0f9a8b7c6d", "KE");

    public static Manifest Manifest(int travellers = 10)
    {
        var date = new MessageDate("2611221030", MessageDate.YymmddHhmm);
        var conveyance = new Conveyance(TransportMode.Air, "KE", "KE0902", "HL8083", null, "KR",
            ValueList.Of(new Leg("20", "KE0902", "KE", ValueList.Of(
                new LegPoint(LocationQualifiers.LastDeparture, "CDG", ValueList.Of(new QualifiedDate(DateQualifiers.Departure, date))),
                new LegPoint(LocationQualifiers.FirstArrival, "ICN", ValueList.Of(new QualifiedDate(DateQualifiers.Arrival, new MessageDate("2611230610", MessageDate.YymmddHhmm))))))));
        var people = new Traveller[travellers];
        for (int i = 0; i < travellers; i++)
        {
            people[i] = new Traveller(
                i % 7 == 0 ? TravellerRoles.Crew : TravellerRoles.Passenger,
                new PersonName(i % 2 == 0 ? "KIM" : "DUPONT-LAMBERT", ValueList.Of(i % 2 == 0 ? "MINJUN" : "MARIE", "ANNE")),
                i % 2 == 0 ? "M" : "F",
                new MessageDate("19850412", MessageDate.Ccyymmdd),
                i % 2 == 0 ? "KOR" : "FRA",
                i % 3 == 0 ? new Address("12 RUE DE RIVOLI", "PARIS", null, "75001", "FRA") : null,
                ValueList.Of(new QualifiedPlace(LocationQualifiers.Embarkation, "CDG"), new QualifiedPlace(LocationQualifiers.Disembarkation, "ICN")),
                ValueList.Of(new Reference("AVF", "X7K2P" + i), new Reference("SEA", (10 + i) + "A")),
                i % 7 == 0 ? "CR2" : null,
                "173",
                ValueList.Of(new TravelDocument("P", "M" + (12345670 + i), new MessageDate("20310101", MessageDate.Ccyymmdd), null, i % 2 == 0 ? "KOR" : "FRA")),
                i % 4 == 0 ? new Baggage(2, 23.5m, "KGM", ValueList.Of(new BagTag("0180123456", 2))) : null);
        }
        return new Manifest(
            new ListHeader("KE", "KRIMMIGRATION", "000012345", "PAX001", "PAXLST", "D:05B", "KE0902/261122/1030", 1, "TN12345", false),
            DocumentCodes.PassengerList, null, new ReportingParty("KE OPS CDG", ValueList.Of(new Contact("33140001234", "TE"))),
            conveyance, ValueList<Traveller>.Own(people), new DeclaredTotals(travellers, 0));
    }
}
