using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

/// <summary>Decree 86 (arrival/departure notice 24 h ahead) and Decree 85(3) (PNR deadlines).</summary>
public sealed class NoticeAndPnrTests
{
    private static Notice Arrival(string when = "2611231230", bool scheduled = false) =>
        new(TravelDirection.Arrival, "ICN", new MessageDate(when, MessageDate.YymmddHhmm), scheduled, "YY", "YY0815");

    private static ValidationReport Judge(Notice n, string received) =>
        NoticeValidator.Validate(n, new ValidationContext { Received = DateTimeOffset.Parse(received, System.Globalization.CultureInfo.InvariantCulture) });

    [Theory]
    // ICN 23 Nov 12:30 KST = 03:30Z: the notice is due by 22 Nov 03:30Z.
    [InlineData("2026-11-22T03:30Z", ReportOutcome.Accepted)] // Decree 86: exactly 24 h ahead
    [InlineData("2026-11-22T03:31Z", ReportOutcome.Late)]     // Decree 86: 23 h 59 m ahead
    [InlineData("2026-11-20T00:00Z", ReportOutcome.Accepted)] // Decree 86: days ahead
    public void Notice_is_due_24_hours_before_the_call(string received, ReportOutcome outcome)
    {
        var report = Judge(Arrival(), received);
        Assert.Equal(outcome, report.Outcome);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 3, 30, 0, TimeSpan.Zero), report.Timing!.Deadline);
        if (outcome == ReportOutcome.Late)
        {
            var late = Assert.Single(report.Findings);
            Assert.Equal(("D86-NOTICE-LATE", "Decree 86"), (late.Code, late.Article));
        }
    }

    [Fact]
    public void Scheduled_service_needs_no_notice()
    {
        var report = Judge(Arrival(scheduled: true), "2026-11-23T03:00Z");
        Assert.Equal(ReportOutcome.Accepted, report.Outcome);
        Assert.Equal("D86-NOTICE-NOT-REQUIRED", Assert.Single(report.Findings).Code);
    }

    [Theory]
    [InlineData("2602311230")] // 31 February
    [InlineData("26112312")]   // too short for YYMMDDHHMM
    public void Unreadable_scheduled_time_rejects_the_notice(string when)
    {
        var report = Judge(Arrival(when), "2026-11-20T00:00Z");
        Assert.Equal(ReportOutcome.Rejected, report.Outcome);
        Assert.Equal("D86-NOTICE-TIME-INVALID", Assert.Single(report.Findings).Code);
    }

    [Fact]
    public void Departure_notice_from_a_Korean_seaport_is_read_in_Seoul_time()
    {
        var notice = new Notice(TravelDirection.Departure, "KRPUS", new MessageDate("2611231800", MessageDate.YymmddHhmm), false);
        var report = Judge(notice, "2026-11-22T09:00Z"); // due 22 Nov 09:00Z (18:00 KST the day before)
        Assert.Equal(ReportOutcome.Accepted, report.Outcome);
        Assert.Empty(report.AssumedZones);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), report.Timing!.ScheduledDeparture);
    }

    private static readonly DateTimeOffset T = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(30, true)]  // Decree 85(3)2: exactly 30 minutes after the request
    [InlineData(31, false)] // Decree 85(3)2: 31 minutes after
    [InlineData(0, true)]
    public void Pnr_on_request_is_due_within_30_minutes(int minutes, bool met)
    {
        var d = PnrDeadline.ForRequest(T);
        Assert.Equal(T.AddMinutes(30), d.Deadline);
        Assert.Equal("Decree 85(3)2", d.Article);
        Assert.Equal(met, d.IsMet(T.AddMinutes(minutes)));
        var f = d.Judge(T.AddMinutes(minutes));
        Assert.Equal(met, f is null);
        if (f is not null) Assert.Equal("D85-3-2-PNR-LATE", f.Code);
    }

    [Theory]
    [InlineData(-30, true)] // Decree 85(3)3: exactly 30 minutes before departure
    [InlineData(-29, false)]
    [InlineData(5, false)]  // after departure
    public void Pnr_on_named_passengers_is_due_30_minutes_before_departure(int minutes, bool met)
    {
        var d = PnrDeadline.ForNamedPassengers(T);
        Assert.Equal(T.AddMinutes(-30), d.Deadline);
        Assert.Equal(met, d.IsMet(T.AddMinutes(minutes)));
        var f = d.Judge(T.AddMinutes(minutes));
        Assert.Equal(met, f is null);
        if (!met) Assert.Equal(("D85-3-3-PNR-LATE", "Decree 85(3)3"), (f!.Code, f.Article));
    }
}
