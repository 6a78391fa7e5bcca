using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

public sealed class BaselineTests
{
    [Fact]
    public void Complete_on_time_passenger_list_is_accepted_without_findings()
    {
        var report = Fixtures.Validate(Fixtures.PassengerList());
        Assert.True(report.Findings.Count == 0, Fixtures.Codes(report));
        Assert.Equal(ReportOutcome.Accepted, report.Outcome);
        Assert.Equal(TravelDirection.Arrival, report.Timing!.Direction);
        Assert.True(report.Timing.OnTime);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 1, 30, 0, TimeSpan.Zero), report.Timing.Deadline);
        Assert.Empty(report.AssumedZones);
    }

    [Fact]
    public void Complete_crew_list_is_accepted_without_findings()
    {
        var report = Fixtures.Validate(Fixtures.CrewList());
        Assert.True(report.Findings.Count == 0, Fixtures.Codes(report));
    }

    [Fact]
    public void Clock_gives_the_receipt_time_when_none_is_set()
    {
        var clock = new FixedClock(Fixtures.Received.AddDays(2));
        var report = ReportValidator.Validate(Fixtures.PassengerList(), new ValidationContext { Clock = clock, Declaration = Fixtures.Declaration() });
        Assert.Equal(clock.GetUtcNow(), report.Timing!.Received);
        Assert.Equal(ReportOutcome.Late, report.Outcome);
    }

    [Fact]
    public void List_without_general_declaration_is_accepted_with_one_warning()
    {
        var report = ReportValidator.Validate(Fixtures.PassengerList(), ValidationContext.At(Fixtures.Received));
        Assert.Equal(ReportOutcome.AcceptedWithWarnings, report.Outcome);
        Assert.Equal("D87-3-GD-MISSING", Assert.Single(report.Findings).Code);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
