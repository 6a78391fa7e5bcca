using Gateway.Schemas.Reports;

namespace Gateway.Domain.Validation.Rules;

/// <summary>Decree 87(2): what the crew and passenger lists must state about every person.</summary>
public static class PersonRules
{
    public static readonly Rule RoleUnknown = new("D87-2-6-ROLE-UNKNOWN", Severity.Error, "Decree 87(2)6",
        "Role '{0}' is not FL (passenger), FM (crew), DDU (transit passenger) or DDT (transit crew): whether the person is crew, passenger or in transit is unknown.",
        "구분 코드 '{0}'은(는) FL(승객), FM(승무원), DDU(통과 승객), DDT(통과 승무원)가 아니어서 승무원·승객 여부와 통과 여부를 알 수 없습니다.");

    public static readonly Rule ReferenceOnly = new("D87-2-REFERENCE-ONLY", Severity.Info, "Decree 87(2)",
        "Entry carries references only (NAD+ZZZ, flight close); personal data was not judged.",
        "참조 정보만 있는 항목(NAD+ZZZ, 운항 종료)이므로 인적 사항은 검사하지 않았습니다.");

    public static readonly Rule NationalityMissing = new("D87-2-1-NAT-MISSING", Severity.Error, "Decree 87(2)1",
        "Nationality is missing.",
        "국적이 없습니다.");

    public static readonly Rule NationalityUnknown = new("D87-2-1-NAT-UNKNOWN", Severity.Error, "Decree 87(2)1",
        "Nationality '{0}' is not an ISO 3166-1 alpha-3 code or an ICAO 9303 code{1}.",
        "국적 '{0}'은(는) ISO 3166-1 알파-3 코드나 ICAO 9303 코드가 아닙니다{1}.");

    public static readonly Rule NationalityNonStandard = new("D87-2-1-NAT-NONSTANDARD", Severity.Warning, "Decree 87(2)1",
        "Nationality '{0}' is used by some documents but is neither ISO 3166-1 nor ICAO 9303; accepted, check the passport.",
        "국적 '{0}'은(는) 일부 여권에서 쓰이지만 ISO 3166-1이나 ICAO 9303 코드가 아닙니다. 접수하되 여권을 확인하십시오.");

    public static readonly Rule SurnameMissing = new("D87-2-2-SURNAME-MISSING", Severity.Error, "Decree 87(2)2",
        "Surname is missing.",
        "성(姓)이 없습니다.");

    public static readonly Rule GivenNamesMissing = new("D87-2-2-GIVEN-MISSING", Severity.Warning, "Decree 87(2)2",
        "No given names: acceptable only when the passport has none.",
        "이름(名)이 없습니다. 여권에 이름이 없는 경우에만 허용됩니다.");

    public static readonly Rule NameCharacters = new("D87-2-2-NAME-CHARACTERS", Severity.Error, "Decree 87(2)2",
        "{0} '{1}' contains '{2}', which a passport name cannot hold (letters, spaces, hyphens and apostrophes only).",
        "{0} '{1}'에 여권 성명에 쓸 수 없는 문자 '{2}'이(가) 있습니다(문자, 공백, 하이픈, 아포스트로피만 허용).");

    public static readonly Rule NameDiacritics = new("D87-2-2-NAME-DIACRITICS", Severity.Warning, "Decree 87(2)2",
        "{0} '{1}' contains '{2}': send the name as in the machine-readable zone (ICAO 9303 transliteration).",
        "{0} '{1}'에 '{2}'이(가) 있습니다. 기계판독영역(MRZ)과 같이 ICAO 9303 방식으로 음역하여 보내십시오.");

    public static readonly Rule NameTitle = new("D87-2-2-NAME-TITLE", Severity.Warning, "Decree 87(2)2",
        "Given names end with the title '{0}', which is not part of the name in the passport.",
        "이름 끝의 '{0}'은(는) 여권상 성명이 아닌 호칭입니다.");

    public static readonly Rule BirthDateMissing = new("D87-2-3-DOB-MISSING", Severity.Error, "Decree 87(2)3",
        "Date of birth is missing.",
        "생년월일이 없습니다.");

    public static readonly Rule BirthDateInvalid = new("D87-2-3-DOB-INVALID", Severity.Error, "Decree 87(2)3",
        "Date of birth '{0}' is not a real date (format {1}).",
        "생년월일 '{0}'은(는) 존재하지 않는 날짜입니다(형식 {1}).");

    public static readonly Rule BirthDateFuture = new("D87-2-3-DOB-FUTURE", Severity.Error, "Decree 87(2)3",
        "Date of birth {0} is after the date of the report ({1}).",
        "생년월일 {0}이(가) 보고일({1}) 이후입니다.");

    public static readonly Rule BirthDateImplausible = new("D87-2-3-DOB-IMPLAUSIBLE", Severity.Error, "Decree 87(2)3",
        "Date of birth {0} makes the person {1} years old; more than 120 is not plausible.",
        "생년월일 {0}에 따르면 나이가 {1}세로, 120세를 넘어 타당하지 않습니다.");

    public static readonly Rule BirthDateCentenarian = new("D87-2-3-DOB-CENTENARIAN", Severity.Warning, "Decree 87(2)3",
        "Date of birth {0} makes the person {1} years old; check the date of birth.",
        "생년월일 {0}에 따르면 나이가 {1}세입니다. 생년월일을 확인하십시오.");

    public static readonly Rule CrewUnderage = new("D87-2-3-CREW-UNDERAGE", Severity.Warning, "Decree 87(2)3",
        "Crew member born {0} is {1} years old; check the date of birth.",
        "승무원의 생년월일이 {0}로 나이가 {1}세입니다. 생년월일을 확인하십시오.");

    public static readonly Rule SexMissing = new("D87-2-4-SEX-MISSING", Severity.Error, "Decree 87(2)4",
        "Sex is missing.",
        "성별이 없습니다.");

    public static readonly Rule SexUnknown = new("D87-2-4-SEX-UNKNOWN", Severity.Error, "Decree 87(2)4",
        "Sex '{0}' is not M, F or X.",
        "성별 '{0}'은(는) M, F, X 중 하나가 아닙니다.");

    public static readonly Rule SexUnspecified = new("D87-2-4-SEX-UNSPECIFIED", Severity.Warning, "Decree 87(2)4",
        "Sex 'U' (unspecified) is not what the passport shows: send M, F or X.",
        "성별 'U'(미상)는 여권 표기가 아닙니다. M, F, X 중 하나로 보내십시오.");

    public static readonly Rule FacialMissing = new("D87-2-7-FACE-MISSING", Severity.Error, "Decree 87(2)7",
        "Facial information is missing for a passenger applying for a tourist landing permit (Act 14-2).",
        "관광상륙허가(법 제14조의2)를 신청하는 승객의 얼굴 정보가 없습니다.");

    public static readonly Rule TouristLandingCrew = new("D87-2-7-CREW-TOURIST", Severity.Warning, "Decree 87(2)7",
        "A crew member is marked as applying for a tourist landing permit, which is for passengers (Act 14-2); crew land under Act 14.",
        "승무원이 관광상륙허가 신청자로 표시되어 있습니다. 관광상륙허가(법 제14조의2)는 승객용이며 승무원은 법 제14조에 따릅니다.");
}
