using Gateway.Schemas.Reports;

namespace Gateway.Domain.Validation.Rules;

/// <summary>Decree 87(2)5 (type and number of the travel document), ICAO 9303 and Act 73 (a valid passport).</summary>
public static class DocumentRules
{
    public static readonly Rule Missing = new("D87-2-5-DOC-MISSING", Severity.Error, "Decree 87(2)5",
        "No travel document is given.",
        "여행문서가 없습니다.");

    public static readonly Rule VisaOnly = new("D87-2-5-DOC-VISA-ONLY", Severity.Error, "Decree 87(2)5",
        "Only a visa is given; the travel document (passport or equivalent) is missing.",
        "사증만 있고 여행문서(여권 등)가 없습니다.");

    public static readonly Rule TypeMissing = new("D87-2-5-TYPE-MISSING", Severity.Error, "Decree 87(2)5",
        "Document type is missing.",
        "여행문서 종류가 없습니다.");

    public static readonly Rule TypeUnknown = new("D87-2-5-TYPE-UNKNOWN", Severity.Error, "Decree 87(2)5",
        "Document type '{0}' is not known (P, V, I, A, C, IP, AC, S, F, L, M, T).",
        "여행문서 종류 '{0}'은(는) 알 수 없는 코드입니다(P, V, I, A, C, IP, AC, S, F, L, M, T).");

    public static readonly Rule NumberMissing = new("D87-2-5-NUMBER-MISSING", Severity.Error, "Decree 87(2)5",
        "Document number is missing.",
        "여행문서 번호가 없습니다.");

    public static readonly Rule NumberCharacters = new("D87-2-5-NUMBER-CHARACTERS", Severity.Error, "Decree 87(2)5",
        "Document number '{0}' contains '{1}'; only letters A-Z and digits are allowed (ICAO 9303).",
        "여행문서 번호 '{0}'에 '{1}'이(가) 있습니다. 영문 대문자와 숫자만 쓸 수 있습니다(ICAO 9303).");

    public static readonly Rule NumberLength = new("D87-2-5-NUMBER-LENGTH", Severity.Error, "Decree 87(2)5",
        "Document number '{0}' has {1} characters; a document of type {2} has at most {3}.",
        "여행문서 번호 '{0}'은(는) {1}자입니다. 종류 {2} 문서는 최대 {3}자입니다.");

    public static readonly Rule NumberNormalised = new("D87-2-5-NUMBER-NORMALISED", Severity.Info, "Decree 87(2)5",
        "Document number '{0}' was read as '{1}' (spaces, hyphens and fillers removed, upper case).",
        "여행문서 번호 '{0}'을(를) '{1}'(으)로 읽었습니다(공백·하이픈·채움문자 제거, 대문자).");

    public static readonly Rule IssuerUnknown = new("D87-2-5-ISSUER-UNKNOWN", Severity.Warning, "Decree 87(2)5",
        "Issuing State '{0}' is not an ISO 3166-1 alpha-3 or ICAO 9303 code.",
        "발급국 '{0}'은(는) ISO 3166-1 알파-3 코드나 ICAO 9303 코드가 아닙니다.");

    public static readonly Rule ExpiryInvalid = new("D87-2-5-EXPIRY-INVALID", Severity.Warning, "Decree 87(2)5",
        "Expiry date '{0}' is not a real date (format {1}).",
        "만료일 '{0}'은(는) 존재하지 않는 날짜입니다(형식 {1}).");

    public static readonly Rule IssuedInvalid = new("D87-2-5-ISSUED-INVALID", Severity.Warning, "Decree 87(2)5",
        "Issue date '{0}' is not a real date (format {1}).",
        "발급일 '{0}'은(는) 존재하지 않는 날짜입니다(형식 {1}).");

    public static readonly Rule Expired = new("A73-DOC-EXPIRED", Severity.Error, "Act 73",
        "Document {0} expired on {1}, before the travel date {2}.",
        "여행문서 {0}의 만료일({1})이 여행일({2}) 이전입니다.");

    public static readonly Rule NotYetValid = new("A73-DOC-NOT-YET-VALID", Severity.Error, "Act 73",
        "Document {0} is issued on {1}, after the travel date {2}.",
        "여행문서 {0}의 발급일({1})이 여행일({2}) 이후입니다.");

    public static readonly Rule MrzFormat = new("D87-2-5-MRZ-FORMAT", Severity.Error, "Decree 87(2)5",
        "The machine-readable zone is not TD1 (3 x 30), TD2 (2 x 36), TD3 (2 x 44) or a visa (MRV-A/B): {0}.",
        "기계판독영역(MRZ)이 TD1(3 x 30), TD2(2 x 36), TD3(2 x 44) 또는 사증(MRV-A/B) 형식이 아닙니다: {0}.");

    public static readonly Rule MrzCharacters = new("D87-2-5-MRZ-CHARACTERS", Severity.Error, "Decree 87(2)5",
        "The machine-readable zone line {0} contains '{1}'; only A-Z, 0-9 and '<' are allowed.",
        "기계판독영역(MRZ) {0}행에 '{1}'이(가) 있습니다. A-Z, 0-9, '<'만 쓸 수 있습니다.");

    public static readonly Rule MrzCheckDigit = new("D87-2-5-MRZ-CHECK", Severity.Error, "Decree 87(2)5",
        "MRZ check digit of the {0} is '{1}', but the 7-3-1 computation gives '{2}' (ICAO 9303).",
        "MRZ {0}의 검증 숫자가 '{1}'이지만 7-3-1 계산 결과는 '{2}'입니다(ICAO 9303).");

    public static readonly Rule MrzMismatch = new("D87-2-5-MRZ-MISMATCH", Severity.Error, "Decree 87(2)5",
        "MRZ {0} '{1}' differs from the list's '{2}'.",
        "MRZ의 {0} '{1}'이(가) 명단의 '{2}'와(과) 다릅니다.");

    public static readonly Rule Duplicate = new("D87-2-5-DUPLICATE-DOCUMENT", Severity.Error, "Decree 87(2)5",
        "Document {0} is also given for traveller {1} ({2}).",
        "여행문서 {0}이(가) {1}번 여행자({2})에게도 기재되어 있습니다.");
}
