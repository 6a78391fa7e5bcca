using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

/// <summary>
/// Decree 87(5): when an arrival or departure report is due, with local port times turned into instants.
/// Each row: the article, why, the crossing (ports and local times), whether a tourist landing is applied for,
/// when the report was received (UTC) and the verdict (true on time, false late, null undetermined).
/// </summary>
public sealed class TimingTests
{
    public sealed record Row(string Article, string Reason, string From, string Departs, string To, string Arrives, bool Tourist, string Received, bool? OnTime,
        TransportMode Mode = TransportMode.Air);

    private static readonly Dictionary<string, Row> Rows = new()
    {
        // NRT 10:00 JST = 01:00Z, ICN 12:30 KST = 03:30Z: a 2 h 30 crossing, due 2 h before arrival (01:30Z).
        ["exactly-2h"] = new("Decree 87(5)1", "received exactly 2 h before arrival is on time", "NRT", "2611231000", "ICN", "2611231230", false, "2026-11-23T01:30Z", true),
        ["1h59m"] = new("Decree 87(5)1", "received 1 h 59 m before arrival is late", "NRT", "2611231000", "ICN", "2611231230", false, "2026-11-23T01:31Z", false),
        ["day-before"] = new("Decree 87(5)1", "received the day before", "NRT", "2611231000", "ICN", "2611231230", false, "2026-11-22T12:00Z", true),
        ["after-arrival"] = new("Decree 87(5)1", "received after the arrival", "NRT", "2611231000", "ICN", "2611231230", false, "2026-11-23T04:00Z", false),
        // FUK 10:00 JST = 01:00Z, PUS 11:00 KST = 02:00Z: a 1 h crossing, due 20 min after departure (01:20Z).
        ["short-20min"] = new("Decree 87(5)1", "short crossing: 20 min after departure is on time", "FUK", "2611231000", "PUS", "2611231100", false, "2026-11-23T01:20Z", true),
        ["short-21min"] = new("Decree 87(5)1", "short crossing: 21 min after departure is late", "FUK", "2611231000", "PUS", "2611231100", false, "2026-11-23T01:21Z", false),
        ["short-1h59"] = new("Decree 87(5)1", "a 1 h 59 m crossing still has the 20-minute window", "FUK", "2611231000", "PUS", "2611231159", false, "2026-11-23T01:10Z", true),
        ["crossing-2h"] = new("Decree 87(5)1", "a crossing of exactly 2 h has no window: due at departure", "FUK", "2611231000", "PUS", "2611231200", false, "2026-11-23T01:10Z", false),
        ["crossing-2h-on-time"] = new("Decree 87(5)1", "a crossing of exactly 2 h: on time at departure", "FUK", "2611231000", "PUS", "2611231200", false, "2026-11-23T01:00Z", true),
        // Cruise Shanghai (seaport, zone assumed from China) 21 Nov 18:00 CST = 10:00Z to Busan 23 Nov 08:00 KST = 22 Nov 23:00Z: 37 h.
        ["tourist-24h"] = new("Decree 87(5)1", "tourist landing: exactly 24 h before arrival is on time", "CNSHA", "2611211800", "KRPUS", "2611230800", true, "2026-11-21T23:00Z", true, TransportMode.Sea),
        ["tourist-23h59"] = new("Decree 87(5)1", "tourist landing: 23 h 59 m before arrival is late", "CNSHA", "2611211800", "KRPUS", "2611230800", true, "2026-11-21T23:01Z", false, TransportMode.Sea),
        ["no-tourist-2h"] = new("Decree 87(5)1", "the same voyage without tourist landing is due 2 h before", "CNSHA", "2611211800", "KRPUS", "2611230800", false, "2026-11-22T21:00Z", true, TransportMode.Sea),
        // Fukuoka 22 Nov 20:00 JST = 11:00Z to Busan 23 Nov 08:00 KST = 22 Nov 23:00Z: 12 h, shorter than 24 h.
        ["tourist-short-20min"] = new("Decree 87(5)1", "tourist landing, voyage under 24 h: 20 min after departure", "JPFUK", "2611222000", "KRPUS", "2611230800", true, "2026-11-22T11:20Z", true, TransportMode.Sea),
        ["tourist-short-21min"] = new("Decree 87(5)1", "tourist landing, voyage under 24 h: 21 min after is late", "JPFUK", "2611222000", "KRPUS", "2611230800", true, "2026-11-22T11:21Z", false, TransportMode.Sea),
        ["plain-12h"] = new("Decree 87(5)1", "without tourist landing the 12 h voyage is due 2 h before arrival", "JPFUK", "2611222000", "KRPUS", "2611230800", false, "2026-11-22T21:00Z", true, TransportMode.Sea),
        // Sydney, 5 Apr 2026 02:30 happens twice (AEDT +11 = 4 Apr 15:30Z, then AEST +10 = 16:30Z); ICN 5 Apr 12:00 KST = 03:00Z.
        ["dst-overlap-early"] = new("Decree 87(5)1", "DST end at the foreign port: on time under both readings", "SYD", "2604050230", "ICN", "2604051200", true, "2026-04-04T15:50Z", true),
        ["dst-overlap-between"] = new("Decree 87(5)1", "DST end at the foreign port: on time under one reading only", "SYD", "2604050230", "ICN", "2604051200", true, "2026-04-04T16:00Z", null),
        ["dst-overlap-late"] = new("Decree 87(5)1", "DST end at the foreign port: late under both readings", "SYD", "2604050230", "ICN", "2604051200", true, "2026-04-04T16:51Z", false),
        // QZQ is no airport we know: 23 Nov 10:00 local is anywhere from 22 Nov 20:00Z to 23 Nov 22:00Z. ICN 11:00 KST = 02:00Z.
        ["unknown-zone-early"] = new("Decree 87(5)1", "unknown departure zone: on time under every offset", "QZQ", "2611231000", "ICN", "2611231100", false, "2026-11-22T23:59Z", true),
        ["unknown-zone-between"] = new("Decree 87(5)1", "unknown departure zone: on time under some offsets only", "QZQ", "2611231000", "ICN", "2611231100", false, "2026-11-23T01:00Z", null),
        ["unknown-zone-late"] = new("Decree 87(5)1", "unknown departure zone: late under every offset", "QZQ", "2611231000", "ICN", "2611231100", false, "2026-11-23T22:21Z", false),
        // Departure from Korea: ICN 10:00 KST = 01:00Z.
        ["departure-at-time"] = new("Decree 87(5)2", "departure report at the scheduled departure", "ICN", "2611231000", "NRT", "2611231230", false, "2026-11-23T01:00Z", true),
        ["departure-1min-after"] = new("Decree 87(5)2", "departure report a minute after", "ICN", "2611231000", "NRT", "2611231230", false, "2026-11-23T01:01Z", false),
    };

