using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

/// <summary>Decree 87(4) supplements and PAXLST amendments (BGM CP, XR, RP) judged against the report they amend.</summary>
public sealed class AmendmentTests
{
    private static readonly Traveller Kim = Fixtures.Passenger();
    private static readonly Traveller Lee = Fixtures.Passenger("LEE", "YUNA", "M22222222") with { Sex = "F" };
    private static readonly Traveller Choi = Fixtures.Passenger("CHOI", "HANA", "M33333333") with { Sex = "F" };

    private static ValidationContext At(int minutes) => new() { Received = Fixtures.Received.AddMinutes(minutes) };

    private static Manifest List(string? function, int? total, params Traveller[] people) =>
        Fixtures.PassengerList(people) with { DocumentFunction = function, Totals = new DeclaredTotals(total, null), Header = Fixtures.PassengerList().Header with { TransactionReference = "TN" + people.Length } };

    [Fact]
    public void Supplement_answering_a_shortfall_clears_it_and_keeps_history()
    {
        var first = ReportAmender.File(List(null, 3, Kim), At(0));
        Assert.True(first.Report.Has("D87-4-SHORTFALL"));
        Assert.Equal(ReportOutcome.Rejected, first.Report.Outcome);

        var result = ReportAmender.Amend(first, List(null, 3, Lee, Choi), At(30));
        Assert.True(result.Applied);
        var report = result.Report.Report;
        Assert.False(report.Has("D87-4-SHORTFALL"));
        Assert.Equal(3, result.Report.Manifest.Travellers.Count);
        Assert.Equal(["initial", "supplement"], report.History.Select(h => h.Function));
        var entry = report.History[1];
        Assert.Equal((2, 0, 0), (entry.Added, entry.Changed, entry.Removed));
        Assert.Equal(ReportOutcome.Rejected, report.History[0].Outcome);
        Assert.Equal(report.Outcome, entry.Outcome);
        Assert.Contains(report.Findings, f => f.Code == "D87-4-AMENDED" && f.Article == "Decree 87(4)");
        // Timing stays judged on the first message.
        Assert.Equal(Fixtures.Received, report.Timing!.Received);
    }

    [Fact]
    public void Change_replaces_the_traveller_matched_by_passenger_reference()
    {
        var kimRef = Kim with { References = ValueList.Of(new Reference("ABO", "PAX1")) };
        var first = ReportAmender.File(List(null, 2, kimRef, Lee), At(0));
        var renamed = kimRef with { Name = new PersonName("KIM", ValueList.Of("MINJUN")), Sex = "M" };
        var result = ReportAmender.Amend(first, List("CP", 2, renamed), At(10));
        Assert.Empty(result.MessageFindings);
        Assert.Equal("MINJUN", result.Report.Manifest.Travellers[0].Name.GivenNames[0]);
        Assert.Equal(2, result.Report.Manifest.Travellers.Count);
        Assert.Equal(1, result.Report.Report.History[^1].Changed);
    }

    [Fact]
    public void Cancel_removes_and_an_unknown_cancel_is_a_warning()
    {
        var first = ReportAmender.File(List(null, 2, Kim, Lee), At(0));
        var result = ReportAmender.Amend(first, List("XR", 1, Lee, Choi), At(10));
        Assert.Equal([Kim], result.Report.Manifest.Travellers);
        Assert.Equal(1, result.Report.Report.History[^1].Removed);
        var warning = Assert.Single(result.MessageFindings);
        Assert.Equal("D87-4-AMEND-UNKNOWN-TRAVELLER", warning.Code);
        Assert.Equal("CHOI, HANA", warning.TravellerName);
        // The later CNT (1) supersedes the first (2): no count finding remains.
        Assert.DoesNotContain(result.Report.Report.Findings, f => f.Code.StartsWith("D87-4-SHORTFALL", StringComparison.Ordinal) || f.Code == "D87-3-7-COUNT-EXCESS");
        Assert.Equal(ReportOutcome.AcceptedWithWarnings, result.Report.Report.Outcome); // only the absent G/D
    }

    [Fact]
    public void Reduction_in_party_removes_like_a_cancel()
    {
        var first = ReportAmender.File(List(null, 3, Kim, Lee, Choi), At(0));
        var result = ReportAmender.Amend(first, List("RP", 1, Lee, Choi), At(10));
        Assert.Equal([Kim], result.Report.Manifest.Travellers);
    }

    [Fact]
    public void Amendment_for_another_flight_is_refused_and_recorded()
    {
        var first = ReportAmender.File(List(null, 1, Kim), At(0));
        var other = List(null, 1, Lee) with { Conveyance = Fixtures.Flight() with { JourneyId = "YY0816" } };
        var result = ReportAmender.Amend(first, other, At(10));
        Assert.False(result.Applied);
        Assert.Equal("D87-4-AMEND-OTHER-FLIGHT", Assert.Single(result.MessageFindings).Code);
        Assert.Equal([Kim], result.Report.Manifest.Travellers);
        Assert.Equal(ReportOutcome.Rejected, result.Report.Report.History[^1].Outcome);
        Assert.Equal(first.Report.Outcome, result.Report.Report.Outcome);
    }

    [Fact]
    public void Crew_list_does_not_amend_the_passenger_list_of_the_same_flight()
    {
        var first = ReportAmender.File(List(null, 1, Kim), At(0));
        var result = ReportAmender.Amend(first, Fixtures.CrewList(), At(10));
        Assert.False(result.Applied);
        Assert.Contains("crew YY815@261123", result.MessageFindings[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("YY0815", "YY815", true)]   // zero padding is not a different flight
    [InlineData("YY0815", "YY0816", false)]
    public void Flight_key_ignores_zero_padding(string a, string b, bool same)
    {
        var ma = Fixtures.PassengerList() with { Conveyance = Fixtures.Flight() with { JourneyId = a } };
        var mb = Fixtures.PassengerList() with { Conveyance = Fixtures.Flight() with { JourneyId = b } };
        Assert.Equal(same, ReportAmender.FlightKey(ma) == ReportAmender.FlightKey(mb));
    }

    [Fact]
    public void Unknown_function_is_applied_as_a_supplement_with_a_warning()
    {
        var first = ReportAmender.File(List(null, 2, Kim), At(0));
        var result = ReportAmender.Amend(first, List("ZZ", 2, Lee), At(10));
        Assert.Equal("D87-4-AMEND-FUNCTION-UNKNOWN", Assert.Single(result.MessageFindings).Code);
        Assert.Equal(2, result.Report.Manifest.Travellers.Count);
    }
}
