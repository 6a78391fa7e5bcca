using Gateway.Schemas.Reports;

namespace Gateway.Domain.Validation.Rules;

/// <summary>Decree 87(3) (the vessel or aircraft) and 87(4) (supplements for missing people).</summary>
public static class ConveyanceRules
{
    public static readonly Rule DeclarationMissing = new("D87-3-GD-MISSING", Severity.Warning, "Decree 87(3)",
        "No general declaration came with this list: aircraft/vessel type (87(3)1), registration mark (87(3)2) and the transit count (87(3)7) are not in it.",
        "이 명단과 함께 출·입항보고서(G/D)가 제출되지 않아 선박·항공기 종류(87(3)1), 등록기호(87(3)2), 통과 승객 수(87(3)7)가 없습니다.");

    public static readonly Rule TypeMissing = new("D87-3-1-TYPE-MISSING", Severity.Error, "Decree 87(3)1",
        "The type of the {0} is missing.",
        "{0}의 종류가 없습니다.");

    public static readonly Rule RegistrationMissing = new("D87-3-2-REGISTRATION-MISSING", Severity.Error, "Decree 87(3)2",
        "The registration mark of the {0} is missing.",
        "{0}의 등록기호가 없습니다.");

    public static readonly Rule NameMissing = new("D87-3-2-NAME-MISSING", Severity.Error, "Decree 87(3)2",
        "The {0} is missing.",
        "{0}이(가) 없습니다.");

    public static readonly Rule ImoCheck = new("D87-3-2-IMO-CHECK", Severity.Warning, "Decree 87(3)2",
        "IMO number '{0}' fails its check digit (expected {1}).",
        "IMO 번호 '{0}'의 검증 숫자가 맞지 않습니다(기대값 {1}).");

    public static readonly Rule NationalityMissing = new("D87-3-3-NATIONALITY-MISSING", Severity.Error, "Decree 87(3)3",
        "The nationality (State of registry) of the {0} is missing.",
        "{0}의 국적(등록국)이 없습니다.");

    public static readonly Rule NationalityUnknown = new("D87-3-3-NATIONALITY-UNKNOWN", Severity.Error, "Decree 87(3)3",
        "The nationality '{0}' of the {1} is not an ISO 3166-1 code.",
        "{1}의 국적 '{0}'은(는) ISO 3166-1 코드가 아닙니다.");

    public static readonly Rule PortCodeInvalid = new("D87-3-PORT-CODE-INVALID", Severity.Error, "Decree 87(3)",
        "Port '{0}' is neither an IATA/ICAO airport code nor a UN/LOCODE.",
        "항구·공항 '{0}'은(는) IATA/ICAO 공항 코드나 UN/LOCODE가 아닙니다.");

    public static readonly Rule DepartureMissing = new("D87-3-4-DEPARTURE-MISSING", Severity.Error, "Decree 87(3)4",
        "The port of departure is missing.",
        "출발항이 없습니다.");

    public static readonly Rule DepartureTimeInvalid = new("D87-3-4-DEPARTURE-TIME-INVALID", Severity.Error, "Decree 87(3)4",
        "The departure time at {0} is missing or not a real date and time ('{1}').",
        "{0}의 출발 일시가 없거나 존재하지 않는 일시입니다('{1}').");

    public static readonly Rule CallTimeMissing = new("D87-3-5-CALL-TIME-MISSING", Severity.Warning, "Decree 87(3)5",
        "The port of call {0} has no readable time ('{1}').",
        "경유항 {0}의 일시가 없거나 읽을 수 없습니다('{1}').");

    public static readonly Rule ArrivalMissing = new("D87-3-6-ARRIVAL-MISSING", Severity.Error, "Decree 87(3)6",
        "The port of arrival is missing.",
        "도착항이 없습니다.");

    public static readonly Rule ArrivalTimeInvalid = new("D87-3-6-ARRIVAL-TIME-INVALID", Severity.Error, "Decree 87(3)6",
        "The arrival time at {0} is missing or not a real date and time ('{1}').",
        "{0}의 도착 일시가 없거나 존재하지 않는 일시입니다('{1}').");

    public static readonly Rule ArrivalBeforeDeparture = new("D87-3-6-ARRIVAL-BEFORE-DEPARTURE", Severity.Error, "Decree 87(3)6",
        "Arrival at {0} ({1} UTC) is not after departure from {2} ({3} UTC).",
        "{0} 도착({1} UTC)이 {2} 출발({3} UTC)보다 늦지 않습니다.");

    public static readonly Rule CountMissing = new("D87-3-7-COUNT-MISSING", Severity.Warning, "Decree 87(3)7",
        "The number of {0} is not declared (CNT or general declaration).",
        "{0} 수가 신고되지 않았습니다(CNT 또는 출·입항보고서).");

    public static readonly Rule CountExcess = new("D87-3-7-COUNT-EXCESS", Severity.Warning, "Decree 87(3)7",
        "{0}: {1} declared but {2} listed; correct the declared number.",
        "{0}을(를) {1}명으로 신고했으나 명단에는 {2}명입니다. 신고 인원을 정정하십시오.");

    public static readonly Rule Shortfall = new("D87-4-SHORTFALL", Severity.Error, "Decree 87(4)",
        "{0}: {1} declared but {2} listed, {3} missing. Send a supplement with the missing people without delay.",
        "{0}을(를) {1}명으로 신고했으나 명단에는 {2}명으로 {3}명이 빠졌습니다. 빠진 인원을 지체 없이 보완하여 제출하십시오.");
}
