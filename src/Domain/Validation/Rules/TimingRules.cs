using Gateway.Schemas.Reports;

namespace Gateway.Domain.Validation.Rules;

/// <summary>Decree 87(5) (when the report is due), 86 (notice) and 85(3) (PNR).</summary>
public static class TimingRules
{
    public static readonly Rule ArrivalLate = new("D87-5-1-LATE", Severity.Error, "Decree 87(5)1",
        "Received {0} UTC, after the deadline {1} UTC ({2}).",
        "{0} UTC에 접수되어 제출 기한 {1} UTC({2})를 넘겼습니다.");

    public static readonly Rule DepartureLate = new("D87-5-2-LATE", Severity.Error, "Decree 87(5)2",
        "Received {0} UTC, after the scheduled departure {1} UTC.",
        "{0} UTC에 접수되어 출항 예정 시각 {1} UTC를 넘겼습니다.");

    public static readonly Rule Undetermined = new("D87-5-UNDETERMINED", Severity.Warning, "Decree 87(5)",
        "Whether the report is on time cannot be judged: {0}.",
        "제출 기한 준수 여부를 판단할 수 없습니다: {0}.");

    public static readonly Rule DirectionUnknown = new("D87-5-DIRECTION-UNKNOWN", Severity.Warning, "Decree 87(5)",
        "No Korean port of arrival or departure is named, so arrival or departure cannot be told.",
        "한국의 도착항이나 출발항이 없어 입항·출항 여부를 알 수 없습니다.");

    public static readonly Rule ZoneAssumed = new("D87-5-ZONE-ASSUMED", Severity.Info, "Decree 87(5)",
        "Time zone of {0} assumed to be {1} ({2}).",
        "{0}의 시간대를 {1}(으)로 가정했습니다({2}).");

    public static readonly Rule ZoneUnknown = new("D87-5-ZONE-UNKNOWN", Severity.Warning, "Decree 87(5)",
        "Time zone of {0} is not known; its local times were judged under every possible offset (UTC-12 to UTC+14).",
        "{0}의 시간대를 알 수 없어 가능한 모든 시차(UTC-12 ~ UTC+14)로 판단했습니다.");

    public static readonly Rule LocalTimeShifted = new("D87-5-LOCAL-TIME-SHIFTED", Severity.Info, "Decree 87(5)",
        "Local time {0} at {1} {2} (daylight-saving change in {3}); read as {4} UTC.",
        "{1}의 현지 시각 {0}은(는) {3}의 일광절약시간 변경으로 {2} {4} UTC로 읽었습니다.");

    public static readonly Rule NoticeLate = new("D86-NOTICE-LATE", Severity.Error, "Decree 86",
        "Notice received {0} UTC, later than 24 hours before the scheduled {1} at {2} UTC (due by {3} UTC).",
        "예정 {1} 시각 {2} UTC의 24시간 전({3} UTC)보다 늦은 {0} UTC에 통보가 접수되었습니다.");

    public static readonly Rule NoticeNotRequired = new("D86-NOTICE-NOT-REQUIRED", Severity.Info, "Decree 86",
        "Scheduled service: no arrival/departure notice is required.",
        "정기편이므로 입출항 예정 통보가 필요하지 않습니다.");

    public static readonly Rule NoticeTimeInvalid = new("D86-NOTICE-TIME-INVALID", Severity.Error, "Decree 86",
        "The scheduled time '{0}' at {1} is missing or not a real date and time.",
        "{1}의 예정 일시 '{0}'이(가) 없거나 존재하지 않는 일시입니다.");

    public static readonly Rule PnrRequestLate = new("D85-3-2-PNR-LATE", Severity.Error, "Decree 85(3)2",
        "PNR delivered {0} UTC, more than 30 minutes after the request at {1} UTC (due by {2} UTC).",
        "PNR이 요청 시각 {1} UTC로부터 30분이 지난 {0} UTC에 제출되었습니다(기한 {2} UTC).");

    public static readonly Rule PnrNamedLate = new("D85-3-3-PNR-LATE", Severity.Error, "Decree 85(3)3",
        "Data on the named passengers delivered {0} UTC, later than 30 minutes before departure ({2} UTC; departure {1} UTC).",
        "지정 승객 자료가 출발 30분 전({2} UTC, 출발 {1} UTC)보다 늦은 {0} UTC에 제출되었습니다.");

    public static readonly Rule PnrRequestOverdue = new("D85-3-2-PNR-OVERDUE", Severity.Error, "Decree 85(3)2",
        "No PNR received at {0} UTC: it was due by {2} UTC, 30 minutes after the request at {1} UTC. Send it without delay.",
        "{0} UTC 현재 PNR이 제출되지 않았습니다. 요청 시각 {1} UTC로부터 30분인 {2} UTC까지 제출해야 했습니다. 지체 없이 제출하십시오.");

    public static readonly Rule PnrNamedOverdue = new("D85-3-3-PNR-OVERDUE", Severity.Error, "Decree 85(3)3",
        "No data on the named passengers received at {0} UTC: it was due by {2} UTC, 30 minutes before departure ({1} UTC). Send it without delay.",
        "{0} UTC 현재 지정 승객 자료가 제출되지 않았습니다. 출발({1} UTC) 30분 전인 {2} UTC까지 제출해야 했습니다. 지체 없이 제출하십시오.");
}
