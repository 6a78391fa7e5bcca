using Gateway.Adapters.Paxlst;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

/// <summary>From EDIFACT text to a verdict, on our own crafted list (no ../shared needed).</summary>
public sealed class PaxlstToReportTests
{
    private static readonly string File_ = Path.Combine(AppContext.BaseDirectory, "TestData", "Validation", "arrival_icn_with_errors.edi");

    [Fact]
    public void Crafted_arrival_list_is_read_and_judged_per_article()
    {
        var manifest = Assert.Single(PaxlstReader.Read(File.ReadAllBytes(File_)).Manifests);
        // Received 23 Nov 01:00Z: NRT 10:00 JST = 01:00Z, ICN 12:30 KST = 03:30Z, so due 01:30Z: on time.
        var report = ReportValidator.Validate(manifest, ValidationContext.At(new DateTimeOffset(2026, 11, 23, 1, 0, 0, TimeSpan.Zero)));
        var found = report.Findings.Select(f => (f.Code, f.Article, f.TravellerIndex)).ToList();
        Assert.Equal(
        [
            ("D87-2-1-NAT-UNKNOWN", "Decree 87(2)1", 1),   // JP is alpha-2
            ("D87-2-3-DOB-INVALID", "Decree 87(2)3", 1),   // 31 February 1990
            ("A73-DOC-EXPIRED", "Act 73", 1),              // expired 22 Nov, the day before arrival
            ("D87-4-SHORTFALL", "Decree 87(4)", null),     // CNT 3, two listed
            ("D87-3-GD-MISSING", "Decree 87(3)", null),    // no general declaration came with it
        ], found);
        Assert.Equal(ReportOutcome.Rejected, report.Outcome);
        Assert.True(report.Timing!.OnTime);
        Assert.Equal(TravelDirection.Arrival, report.Timing.Direction);
        Assert.Contains("1 missing", report.Findings.Single(f => f.Code == "D87-4-SHORTFALL").Message, StringComparison.Ordinal);
    }
}
