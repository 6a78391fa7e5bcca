using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

/// <summary>Rules over one list: duplicates, the same document twice, crew and passengers mixed, list kind.</summary>
public sealed class ListRuleTests
{
    private static readonly Traveller Kim = Fixtures.Passenger();
    private static readonly Traveller Lee = Fixtures.Passenger("LEE", "YUNA", "M22222222") with { Sex = "F", BirthDate = new MessageDate("900115", "101") };

    private static RuleCase L(string article, string reason, string? expect, Func<Manifest, Manifest> change, int passengers = 2) =>
        new(article, reason, expect, change, c => c with { Declaration = Fixtures.Declaration(passengers: passengers) });

    public static readonly Dictionary<string, RuleCase> Cases = new()
    {
        ["duplicate-person"] = L("Decree 87(3)7", "the same person twice", "D87-3-7-DUPLICATE-TRAVELLER",
            m => m with { Travellers = new[] { Kim, Kim }, Totals = new DeclaredTotals(2, null) }),
        ["duplicate-person-spelling"] = L("Decree 87(3)7", "same person, case and spacing differ", "D87-3-7-DUPLICATE-TRAVELLER",
            m => m with { Travellers = new[] { Kim, Kim with { Name = new PersonName("Kim ", ValueList.Of("minsu")) } }, Totals = new DeclaredTotals(2, null) }),
        ["duplicate-person-other-format"] = L("Decree 87(3)7", "same birth date in CCYYMMDD", "D87-3-7-DUPLICATE-TRAVELLER",
            m => m with { Travellers = new[] { Kim, Kim with { BirthDate = new MessageDate("19880402", "102") } }, Totals = new DeclaredTotals(2, null) }),
        ["namesakes"] = L("Decree 87(3)7", "same name, other birth date: two people", null,
            m => m with { Travellers = new[] { Kim, Kim with { BirthDate = new MessageDate("900101", "101"), Documents = ValueList.Of(Fixtures.Passport("M99999999")) } }, Totals = new DeclaredTotals(2, null) }),
        ["same-document"] = L("Decree 87(2)5", "two people with one passport", "D87-2-5-DUPLICATE-DOCUMENT",
            m => m with { Travellers = new[] { Kim, Lee with { Documents = Kim.Documents } }, Totals = new DeclaredTotals(2, null) }),
        ["same-number-other-state"] = L("Decree 87(2)5", "the same number from two States is two documents", null,
            m => m with { Travellers = new[] { Kim, Lee with { Documents = ValueList.Of(Fixtures.Passport() with { IssuingState = "JPN" }) } }, Totals = new DeclaredTotals(2, null) }),
        ["mixed-crew-in-passenger-list"] = L("Decree 87(1)", "a crew member in a passenger list", "D87-1-MIXED-LIST",
            m => m with { Travellers = new[] { Kim, Fixtures.CrewMember() }, Totals = new DeclaredTotals(1, null) }, passengers: 1),
        ["mixed-passenger-in-crew-list"] = L("Decree 87(1)", "a passenger in a crew list", "D87-1-MIXED-LIST",
            m => m with { DocumentCode = DocumentCodes.CrewList, Travellers = new[] { Fixtures.CrewMember(), Kim }, Totals = new DeclaredTotals(null, 1) }),
        ["empty"] = L("Decree 87(2)", "nobody listed", "D87-1-LIST-EMPTY", m => m with { Travellers = ValueList<Traveller>.Empty, Totals = new DeclaredTotals(0, null) }, passengers: 0),
        ["list-type"] = L("Decree 87(1)", "BGM 999 is no list", "D87-1-LIST-TYPE-UNKNOWN", m => m with { DocumentCode = "999" }, passengers: 1),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void List_rule(string name) => RuleTable.Run(Cases[name]);

    [Fact]
    public void Duplicate_points_back_to_the_first_listing()
    {
        var report = Fixtures.Validate(Fixtures.PassengerList(Kim, Lee, Kim), Fixtures.Context(Fixtures.Declaration(passengers: 3)));
        var f = Assert.Single(report.Findings, x => x.Code == "D87-3-7-DUPLICATE-TRAVELLER");
        Assert.Equal(2, f.TravellerIndex);
        Assert.Contains("traveller 0", f.Message, StringComparison.Ordinal);
        // The repeated person's passport is not reported again as a shared document.
        Assert.DoesNotContain(report.Findings, x => x.Code == "D87-2-5-DUPLICATE-DOCUMENT");
    }

    [Fact]
    public void Flight_status_message_is_not_judged_as_a_list()
    {
        var m = Fixtures.PassengerList() with { DocumentCode = DocumentCodes.FlightStatus, DocumentFunction = "CLOB" };
        var report = Fixtures.Validate(m);
        Assert.Equal("D87-1-NOT-A-REPORT", Assert.Single(report.Findings).Code);
        Assert.Equal(ReportOutcome.Accepted, report.Outcome);
        Assert.Null(report.Timing);
    }

    [Fact]
    public void Reference_only_entries_are_noted_not_judged()
    {
        var zzz = new Traveller(TravellerRoles.ReferenceOnly, new PersonName("", ValueList<string>.Empty), null, null, null, null,
            ValueList<QualifiedPlace>.Empty, ValueList.Of(new Reference("ABO", "P1")), null, null, ValueList<TravelDocument>.Empty, null);
        var report = Fixtures.Validate(Fixtures.PassengerList(Kim, zzz), Fixtures.Context(Fixtures.Declaration(passengers: 1)));
        Assert.Equal("D87-2-REFERENCE-ONLY", Assert.Single(report.Findings, f => f.TravellerIndex == 1).Code);
    }

    [Fact]
    public void Findings_are_sorted_errors_first()
    {
        var m = RuleTable.One(Fixtures.PassengerList(), t => t with { Sex = "U", Nationality = null });
        var report = Fixtures.Validate(m);
        Assert.Equal(["D87-2-1-NAT-MISSING", "D87-2-4-SEX-UNSPECIFIED"], report.Findings.Select(f => f.Code));
        Assert.Equal(ReportOutcome.Rejected, report.Outcome);
    }
}
