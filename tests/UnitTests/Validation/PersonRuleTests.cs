using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation;

namespace Gateway.UnitTests.Validation;

/// <summary>Decree 87(2): what a list must state about each person. One row per behaviour, each citing its article.</summary>
public sealed class PersonRuleTests
{
    private static RuleCase P(string article, string reason, string? expect, Func<Traveller, Traveller> change) =>
        new(article, reason, expect, m => RuleTable.One(m, change));

    private static MessageDate Dob(string text, string format = MessageDate.Yymmdd) => new(text, format);
    private static PersonName Name(string surname, params string[] given) => new(surname, given);

    public static readonly Dictionary<string, RuleCase> Cases = new()
    {
        ["nat-missing"] = P("Decree 87(2)1", "no nationality", "D87-2-1-NAT-MISSING", t => t with { Nationality = null }),
        ["nat-blank"] = P("Decree 87(2)1", "blank nationality counts as missing", "D87-2-1-NAT-MISSING", t => t with { Nationality = "  " }),
        ["nat-unknown"] = P("Decree 87(2)1", "QQQ is no ISO or ICAO code", "D87-2-1-NAT-UNKNOWN", t => t with { Nationality = "QQQ" }),
        ["nat-alpha2"] = P("Decree 87(2)1", "alpha-2 KR is not the alpha-3 the list needs", "D87-2-1-NAT-UNKNOWN", t => t with { Nationality = "KR" }),
        ["nat-lower"] = P("Decree 87(2)1", "codes are upper case", "D87-2-1-NAT-UNKNOWN", t => t with { Nationality = "kor" }),
        ["nat-iso"] = P("Decree 87(2)1", "USA is ISO alpha-3", null, t => t with { Nationality = "USA" }),
        ["nat-germany-d"] = P("Decree 87(2)1", "D is ICAO's code for Germany", null, t => t with { Nationality = "D" }),
        ["nat-germany-mrz"] = P("Decree 87(2)1", "D<< as in the MRZ is still Germany", null, t => t with { Nationality = "D<<" }),
        ["nat-gbn"] = P("Decree 87(2)1", "GBN British National (Overseas) is ICAO", null, t => t with { Nationality = "GBN" }),
        ["nat-xxa"] = P("Decree 87(2)1", "XXA stateless is ICAO", null, t => t with { Nationality = "XXA" }),
        ["nat-uno"] = P("Decree 87(2)1", "UNO United Nations is ICAO", null, t => t with { Nationality = "UNO" }),
        ["nat-xxx"] = P("Decree 87(2)1", "XXX unspecified nationality is ICAO", null, t => t with { Nationality = "XXX" }),
        ["nat-rks"] = P("Decree 87(2)1", "RKS is used but not standard", "D87-2-1-NAT-NONSTANDARD", t => t with { Nationality = "RKS" }),

        ["surname-empty"] = P("Decree 87(2)2", "empty surname", "D87-2-2-SURNAME-MISSING", t => t with { Name = Name("", "MINSU") }),
        ["surname-null-name"] = P("Decree 87(2)2", "no name at all", "D87-2-2-SURNAME-MISSING", t => t with { Name = null! }),
        ["given-none"] = P("Decree 87(2)2", "a mononym passes with a warning", "D87-2-2-GIVEN-MISSING", t => t with { Name = Name("SUKARNO") }),
        ["given-blank"] = P("Decree 87(2)2", "blank given names count as none", "D87-2-2-GIVEN-MISSING", t => t with { Name = Name("KIM", " ", "") }),
        ["name-digit"] = P("Decree 87(2)2", "a digit zero in a name", "D87-2-2-NAME-CHARACTERS", t => t with { Name = Name("KIM", "J0HN") }),
        ["name-slash"] = P("Decree 87(2)2", "a slash is no name character", "D87-2-2-NAME-CHARACTERS", t => t with { Name = Name("SMITH/JOHN", "A") }),
        ["name-filler"] = P("Decree 87(2)2", "MRZ fillers are not name characters", "D87-2-2-NAME-CHARACTERS", t => t with { Name = Name("O<BRIEN", "SEAN") }),
        ["name-hangul"] = P("Decree 87(2)2", "Hangul is not the passport's Latin name", "D87-2-2-NAME-CHARACTERS", t => t with { Name = Name("김", "민수") }),
        ["name-apostrophe"] = P("Decree 87(2)2", "apostrophes and hyphens are allowed", null, t => t with { Name = Name("O'BRIEN-SMITH", "SEAN PAUL") }),
        ["name-lower"] = P("Decree 87(2)2", "lower case letters are letters", null, t => t with { Name = Name("Kim", "Minsu") }),
        ["name-diacritic"] = P("Decree 87(2)2", "accents should be transliterated as in the MRZ", "D87-2-2-NAME-DIACRITICS", t => t with { Name = Name("MÜLLER", "JÖRG") }),
        ["name-title"] = P("Decree 87(2)2", "MR appended to given names is a title", "D87-2-2-NAME-TITLE", t => t with { Name = Name("KIM", "MINSU MR") }),
        ["name-title-word"] = P("Decree 87(2)2", "MRS as its own given-name part is a title", "D87-2-2-NAME-TITLE", t => t with { Name = Name("KIM", "YUNA", "MRS") }),

        ["dob-missing"] = P("Decree 87(2)3", "no date of birth", "D87-2-3-DOB-MISSING", t => t with { BirthDate = null }),
        ["dob-31feb"] = P("Decree 87(2)3", "31 February does not exist", "D87-2-3-DOB-INVALID", t => t with { BirthDate = Dob("880231") }),
        ["dob-garbage"] = P("Decree 87(2)3", "letters are no date", "D87-2-3-DOB-INVALID", t => t with { BirthDate = Dob("88O4O2") }),
        ["dob-month13"] = P("Decree 87(2)3", "month 13", "D87-2-3-DOB-INVALID", t => t with { BirthDate = Dob("1988-13-01", MessageDate.Iso) }),
        ["dob-unknown-format"] = P("Decree 87(2)3", "a format code we cannot read", "D87-2-3-DOB-INVALID", t => t with { BirthDate = Dob("880402", "999") }),
        ["dob-leap-2000"] = P("Decree 87(2)3", "29 Feb 2000 is real (leap year)", null, t => t with { BirthDate = Dob("000229") }),
        ["dob-leap-2001"] = P("Decree 87(2)3", "29 Feb 2001 is not", "D87-2-3-DOB-INVALID", t => t with { BirthDate = Dob("010229") }),
        ["dob-leap-1900"] = P("Decree 87(2)3", "1900 was not a leap year", "D87-2-3-DOB-INVALID", t => t with { BirthDate = Dob("19000229", MessageDate.Ccyymmdd) }),
        ["dob-leap-1904-age"] = P("Decree 87(2)3", "29 Feb 1904 is real but 122 years ago", "D87-2-3-DOB-IMPLAUSIBLE", t => t with { BirthDate = Dob("19040229", MessageDate.Ccyymmdd) }),
        ["dob-future"] = P("Decree 87(2)3", "born after the report", "D87-2-3-DOB-FUTURE", t => t with { BirthDate = Dob("20270101", MessageDate.Ccyymmdd) }),
        ["dob-tomorrow-2digit"] = P("Decree 87(2)3", "a two-digit year for tomorrow goes back a century (99 years old), never into the future", null, t => t with { BirthDate = Dob("261121") }),
        ["dob-today"] = P("Decree 87(2)3", "a baby born on the day of the report is legal", null, t => t with { BirthDate = Dob("20261120", MessageDate.Ccyymmdd) }),
        ["dob-121"] = P("Decree 87(2)3", "121 years old is not plausible", "D87-2-3-DOB-IMPLAUSIBLE", t => t with { BirthDate = Dob("19051119", MessageDate.Ccyymmdd) }),
        ["dob-120"] = P("Decree 87(2)3", "120 is the last plausible age (warned as 100+)", "D87-2-3-DOB-CENTENARIAN", t => t with { BirthDate = Dob("19061120", MessageDate.Ccyymmdd) }),
        ["dob-crew-child"] = P("Decree 87(2)3", "a crew member of 10", "D87-2-3-CREW-UNDERAGE",
            t => t with { Role = TravellerRoles.Crew, BirthDate = Dob("20160101", MessageDate.Ccyymmdd) }),

        ["sex-missing"] = P("Decree 87(2)4", "no sex", "D87-2-4-SEX-MISSING", t => t with { Sex = null }),
        ["sex-x"] = P("Decree 87(2)4", "X is a passport value", null, t => t with { Sex = "X" }),
        ["sex-f"] = P("Decree 87(2)4", "F", null, t => t with { Sex = "F" }),
        ["sex-u"] = P("Decree 87(2)4", "U (unspecified) is PAXLST's, not the passport's", "D87-2-4-SEX-UNSPECIFIED", t => t with { Sex = "U" }),
        ["sex-other"] = P("Decree 87(2)4", "MALE is not a code", "D87-2-4-SEX-UNKNOWN", t => t with { Sex = "MALE" }),

        ["role-unknown"] = P("Decree 87(2)6", "role QQ says neither crew nor passenger nor transit", "D87-2-6-ROLE-UNKNOWN", t => t with { Role = "QQ" }),
        ["role-empty"] = P("Decree 87(2)6", "an empty role", "D87-2-6-ROLE-UNKNOWN", t => t with { Role = "" }),
        ["role-transit"] = new("Decree 87(2)6", "DDU marks a transit passenger (declared as such)", null,
            m => RuleTable.One(m, t => t with { Role = TravellerRoles.TransitPassenger }),
            c => c with { Declaration = Fixtures.Declaration(transit: 1) }),

        ["face-missing"] = P("Decree 87(2)7", "tourist landing applicant without facial information", "D87-2-7-FACE-MISSING",
            t => t with { TouristLanding = true }),
        ["face-given"] = P("Decree 87(2)7", "tourist landing applicant with facial information", null,
            t => t with { TouristLanding = true, FacialImage = "sha256:7f3a" }),
        ["face-crew"] = P("Decree 87(2)7", "crew cannot apply for a tourist landing", "D87-2-7-CREW-TOURIST",
            t => t with { Role = TravellerRoles.Crew, TouristLanding = true, FacialImage = "sha256:7f3a" }),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Person_rule(string name)
    {
        var row = Cases[name];
        // Tourist landing moves the deadline to 24 h: receive early enough that timing stays out of these rows.
        RuleTable.Run(row with { Context = c => (row.Context?.Invoke(c) ?? c) with { Received = Fixtures.Received.AddDays(-2) } });
    }

    [Fact]
    public void Voyage_tourist_flag_requires_faces_of_foreign_passengers_only()
    {
        var foreigner = Fixtures.Passenger("SATO", "YUKI") with { Nationality = "JPN" };
        var korean = Fixtures.Passenger();
        var context = Fixtures.Context(Fixtures.Declaration(passengers: 2), Fixtures.Received.AddDays(-2)) with { TouristLanding = true };
        var report = ReportValidator.Validate(Fixtures.PassengerList(foreigner, korean), context);
        var face = Assert.Single(report.Findings, f => f.Code == "D87-2-7-FACE-MISSING");
        Assert.Equal(0, face.TravellerIndex);
        Assert.Equal("SATO, YUKI", face.TravellerName);
        Assert.Equal("travellers[0].facialImage", face.Path);
    }

    [Theory]
    [InlineData("2008-02-29", "2026-02-28", 17)] // leap-day birthday not yet come in a common year
    [InlineData("2008-02-29", "2026-03-01", 18)] // it comes on 1 March
    [InlineData("2008-02-29", "2028-02-29", 20)] // and on the day itself in a leap year
    [InlineData("1988-04-02", "2026-04-01", 37)]
    [InlineData("1988-04-02", "2026-04-02", 38)]
    public void Age_counts_whole_years_with_leap_day_birthdays_on_1_March(string birth, string on, int age)
    {
        Assert.Equal(age, PersonChecks.Age(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture),
            DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Finding_names_the_person_and_the_field()
    {
        var m = RuleTable.One(Fixtures.PassengerList(), t => t with { Nationality = "QQQ" });
        var f = Assert.Single(Fixtures.Validate(m).Findings);
        Assert.Equal("travellers[0].nationality", f.Path);
        Assert.Equal(0, f.TravellerIndex);
        Assert.Equal("KIM, MINSU", f.TravellerName);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Contains("'QQQ'", f.Message, StringComparison.Ordinal);
        Assert.Contains("'QQQ'", f.MessageKorean, StringComparison.Ordinal);
    }
}
