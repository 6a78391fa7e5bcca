using Gateway.Schemas.Reports;

namespace Gateway.Domain.Validation.Rules;

/// <summary>Rules on the list as a whole: its kind, duplicates, mixing, amendments; and the gateway's safety net.</summary>
public static class ListRules
{
    public static readonly Rule NotAReport = new("D87-1-NOT-A-REPORT", Severity.Info, "Decree 87(1)",
        "BGM {0} is a flight status message, not a crew or passenger list; it was not judged against Decree 87.",
        "BGM {0}은(는) 운항 상태 전문으로 승무원·승객 명단이 아니므로 시행령 제87조에 따른 검사를 하지 않았습니다.");

    public static readonly Rule ListTypeUnknown = new("D87-1-LIST-TYPE-UNKNOWN", Severity.Warning, "Decree 87(1)",
        "BGM document code '{0}' is neither 745 (passenger list) nor 250 (crew list).",
        "BGM 문서 코드 '{0}'은(는) 745(승객 명단)도 250(승무원 명단)도 아닙니다.");

    public static readonly Rule ListEmpty = new("D87-1-LIST-EMPTY", Severity.Error, "Decree 87(2)",
        "The list names no one.",
        "명단에 기재된 사람이 없습니다.");

    public static readonly Rule Mixed = new("D87-1-MIXED-LIST", Severity.Warning, "Decree 87(1)",
        "A {0} list also names {1} {2}; crew and passengers are reported in separate lists.",
        "{0} 명단에 {2} {1}명이 함께 기재되어 있습니다. 승무원과 승객은 별도 명단으로 보고합니다.");

    public static readonly Rule DuplicateTraveller = new("D87-3-7-DUPLICATE-TRAVELLER", Severity.Error, "Decree 87(3)7",
        "The same person (name and date of birth) is also listed as traveller {0}; the list counts them twice.",
        "같은 사람(성명·생년월일)이 {0}번 여행자로도 기재되어 두 번 계산됩니다.");

    public static readonly Rule AmendOtherFlight = new("D87-4-AMEND-OTHER-FLIGHT", Severity.Error, "Decree 87(4)",
        "This amendment is for {0}, not for the amended report's {1}; it was not applied.",
        "이 보완 전문은 {0}에 대한 것으로 대상 보고({1})와 달라 반영하지 않았습니다.");

    public static readonly Rule AmendUnknownTraveller = new("D87-4-AMEND-UNKNOWN-TRAVELLER", Severity.Warning, "Decree 87(4)",
        "Function {0} names a traveller the report does not hold: {1}.",
        "기능 코드 {0}의 여행자가 기존 보고에 없어 {1}.");

    public static readonly Rule AmendFunctionUnknown = new("D87-4-AMEND-FUNCTION-UNKNOWN", Severity.Warning, "Decree 87(4)",
        "BGM function '{0}' is not CP, XR or RP; the message was applied as a supplement.",
        "BGM 기능 코드 '{0}'은(는) CP, XR, RP가 아니므로 보완 제출로 처리했습니다.");

    public static readonly Rule Amended = new("D87-4-AMENDED", Severity.Info, "Decree 87(4)",
        "Amended by {0} received {1} UTC: {2} added, {3} changed, {4} removed.",
        "{1} UTC에 접수된 {0}(으)로 보완됨: 추가 {2}명, 변경 {3}명, 삭제 {4}명.");

    public static readonly Rule Internal = new("GW-INTERNAL", Severity.Error, "Decree 87",
        "The gateway could not judge part of this report ({0}); it was not accepted. Report this to the agency.",
        "게이트웨이가 이 보고의 일부({0})를 판단하지 못해 접수하지 않았습니다. 기관에 알려 주십시오.");
}