    public static TheoryData<string> Names => new(Rows.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Report_timing(string name)
    {
        var row = Rows[name];
        var received = DateTimeOffset.Parse(row.Received, System.Globalization.CultureInfo.InvariantCulture);
        var person = Fixtures.Passenger() with { TouristLanding = row.Tourist, FacialImage = row.Tourist ? "sha256:1" : null };
        var m = Fixtures.PassengerList(person) with { Conveyance = Fixtures.Flight(row.From, row.Departs, row.To, row.Arrives, row.Mode) with { VehicleName = "SHIP", VehicleId = "9074729", VehicleNationality = "KR" } };
        var report = ReportValidator.Validate(m, new ValidationContext { Received = received });

        Assert.DoesNotContain(report.Findings, f => f.Code == "GW-INTERNAL");
        Assert.True(row.OnTime == report.Timing!.OnTime, $"{row.Reason}: expected {row.OnTime}, got {report.Timing.OnTime}; due {report.Timing.Deadline} ({report.Timing.Rule}); {Fixtures.Codes(report)}");
        string late = row.Article == "Decree 87(5)2" ? "D87-5-2-LATE" : "D87-5-1-LATE";
        if (row.OnTime == false)
        {
            Assert.True(ReportOutcome.Late == report.Outcome, $"{row.Reason}: {report.Outcome}: {Fixtures.Codes(report)}");
            Assert.Equal(row.Article, Assert.Single(report.Findings, f => f.Code == late).Article);
        }
        else
        {
            Assert.DoesNotContain(report.Findings, f => f.Code == late);
            Assert.NotEqual(ReportOutcome.Late, report.Outcome);
        }
        if (row.OnTime is null) Assert.Contains(report.Findings, f => f.Code == "D87-5-UNDETERMINED");
    }

    [Fact]
    public void Seaport_zone_assumed_from_its_country_is_reported()
    {
        var m = Fixtures.PassengerList() with { Conveyance = Fixtures.Flight("CNSHA", "2611211800", "KRPUS", "2611230800", TransportMode.Sea) };
        var report = ReportValidator.Validate(m, ValidationContext.At(Fixtures.Received));
        var zone = Assert.Single(report.AssumedZones);
        Assert.Equal("CNSHA", zone.Location);
        Assert.Equal("Asia/Shanghai", zone.Zone);
        Assert.Contains("country CN", zone.Reason, StringComparison.Ordinal);
        Assert.Contains(report.Findings, f => f.Code == "D87-5-ZONE-ASSUMED" && f.Severity == Severity.Info);
        // Korean ports are Asia/Seoul by rule, never an assumption: 23 Nov 08:00 KST.
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero), report.Timing!.ScheduledArrival);
    }

    [Fact]
    public void Unknown_departure_zone_is_reported_and_judged_at_both_ends()
    {
        var m = Fixtures.PassengerList() with { Conveyance = Fixtures.Flight("QZQ", "2611231000", "ICN", "2611231100") };
        var report = ReportValidator.Validate(m, ValidationContext.At(Fixtures.Received));
        var zone = Assert.Single(report.AssumedZones);
        Assert.Null(zone.Zone);
        Assert.Contains(report.Findings, f => f.Code == "D87-5-ZONE-UNKNOWN" && f.Severity == Severity.Warning);
        Assert.DoesNotContain(report.Findings, f => f.Code == "D87-3-6-ARRIVAL-BEFORE-DEPARTURE");
    }

    [Theory]
    [InlineData("2603072300", "2026-03-08T07:00Z")] // the evening before: PST, UTC-8
    [InlineData("2603082300", "2026-03-09T06:00Z")] // the evening after: PDT, UTC-7
    [InlineData("2603080230", "2026-03-08T10:30Z")] // 02:30 does not exist that night: read with the offset before the change
    public void Foreign_port_time_is_read_in_its_zone_across_a_DST_change(string departs, string utc)
    {
        var m = Fixtures.PassengerList() with { Conveyance = Fixtures.Flight("LAX", departs, "ICN", "2603110500") };
        var report = ReportValidator.Validate(m, new ValidationContext { Received = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero) });
        Assert.Equal(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), report.Timing!.ScheduledDeparture);
        Assert.Equal(departs == "2603080230", report.Findings.Any(f => f.Code == "D87-5-LOCAL-TIME-SHIFTED"));
    }

    [Theory]
    [InlineData("NRT", "125", "ICN", "87", TravelDirection.Arrival)]
    [InlineData("ICN", "125", "NRT", "87", TravelDirection.Departure)]
    [InlineData("KRPUS", "125", "JPFUK", "87", TravelDirection.Departure)]
    [InlineData("NRT", "92", "GMP", "92", TravelDirection.Arrival)] // no border qualifiers: the Korean port with an arrival time
    public void Direction_is_inferred_from_the_Korean_port(string from, string q1, string to, string q2, TravelDirection expected)
    {
        var conveyance = Fixtures.Flight() with
        {
            Legs = ValueList.Of(new Leg("20", "YY0815", "YY", ValueList.Of(
                Fixtures.Point(q1, from, departure: "2611231000"), Fixtures.Point(q2, to, arrival: "2611231230")))),
        };
        var report = ReportValidator.Validate(Fixtures.PassengerList() with { Conveyance = conveyance }, ValidationContext.At(Fixtures.Received));
        Assert.Equal(expected, report.Timing!.Direction);
    }

    [Fact]
    public void No_Korean_port_leaves_the_direction_unknown_with_a_warning()
    {
        var m = Fixtures.PassengerList() with { Conveyance = Fixtures.Flight("NRT", "2611231000", "LAX", "2611230500") };
        var report = ReportValidator.Validate(m, ValidationContext.At(Fixtures.Received));
        Assert.Null(report.Timing!.Direction);
        Assert.Null(report.Timing.OnTime);
        Assert.Contains(report.Findings, f => f.Code == "D87-5-DIRECTION-UNKNOWN");
    }

    [Fact]
    public void Direction_given_by_the_caller_wins()
    {
        var m = Fixtures.PassengerList() with { Conveyance = Fixtures.Flight("NRT", "2611231000", "LAX", "2611230500") };
        var report = ReportValidator.Validate(m, new ValidationContext { Received = Fixtures.Received, Direction = TravelDirection.Arrival });
        Assert.Equal(TravelDirection.Arrival, report.Timing!.Direction);
        Assert.True(report.Timing.OnTime);
    }

    [Theory]
    [InlineData("2026-11-23T01:00Z", true)]  // short crossing: at departure
    [InlineData("2026-11-23T01:20Z", true)]  // 20 minutes after
    [InlineData("2026-11-23T01:21Z", false)]
    public void Arrival_deadline_function_is_pure(string received, bool onTime)
    {
        var departure = new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
        var (deadline, shortCrossing) = TimingChecks.ArrivalDeadline(departure, departure.AddMinutes(90), tourist: false);
        Assert.True(shortCrossing);
        Assert.Equal(onTime, DateTimeOffset.Parse(received, System.Globalization.CultureInfo.InvariantCulture) <= deadline);
    }
}
