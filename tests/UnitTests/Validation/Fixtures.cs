using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

/// <summary>
/// A complete, on-time arrival report that every rule accepts: flight YY0815 Tokyo Narita 10:00 (01:00Z) to Incheon
/// 12:30 (03:30Z) on 23 Nov 2026, received 22 Nov 12:00Z, with a full general declaration. Tests change one thing.
/// </summary>
internal static class Fixtures
{
    public static readonly DateTimeOffset Received = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public const string KimMrz = "P<KORKIM<<MINSU<<<<<<<<<<<<<<<<<<<<<<<<<<<<<\nM123456788KOR8804020M3012316<<<<<<<<<<<<<<<0";

    public static Traveller Passenger(string surname = "KIM", string given = "MINSU", string number = "M12345678") => new(
        TravellerRoles.Passenger,
        new PersonName(surname, ValueList.Of(given)),
        "M",
        new MessageDate("880402", MessageDate.Yymmdd),
        "KOR",
        null,
        ValueList<QualifiedPlace>.Empty,
        ValueList<Reference>.Empty,
        null,
        "173",
        ValueList.Of(Passport(number)),
        null);

    public static TravelDocument Passport(string number = "M12345678") =>
        new("P", number, new MessageDate("301231", MessageDate.Yymmdd), new MessageDate("201231", MessageDate.Yymmdd), "KOR");

    public static Traveller CrewMember(string surname = "PARK", string given = "JIWON") =>
        Passenger(surname, given, "M87654321") with { Role = TravellerRoles.Crew, CrewFunction = "CR2", Sex = "F" };

    public static LegPoint Point(string qualifier, string location, string? departure = null, string? arrival = null)
    {
        var times = new List<QualifiedDate>();
        if (departure is not null) times.Add(new QualifiedDate(DateQualifiers.Departure, new MessageDate(departure, MessageDate.YymmddHhmm)));
        if (arrival is not null) times.Add(new QualifiedDate(DateQualifiers.Arrival, new MessageDate(arrival, MessageDate.YymmddHhmm)));
        return new LegPoint(qualifier, location, times.ToArray());
    }

    /// <summary>One leg from a foreign port to a Korean one (or any two ports), times local YYMMDDHHMM.</summary>
    public static Conveyance Flight(string from = "NRT", string departs = "2611231000", string to = "ICN", string arrives = "2611231230",
        TransportMode mode = TransportMode.Air) =>
        new(mode, "YY", "YY0815", null, null, null,
            ValueList.Of(new Leg("20", "YY0815", "YY", ValueList.Of(
                Point(LocationQualifiers.LastDeparture, from, departure: departs),
                Point(LocationQualifiers.FirstArrival, to, arrival: arrives)))));

    public static Manifest PassengerList(params Traveller[] travellers)
    {
        if (travellers.Length == 0) travellers = [Passenger()];
        return new Manifest(
            new ListHeader("YY", "KRIMM", "1", "1", "PAXLST", "D:05B", "YY0815/261123/1230", 1, "TN0001", false),
            DocumentCodes.PassengerList, null, null, Flight(), travellers, new DeclaredTotals(travellers.Length, null));
    }

    public static Manifest CrewList(params Traveller[] travellers)
    {
        if (travellers.Length == 0) travellers = [CrewMember()];
        return PassengerList(travellers) with { DocumentCode = DocumentCodes.CrewList, Totals = new DeclaredTotals(null, travellers.Length) };
    }

    public static GeneralDeclaration Declaration(int passengers = 1, int crew = 1, int transit = 0) => new(
        "B77W", "HL8001", "YY0815", "KOR", "NRT", new MessageDate("2611231000", MessageDate.YymmddHhmm), ValueList<PortCall>.Empty,
        "ICN", new MessageDate("2611231230", MessageDate.YymmddHhmm), crew, passengers, transit);

    public static ValidationContext Context(GeneralDeclaration? declaration = null, DateTimeOffset? received = null) =>
        new() { Received = received ?? Received, Declaration = declaration ?? Declaration() };

    public static ValidationReport Validate(Manifest m, ValidationContext? context = null) =>
        ReportValidator.Validate(m, context ?? Context());

    /// <summary>Findings other than the ones every list carries by design.</summary>
    public static IEnumerable<Finding> Notable(ValidationReport r) => r.Findings.Where(f => f.Severity != Severity.Info);

    public static string Codes(ValidationReport r) => string.Join(", ", r.Findings.Select(f => f.Code));
}
