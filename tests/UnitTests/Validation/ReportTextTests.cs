using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

public sealed class ReportTextTests
{
    [Fact]
    public void Describe_prints_outcome_timing_and_each_finding_in_both_languages()
    {
        var m = RuleTable.One(Fixtures.PassengerList(), t => t with { Nationality = "KR" });
        var text = ReportText.Describe(Fixtures.Validate(m, Fixtures.Context(received: Fixtures.Received.AddDays(1))));
        Assert.StartsWith("Outcome: rejected (2 errors, 0 warnings, 0 notes)\n", text, StringComparison.Ordinal);
        Assert.Contains("Timing: arrival; received 2026-11-23 12:00Z; departs 2026-11-23 01:00Z; arrives 2026-11-23 03:30Z; due by 2026-11-23 01:30Z (2 h before arrival): LATE", text, StringComparison.Ordinal);
        Assert.Contains("ERROR  D87-2-1-NAT-UNKNOWN  Decree 87(2)1  travellers[0].nationality  [traveller 0: KIM, MINSU]", text, StringComparison.Ordinal);
        Assert.Contains("Nationality 'KR' is not an ISO 3166-1 alpha-3 code or an ICAO 9303 code (KR → KOR).", text, StringComparison.Ordinal);
        Assert.Contains("국적 'KR'은(는)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("국적 'KR'", ReportText.Describe(Fixtures.Validate(m), korean: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_lists_assumed_zones_and_history()
    {
        var m = Fixtures.PassengerList() with { Conveyance = Fixtures.Flight("CNSHA", "2611211800", "KRPUS", "2611230800") };
        var filed = ReportAmender.File(m, ValidationContext.At(Fixtures.Received));
        var text = ReportText.Describe(ReportAmender.Amend(filed, m, ValidationContext.At(Fixtures.Received.AddHours(1))).Report.Report);
        Assert.Contains("Zone assumed: CNSHA = Asia/Shanghai (seaport: zone of country CN)", text, StringComparison.Ordinal);
        Assert.Contains("History: 2026-11-22 12:00Z initial +1 ~0 -0 -> accepted_with_warnings (TN TN0001)", text, StringComparison.Ordinal);
        Assert.Contains("History: 2026-11-22 13:00Z supplement +0 ~1 -0 -> accepted_with_warnings", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Korean_messages_carry_no_English_filler()
    {
        // Timing, zone notes and amendment notes fill phrases into messages: the Korean text gets Korean phrases.
        var m = Fixtures.PassengerList() with { Conveyance = Fixtures.Flight("SYD", "2604050230", "ICN", "2604051200") };
        var tourist = Fixtures.Passenger() with { TouristLanding = true, FacialImage = "sha256:1" };
        var report = ReportValidator.Validate(m with { Travellers = new[] { tourist } },
            new ValidationContext { Received = new DateTimeOffset(2026, 4, 4, 16, 0, 0, TimeSpan.Zero) });
        var sea = ReportValidator.Validate(Fixtures.PassengerList() with { Conveyance = Fixtures.Flight("CNSHA", "2611211800", "KRPUS", "2611230800") },
            ValidationContext.At(Fixtures.Received.AddDays(2)));
        foreach (var f in report.Findings.Concat(sea.Findings))
        {
            foreach (var word in new[] { "received", "between", "occurs", "seaport", "country", "before arrival", "after departure" })
                Assert.DoesNotContain(word, f.MessageKorean, StringComparison.Ordinal);
        }
        Assert.Contains(report.Findings, f => f.Code == "D87-5-UNDETERMINED");
        Assert.Contains(report.Findings, f => f.Code == "D87-5-LOCAL-TIME-SHIFTED");
        Assert.Contains(sea.Findings, f => f.Code == "D87-5-ZONE-ASSUMED");
        Assert.Contains(sea.Findings, f => f.Code == "D87-5-1-LATE");
    }

    [Theory]
    [InlineData(ReportOutcome.Accepted, "accepted")]
    [InlineData(ReportOutcome.AcceptedWithWarnings, "accepted_with_warnings")]
    [InlineData(ReportOutcome.Rejected, "rejected")]
    [InlineData(ReportOutcome.Late, "late")]
    public void Outcome_wire_names_round_trip(ReportOutcome outcome, string code)
    {
        Assert.Equal(code, outcome.ToCode());
        Assert.True(ReportOutcomes.TryParse(code, out var back));
        Assert.Equal(outcome, back);
    }
}
