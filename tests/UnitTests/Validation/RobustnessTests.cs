using FsCheck;
using FsCheck.Fluent;
using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

/// <summary>Bad input produces findings, never exceptions: hand-picked nasties and random records.</summary>
public sealed class RobustnessTests
{
    private static readonly string?[] Texts =
    [
        null, "", " ", "KOR", "D", "kor", "QQQ", "KIM", "O'BRIEN", "김민수", "J0HN", "<<<", "\u0000\u001b", "M12345678", "ICN", "KRPUS",
        "NRT", "QZQ", "12", "P", "V", "I", "FL", "FM", "DDU", "DDT", "ZZZ", "X", "U", "M", "F", new string('A', 300), "\uD800",
        "P<KORKIM<<MINSU", Fixtures.KimMrz, "2611231000", "880231", "260229", "000229", "999999999999",
    ];

    private static readonly string[] Formats = ["101", "102", "201", "203", "ISO", "", "999"];

    private static Gen<string?> Text => Gen.Elements(Texts);
    private static Gen<MessageDate?> Date =>
        Gen.OneOf(Gen.Constant<MessageDate?>(null),
            from t in Gen.Elements(Texts.Where(s => s is not null).ToArray()) from f in Gen.Elements(Formats) select (MessageDate?)new MessageDate(t!, f),
            from n in Gen.Choose(0, 999999) from f in Gen.Elements(Formats) select (MessageDate?)new MessageDate(n.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), f));

    private static Gen<TravelDocument?> Document =>
        Gen.OneOf(Gen.Constant<TravelDocument?>(null),
            from type in Text from number in Text from expiry in Date from issued in Date from state in Text from mrz in Text
            select (TravelDocument?)new TravelDocument(type!, number!, expiry, issued, state, mrz));

    private static Gen<Traveller?> Person =>
        Gen.OneOf(Gen.Constant<Traveller?>(null),
            from role in Text from surname in Text from given in Gen.ArrayOf(Text) from sex in Text from dob in Date from nat in Text
            from docs in Gen.ArrayOf(Document) from tourist in Gen.Elements(true, false) from face in Text
            select (Traveller?)new Traveller(role!, new PersonName(surname!, new ValueList<string>(given.Select(g => g!))), sex, dob, nat, null,
                ValueList<QualifiedPlace>.Empty, ValueList<Reference>.Empty, null, null, new ValueList<TravelDocument>(docs.Select(d => d!)), null, face, tourist));

    private static Gen<LegPoint> Point =>
        from q in Gen.Elements("125", "87", "92", "130", "", "x") from loc in Text from t1 in Date from t2 in Date
        select new LegPoint(q, loc!, new ValueList<QualifiedDate>(new[] { t1, t2 }.Where(t => t is not null)
            .Select((t, i) => new QualifiedDate(i == 0 ? "189" : "232", t!))));

    private static Gen<Manifest> Manifest =>
        from code in Gen.Elements("745", "250", "266", "", "999") from function in Gen.Elements<string?>(null, "CP", "XR", "RP", "ZZ")
        from mode in Gen.Elements(TransportMode.Air, TransportMode.Sea, TransportMode.Unknown)
        from journey in Text from vehicle in Text from flag in Text from points in Gen.ArrayOf(Point)
        from people in Gen.ArrayOf(Person) from pax in Gen.Elements<int?>(null, 0, 1, 5, -3) from crew in Gen.Elements<int?>(null, 0, 2)
        select new Manifest(Fixtures.PassengerList().Header, code, function, null,
            new Conveyance(mode, journey, journey, vehicle, vehicle, flag, ValueList.Of(new Leg("20", journey, journey, points))),
            new ValueList<Traveller>(people.Select(p => p!)), new DeclaredTotals(pax, crew));

    [Fact]
    public void Random_records_never_throw_and_never_hit_the_safety_net()
    {
        Prop.ForAll(Manifest.ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (m, tourist) =>
        {
            var context = new ValidationContext { Received = Fixtures.Received, TouristLanding = tourist };
            var report = ReportValidator.Validate(m, context);
            _ = ReportText.Describe(report);
            var filed = ReportAmender.File(m, context);
            var amended = ReportAmender.Amend(filed, m, context);
            return report.Findings.All(f => f.Code != "GW-INTERNAL")
                   && amended.Report.Report.Findings.All(f => f.Code != "GW-INTERNAL")
                   && report.Findings.All(f => f.Message.Length > 0 && f.MessageKorean.Length > 0 && f.Article.Length > 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Random_MRZ_text_never_throws()
    {
        var chars = Gen.Elements("ABCXYZ0189<< \n\r\t".ToCharArray());
        Prop.ForAll(Gen.ArrayOf(chars).Select(a => new string(a)).ToArbitrary(), s =>
        {
            var r = Gateway.Domain.Validation.Mrz.MrzReader.Read(s);
            return r.Data is not null || r.ShapeError is not null || r.BadChar != '\0';
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Null_everywhere_is_findings_not_exceptions()
    {
        var m = new Manifest(null!, null!, null, null, null!, null!, null!);
        var report = ReportValidator.Validate(m, ValidationContext.At(Fixtures.Received));
        Assert.DoesNotContain(report.Findings, f => f.Code == "GW-INTERNAL");
        Assert.Equal(ReportOutcome.Rejected, report.Outcome);
        Assert.Contains(report.Findings, f => f.Code == "D87-1-LIST-EMPTY");
        var notice = NoticeValidator.Validate(new Notice(TravelDirection.Arrival, null!, null, false), ValidationContext.At(Fixtures.Received));
        Assert.Equal("D86-NOTICE-TIME-INVALID", Assert.Single(notice.Findings).Code);
    }

    [Fact]
    public void A_traveller_full_of_bad_values_gets_one_finding_per_field()
    {
        var bad = new Traveller("FL", new PersonName("", ValueList.Of("")), "?", new MessageDate("880231", "101"), "ZZZ", null,
            ValueList<QualifiedPlace>.Empty, ValueList<Reference>.Empty, null, null,
            ValueList.Of(new TravelDocument("Q", "", new MessageDate("310231", "101"), null, "??")), null);
        var report = Fixtures.Validate(Fixtures.PassengerList(bad));
        Assert.Equal(
            ["D87-2-1-NAT-UNKNOWN", "D87-2-2-SURNAME-MISSING", "D87-2-3-DOB-INVALID", "D87-2-4-SEX-UNKNOWN", "D87-2-5-TYPE-UNKNOWN", "D87-2-5-NUMBER-MISSING",
             "D87-2-2-GIVEN-MISSING", "D87-2-5-ISSUER-UNKNOWN", "D87-2-5-EXPIRY-INVALID"],
            report.Findings.Select(f => f.Code));
    }
}
