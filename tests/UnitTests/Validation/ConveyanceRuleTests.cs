using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

/// <summary>Decree 87(3): the vessel or aircraft; 87(4): shortfalls and supplements.</summary>
public sealed class ConveyanceRuleTests
{
    private static RuleCase G(string article, string reason, string? expect, Func<GeneralDeclaration, GeneralDeclaration> change) =>
        new(article, reason, expect, m => m, c => c with { Declaration = change(c.Declaration!) });

    private static RuleCase C(string article, string reason, string? expect, Func<Conveyance, Conveyance> change,
        Func<ValidationContext, ValidationContext>? context = null) =>
        new(article, reason, expect, m => m with { Conveyance = change(m.Conveyance) }, context);

    private static Conveyance Ship(Conveyance c) => Fixtures.Flight("JPFUK", "2611230800", "KRPUS", "2611231500", TransportMode.Sea) with
    {
        Carrier = "PANSTAR", JourneyId = "V123", VehicleId = "9074729", VehicleName = "PANSTAR DREAM", VehicleNationality = "KR",
    };

    public static readonly Dictionary<string, RuleCase> Cases = new()
    {
        ["gd-absent"] = new("Decree 87(3)", "without a G/D the type and registration are not in the list", "D87-3-GD-MISSING", m => m, c => c with { Declaration = null }),
        ["type-missing"] = G("Decree 87(3)1", "G/D without the aircraft type", "D87-3-1-TYPE-MISSING", g => g with { VehicleType = null }),
        ["registration-missing"] = G("Decree 87(3)2", "G/D without a registration mark", "D87-3-2-REGISTRATION-MISSING", g => g with { RegistrationMark = "" }),
        ["flight-missing"] = C("Decree 87(3)2", "no flight number in list or G/D", "D87-3-2-NAME-MISSING", c => c with { JourneyId = null },
            c => c with { Declaration = c.Declaration! with { Name = null } }),
        ["flight-from-gd"] = C("Decree 87(3)2", "the G/D names the flight when the list does not", null, c => c with { JourneyId = null }),
        ["nationality-missing"] = G("Decree 87(3)3", "G/D without the State of registry", "D87-3-3-NATIONALITY-MISSING", g => g with { Nationality = null }),
        ["nationality-unknown"] = G("Decree 87(3)3", "State of registry QQ", "D87-3-3-NATIONALITY-UNKNOWN", g => g with { Nationality = "QQ" }),
        ["nationality-alpha2"] = G("Decree 87(3)3", "flags are often alpha-2 (8453): KR is fine", null, g => g with { Nationality = "KR" }),
        ["departure-missing"] = C("Decree 87(3)4", "no departure point in list or G/D", "D87-3-4-DEPARTURE-MISSING",
            c => c with { Legs = ValueList.Of(new Leg("20", "YY0815", "YY", ValueList.Of(Fixtures.Point("87", "ICN", arrival: "2611231230")))) },
            c => c with { Declaration = c.Declaration! with { DeparturePort = null } }),
        ["departure-time-31feb"] = C("Decree 87(3)4", "departure on 31 February", "D87-3-4-DEPARTURE-TIME-INVALID",
            c => c with { Legs = ValueList.Of(new Leg("20", "YY0815", "YY", ValueList.Of(
                Fixtures.Point("125", "NRT", departure: "2602311000"), Fixtures.Point("87", "ICN", arrival: "2611231230")))) },
            c => c with { Declaration = c.Declaration! with { DeparturePort = null } }),
        ["departure-time-hour-25"] = C("Decree 87(3)4", "departure at 25:00", "D87-3-4-DEPARTURE-TIME-INVALID",
            c => c with { Legs = ValueList.Of(new Leg("20", "YY0815", "YY", ValueList.Of(
                Fixtures.Point("125", "NRT", departure: "2611232500"), Fixtures.Point("87", "ICN", arrival: "2611231230")))) },
            c => c with { Declaration = c.Declaration! with { DeparturePort = null } }),
        ["call-time-missing"] = C("Decree 87(3)5", "a port of call without a time", "D87-3-5-CALL-TIME-MISSING",
            c => c with { Legs = ValueList.Of(new Leg("20", "YY0815", "YY", ValueList.Of(
                Fixtures.Point("92", "HND"), Fixtures.Point("125", "NRT", departure: "2611231000"), Fixtures.Point("87", "ICN", arrival: "2611231230")))) }),
        ["gd-call-time-missing"] = G("Decree 87(3)5", "a G/D port of call without a time", "D87-3-5-CALL-TIME-MISSING",
            g => g with { PortsOfCall = ValueList.Of(new PortCall("HND", null)) }),
        ["arrival-missing"] = C("Decree 87(3)6", "no arrival point in list or G/D", "D87-3-6-ARRIVAL-MISSING",
            c => c with { Legs = ValueList.Of(new Leg("20", "YY0815", "YY", ValueList.Of(Fixtures.Point("125", "NRT", departure: "2611231000")))) },
            c => c with { Declaration = c.Declaration! with { ArrivalPort = null }, Direction = TravelDirection.Arrival }),
        ["arrival-time-missing"] = C("Decree 87(3)6", "arrival without a time", "D87-3-6-ARRIVAL-TIME-INVALID",
            c => c with { Legs = ValueList.Of(new Leg("20", "YY0815", "YY", ValueList.Of(
                Fixtures.Point("125", "NRT", departure: "2611231000"), Fixtures.Point("87", "ICN")))) },
            c => c with { Declaration = c.Declaration! with { ArrivalPort = null } }),
        ["arrival-before-departure"] = C("Decree 87(3)6", "arrival 09:30 Seoul is before departure 10:00 Tokyo (same offset)", "D87-3-6-ARRIVAL-BEFORE-DEPARTURE",
            c => Fixtures.Flight(arrives: "2611230930")),
        ["port-code-invalid"] = C("Decree 87(3)", "a departure port of '12'", "D87-3-PORT-CODE-INVALID", c => Fixtures.Flight(from: "12")),
        ["ship"] = C("Decree 87(3)", "a ferry Fukuoka to Busan with IMO number and flag", null, Ship,
            c => c with { Declaration = c.Declaration! with { DeparturePort = "JPFUK", ArrivalPort = "KRPUS", DepartureTime = null, ArrivalTime = null } }),
        ["ship-imo-check"] = C("Decree 87(3)2", "IMO 9074728 fails its check digit", "D87-3-2-IMO-CHECK", c => Ship(c) with { VehicleId = "IMO9074728" }),
        ["ship-name-missing"] = C("Decree 87(3)2", "a vessel without a name", "D87-3-2-NAME-MISSING", c => Ship(c) with { VehicleName = null },
            c => c with { Declaration = c.Declaration! with { Name = null } }),
        ["ship-no-gd-no-flag"] = C("Decree 87(3)3", "a sea list without G/D must carry the flag", "D87-3-3-NATIONALITY-MISSING",
            c => Ship(c) with { VehicleNationality = null }, c => c with { Declaration = null }),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Conveyance_rule(string name) => RuleTable.Run(Cases[name]);

    [Theory]
    [InlineData(5, 3, 2)] // 5 declared, 3 listed: 2 missing
    [InlineData(10, 1, 9)]
    public void Passenger_shortfall_names_how_many_are_missing(int declared, int listed, int missing)
    {
        var people = Enumerable.Range(0, listed).Select(i => Fixtures.Passenger("KIM", "MINSU" + (char)('A' + i), "M1234567" + i)).ToArray();
        var m = Fixtures.PassengerList(people) with { Totals = new DeclaredTotals(declared, null) };
        var report = ReportValidator.Validate(m, Fixtures.Context(Fixtures.Declaration(passengers: declared)));
        var f = Assert.Single(report.Findings, x => x.Code == "D87-4-SHORTFALL");
        Assert.Equal("Decree 87(4)", f.Article);
        Assert.Contains($"{missing} missing", f.Message, StringComparison.Ordinal);
        Assert.Contains($"{missing}명이 빠졌습니다", f.MessageKorean, StringComparison.Ordinal);
        Assert.Equal(ReportOutcome.Rejected, report.Outcome);
    }

    [Fact]
    public void Crew_shortfall_is_judged_on_crew_lists_from_CNT_41_without_a_declaration()
    {
        var m = Fixtures.CrewList(Fixtures.CrewMember()) with { Totals = new DeclaredTotals(null, 4) };
        var report = ReportValidator.Validate(m, ValidationContext.At(Fixtures.Received));
        var f = Assert.Single(report.Findings, x => x.Code == "D87-4-SHORTFALL");
        Assert.StartsWith("crew: 4 declared but 1 listed, 3 missing", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Transit_shortfall_counts_DDU_passengers_against_the_declaration()
    {
        var report = ReportValidator.Validate(Fixtures.PassengerList(), Fixtures.Context(Fixtures.Declaration(transit: 2)));
        var f = Assert.Single(report.Findings, x => x.Code == "D87-4-SHORTFALL");
        Assert.StartsWith("transit passengers: 2 declared but 0 listed, 2 missing", f.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_listed_than_declared_is_a_warning()
    {
        var m = Fixtures.PassengerList(Fixtures.Passenger(), Fixtures.Passenger("LEE", "YUNA", "M11111111"));
        var report = ReportValidator.Validate(m, Fixtures.Context(Fixtures.Declaration(passengers: 1)));
        Assert.Equal("D87-3-7-COUNT-EXCESS", Assert.Single(report.Findings).Code);
        Assert.Equal(ReportOutcome.AcceptedWithWarnings, report.Outcome);
    }

    [Fact]
    public void Missing_totals_are_a_warning()
    {
        var m = Fixtures.PassengerList() with { Totals = DeclaredTotals.None };
        var report = ReportValidator.Validate(m, ValidationContext.At(Fixtures.Received));
        Assert.Contains(report.Findings, f => f.Code == "D87-3-7-COUNT-MISSING" && f.Path == "totals.passengers");
    }
}
