using Gateway.Adapters.Paxlst;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

/// <summary>
/// Every shared PAXLST sample, read by the PAXLST reader and judged: no crash, and the findings each one earns,
/// with the reason. None names a Korean port, so timing is judged only when the direction is given.
/// </summary>
public sealed class SampleReportTests
{
    private static readonly DateTimeOffset Received = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    // Every sample lacks a G/D (D87-3-GD-MISSING) and a Korean port (D87-5-DIRECTION-UNKNOWN).
    private const string Usual = "D87-3-GD-MISSING D87-5-DIRECTION-UNKNOWN";

    [SharedTheory]
    [InlineData("ediclean_original_A.txt", "nationality and issuing State ABC/LIM are not codes; CNT 47 for 1 listed",
        "D87-2-1-NAT-UNKNOWN D87-4-SHORTFALL D87-2-5-ISSUER-UNKNOWN " + Usual)]
    [InlineData("ediclean_original_B.txt", "an iAPI message with 1 passenger and the flight's CNT of 130", "D87-4-SHORTFALL " + Usual)]
    [InlineData("ediclean_original_C.txt", "an iAPI message with 3 passengers and the flight's CNT of 130", "D87-4-SHORTFALL " + Usual)]
    [InlineData("ediclean_original_D.txt", "nationality and issuing State ABC; CNT 161 for 1 listed",
        "D87-2-1-NAT-UNKNOWN D87-4-SHORTFALL D87-2-5-ISSUER-UNKNOWN " + Usual)]
    [InlineData("gtas_loader_Test1.txt", "eight crew share passport 123456789: seven repeats",
        "D87-2-5-DUPLICATE-DOCUMENT D87-2-5-DUPLICATE-DOCUMENT D87-2-5-DUPLICATE-DOCUMENT D87-2-5-DUPLICATE-DOCUMENT D87-2-5-DUPLICATE-DOCUMENT D87-2-5-DUPLICATE-DOCUMENT D87-2-5-DUPLICATE-DOCUMENT " + Usual)]
    [InlineData("gtas_loader_airline2.edi", "10 passengers listed, CNT 136", "D87-4-SHORTFALL " + Usual)]
    [InlineData("gtas_loader_multiple_flight_leg_apis.txt", "two 10-character passport numbers (TD3 holds 9)",
        "D87-2-5-NUMBER-LENGTH D87-2-5-NUMBER-LENGTH " + Usual)]
    [InlineData("smooks_d03b_ace_truck_message_01.edi", "a US ACE truck manifest (BGM 10): no API roles, codes or flight",
        "D87-1-LIST-TYPE-UNKNOWN D87-2-6-ROLE-UNKNOWN D87-2-1-NAT-UNKNOWN D87-2-4-SEX-UNKNOWN D87-2-5-TYPE-UNKNOWN D87-2-5-TYPE-UNKNOWN "
        + "D87-2-5-ISSUER-UNKNOWN D87-2-5-ISSUER-UNKNOWN D87-3-2-NAME-MISSING D87-3-4-DEPARTURE-MISSING D87-3-6-ARRIVAL-MISSING " + Usual)]
    public void Sample_gets_a_report_with_the_findings_it_deserves(string file, string reason, string expected)
    {
        var read = PaxlstReader.Read(File.ReadAllBytes(SharedPaths.Get("samples", "paxlst", file)));
        var manifest = Assert.Single(read.Manifests);
        var report = ReportValidator.Validate(manifest, ValidationContext.At(Received));
        var codes = report.Findings.Select(f => f.Code).Order(StringComparer.Ordinal);
        Assert.True(codes.SequenceEqual(expected.Split(' ').Order(StringComparer.Ordinal)),
            $"{file} ({reason}): got {string.Join(' ', report.Findings.Select(f => f.Code))}");
        Assert.Equal(ReportOutcome.Rejected, report.Outcome);
        Assert.NotEmpty(ReportText.Describe(report));
    }

    [SharedTheory]
    [InlineData("ediclean_original_A.txt")]
    [InlineData("gtas_loader_airline2.edi")]
    [InlineData("gtas_loader_multiple_flight_leg_apis.txt")]
    public void Sample_judged_as_an_arrival_is_late_years_after_its_flight(string file)
    {
        var manifest = Assert.Single(PaxlstReader.Read(File.ReadAllBytes(SharedPaths.Get("samples", "paxlst", file))).Manifests);
        var report = ReportValidator.Validate(manifest, ValidationContext.At(Received) with { Direction = TravelDirection.Arrival });
        Assert.False(report.Timing!.OnTime);
        Assert.Contains(report.Findings, f => f.Code == "D87-5-1-LATE");
        Assert.DoesNotContain(report.Findings, f => f.Code == "GW-INTERNAL");
    }
}
