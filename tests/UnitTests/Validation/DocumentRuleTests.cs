using Gateway.Schemas;
using Gateway.Schemas.Manifests;

namespace Gateway.UnitTests.Validation;

/// <summary>Decree 87(2)5 (document type and number), Act 73 (valid on the travel date) and the ICAO 9303 MRZ.</summary>
public sealed class DocumentRuleTests
{
    private static RuleCase D(string article, string reason, string? expect, Func<TravelDocument, TravelDocument> change) =>
        new(article, reason, expect, m => RuleTable.One(m, t => t with { Documents = ValueList.Of(change(t.Documents[0])) }));

    private static RuleCase T(string article, string reason, string? expect, Func<Traveller, Traveller> change) =>
        new(article, reason, expect, m => RuleTable.One(m, change));

    private static MessageDate Date(string text) => new(text, MessageDate.Yymmdd);

    // The arrival is on 23 Nov 2026 (local, Incheon): documents must be valid that day.
    public static readonly Dictionary<string, RuleCase> Cases = new()
    {
        ["none"] = T("Decree 87(2)5", "no document at all", "D87-2-5-DOC-MISSING", t => t with { Documents = ValueList<TravelDocument>.Empty }),
        ["visa-only"] = T("Decree 87(2)5", "a visa is not a travel document", "D87-2-5-DOC-VISA-ONLY",
            t => t with { Documents = ValueList.Of(new TravelDocument("V", "V1234567", null, null, "KOR")) }),
        ["passport-and-visa"] = T("Decree 87(2)5", "passport plus visa", null,
            t => t with { Documents = ValueList.Of(t.Documents[0], new TravelDocument("V", "V1234567", Date("271231"), null, "KOR")) }),
        ["type-missing"] = D("Decree 87(2)5", "empty type", "D87-2-5-TYPE-MISSING", d => d with { Type = "" }),
        ["type-unknown"] = D("Decree 87(2)5", "Z is no document type", "D87-2-5-TYPE-UNKNOWN", d => d with { Type = "Z" }),
        ["type-id-card"] = D("Decree 87(2)5", "I identity card", null, d => d with { Type = "I" }),
        ["type-crew-cert"] = D("Decree 87(2)5", "AC crew member certificate", null, d => d with { Type = "AC" }),
        ["type-seafarer"] = D("Decree 87(2)5", "S seafarer's identity document (Act 73 names it for crews)", null, d => d with { Type = "S" }),
        ["number-missing"] = D("Decree 87(2)5", "empty number", "D87-2-5-NUMBER-MISSING", d => d with { Number = " " }),
        ["number-bad-char"] = D("Decree 87(2)5", "a slash in the number", "D87-2-5-NUMBER-CHARACTERS", d => d with { Number = "M1234/678" }),
        ["number-hangul"] = D("Decree 87(2)5", "non-Latin characters in the number", "D87-2-5-NUMBER-CHARACTERS", d => d with { Number = "가1234567" }),
        ["number-passport-10"] = D("Decree 87(2)5", "a passport number has at most 9 characters", "D87-2-5-NUMBER-LENGTH", d => d with { Number = "M123456789" }),
        ["number-card-12"] = D("Decree 87(2)5", "an identity card may carry 12 (TD1 overflow)", null, d => d with { Type = "I", Number = "D23145890734" }),
        ["number-card-23"] = D("Decree 87(2)5", "but not 23", "D87-2-5-NUMBER-LENGTH", d => d with { Type = "I", Number = "D2314589073412345678901" }),
        ["number-spaces"] = D("Decree 87(2)5", "spaces and hyphens are dropped, with a note", "D87-2-5-NUMBER-NORMALISED", d => d with { Number = "m 1234-5678" }),
        ["issuer-unknown"] = D("Decree 87(2)5", "issuing State QQQ", "D87-2-5-ISSUER-UNKNOWN", d => d with { IssuingState = "QQQ" }),
        ["issuer-d"] = D("Decree 87(2)5", "issuing State D (Germany, ICAO)", null, d => d with { IssuingState = "D" }),
        ["expired"] = D("Act 73", "expired the day before arrival", "A73-DOC-EXPIRED", d => d with { Expiry = Date("261122") }),
        ["expires-on-arrival"] = D("Act 73", "expiring on the arrival date is still valid that day", null, d => d with { Expiry = Date("261123") }),
        ["expired-long-ago"] = D("Act 73", "expired in 2019", "A73-DOC-EXPIRED", d => d with { Expiry = Date("190101") }),
        ["not-yet-valid"] = D("Act 73", "issued the day after arrival", "A73-DOC-NOT-YET-VALID", d => d with { Issued = Date("261124") }),
        ["issued-on-arrival"] = D("Act 73", "issued on the arrival date", null, d => d with { Issued = Date("261123") }),
        ["expiry-31feb"] = D("Decree 87(2)5", "expiry 31 February", "D87-2-5-EXPIRY-INVALID", d => d with { Expiry = Date("300231") }),
        ["issued-garbage"] = D("Decree 87(2)5", "issue date not a date", "D87-2-5-ISSUED-INVALID", d => d with { Issued = new MessageDate("XX", "102") }),
        ["visa-expired"] = T("Act 73", "an expired visa beside a valid passport", "A73-DOC-EXPIRED",
            t => t with { Documents = ValueList.Of(t.Documents[0], new TravelDocument("V", "V1234567", Date("250101"), null, "KOR")) }),

        ["mrz-valid"] = D("Decree 87(2)5", "a TD3 MRZ that agrees with the list", null, d => d with { Mrz = Fixtures.KimMrz }),
        ["mrz-crlf"] = D("Decree 87(2)5", "CRLF and blanks around lines are fine", null, d => d with { Mrz = "  " + Fixtures.KimMrz.Replace("\n", "\r\n", StringComparison.Ordinal) + "\r\n" }),
        ["mrz-shape"] = D("Decree 87(2)5", "a line of 43 is no layout", "D87-2-5-MRZ-FORMAT", d => d with { Mrz = Fixtures.KimMrz[..^1] }),
        ["mrz-one-line"] = D("Decree 87(2)5", "one line only", "D87-2-5-MRZ-FORMAT", d => d with { Mrz = Fixtures.KimMrz.Split('\n')[0] }),
        ["mrz-lower"] = D("Decree 87(2)5", "lower case is not MRZ", "D87-2-5-MRZ-CHARACTERS", d => d with { Mrz = Fixtures.KimMrz.Replace("KIM", "kim", StringComparison.Ordinal) }),
        ["mrz-number-digit"] = D("Decree 87(2)5", "number check digit 8 changed to 7", "D87-2-5-MRZ-CHECK", d => d with { Mrz = Fixtures.KimMrz.Replace("M123456788", "M123456787", StringComparison.Ordinal) }),
        ["mrz-dob-digit"] = D("Decree 87(2)5", "birth-date check digit 0 changed to 1", "D87-2-5-MRZ-CHECK", d => d with { Mrz = Fixtures.KimMrz.Replace("8804020", "8804021", StringComparison.Ordinal) }),
        ["mrz-composite"] = D("Decree 87(2)5", "composite digit 0 changed to 9", "D87-2-5-MRZ-CHECK", d => d with { Mrz = Fixtures.KimMrz[..^1] + "9" }),
        ["mrz-other-number"] = D("Decree 87(2)5", "the list's number differs from the MRZ's", "D87-2-5-MRZ-MISMATCH", d => d with { Number = "M12345679", Mrz = Fixtures.KimMrz }),
        ["mrz-other-surname"] = new("Decree 87(2)5", "the list's surname differs from the MRZ's", "D87-2-5-MRZ-MISMATCH",
            m => RuleTable.One(m, t => t with { Name = new PersonName("LEE", ValueList.Of("MINSU")), Documents = ValueList.Of(t.Documents[0] with { Mrz = Fixtures.KimMrz }) })),
        ["mrz-other-dob"] = new("Decree 87(2)5", "the list's date of birth differs from the MRZ's", "D87-2-5-MRZ-MISMATCH",
            m => RuleTable.One(m, t => t with { BirthDate = Date("880403"), Documents = ValueList.Of(t.Documents[0] with { Mrz = Fixtures.KimMrz }) })),
        ["mrz-other-sex"] = new("Decree 87(2)5", "the list's sex differs from the MRZ's", "D87-2-5-MRZ-MISMATCH",
            m => RuleTable.One(m, t => t with { Sex = "F", Documents = ValueList.Of(t.Documents[0] with { Mrz = Fixtures.KimMrz }) })),
        ["mrz-other-expiry"] = D("Decree 87(2)5", "the list's expiry differs from the MRZ's", "D87-2-5-MRZ-MISMATCH", d => d with { Expiry = Date("301230"), Mrz = Fixtures.KimMrz }),
    };

    public static TheoryData<string> Names => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Names))]
    public void Document_rule(string name) => RuleTable.Run(Cases[name]);
}
