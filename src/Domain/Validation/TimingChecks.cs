using Gateway.Schemas.Reports;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// Decree 87(5): an arrival report is due 2 hours before arrival in Korea (24 hours with a tourist landing
/// application), or, where the crossing from the last foreign port is shorter than that, 20 minutes after departure
/// from it; a departure report is due by the scheduled departure.
/// </summary>
internal static class TimingChecks
{
    public static readonly TimeSpan Standard = TimeSpan.FromHours(2);
    public static readonly TimeSpan Tourist = TimeSpan.FromHours(24);
    public static readonly TimeSpan ShortCrossingGrace = TimeSpan.FromMinutes(20);

    /// <summary>
    /// The arrival deadline for a departure instant and an arrival instant (pure: the heart of 87(5)1).
    /// Non-decreasing in the departure instant, which lets an uncertain departure be judged at both ends.
    /// </summary>
    public static (DateTimeOffset Deadline, bool ShortCrossing) ArrivalDeadline(DateTimeOffset departure, DateTimeOffset arrival, bool tourist)
    {
        var lead = tourist ? Tourist : Standard;
        return arrival - departure < lead ? (departure + ShortCrossingGrace, true) : (arrival - lead, false);
    }

    public static ReportTiming Check(Itinerary it, Judgement j, bool tourist)
    {
        var received = j.Received;
        var dep = it.DepartureTime;
        var arr = it.ArrivalTime;
        if (it.Direction is null)
        {
            j.Add(TimingRules.DirectionUnknown.At("conveyance.legs"));
            return new ReportTiming(null, received, dep?.Instant, arr?.Instant, null, null, null);
        }
        if (it.Direction == TravelDirection.Departure)
        {
            if (dep is null)
            {
                j.Add(TimingRules.Undetermined.At("conveyance.legs",
                    new Words("no readable scheduled departure from the Korean port", "한국 출발항의 출항 예정 일시를 읽을 수 없음")));
                return new ReportTiming(TravelDirection.Departure, received, null, arr?.Instant, null, null, null);
            }
            return Judge(j, TravelDirection.Departure, dep, arr, dep.Earliest, dep.Latest, new Words("by the scheduled departure", "출항 예정 시각까지"),
                (r, d, _) => TimingRules.DepartureLate.At(dep.Point.Path, Show(r), Show(d)));
        }
        if (arr is null || dep is null)
        {
            var what = arr is null
                ? new Words("no readable scheduled arrival in Korea", "한국 도착 예정 일시를 읽을 수 없음")
                : new Words("no readable departure time from the last foreign port", "마지막 외국 출발항의 출발 일시를 읽을 수 없음");
            j.Add(TimingRules.Undetermined.At("conveyance.legs", what));
            return new ReportTiming(TravelDirection.Arrival, received, dep?.Instant, arr?.Instant, null, null, null);
        }
        var early = ArrivalDeadline(dep.Earliest, arr.Instant, tourist);
        var late = ArrivalDeadline(dep.Latest, arr.Instant, tourist);
        return Judge(j, TravelDirection.Arrival, dep, arr, early.Deadline, late.Deadline, Limb(dep, tourist, early, late),
            (r, d, rule) => TimingRules.ArrivalLate.At(arr.Point.Path, Show(r), Show(d), rule));
    }

    // Which limb of 87(5)1 set the deadline, in both languages (ReportTiming.Rule keeps the English).
    private static Words Limb(PortTime dep, bool tourist, (DateTimeOffset Deadline, bool ShortCrossing) early, (DateTimeOffset Deadline, bool ShortCrossing) late)
    {
        if (early.ShortCrossing != late.ShortCrossing)
        {
            return new Words($"between {Show(early.Deadline)} and {Show(late.Deadline)} UTC: departure time uncertain",
                $"{Show(early.Deadline)} ~ {Show(late.Deadline)} UTC 사이: 출발 시각 불확실");
        }
        int hours = tourist ? 24 : 2;
        string landing = tourist ? ", tourist landing" : "";
        return late.ShortCrossing
            ? new Words($"20 min after departure from {dep.Point.Location} (crossing shorter than {hours} h{landing})",
                $"{dep.Point.Location} 출발 20분 후(운항 시간 {hours}시간 미만{(tourist ? ", 관광상륙" : "")})")
            : new Words($"{hours} h before arrival{(tourist ? " (tourist landing)" : "")}", $"도착 {hours}시간 전{(tourist ? "(관광상륙)" : "")}");
    }

    private static ReportTiming Judge(Judgement j, TravelDirection direction, PortTime? dep, PortTime? arr,
        DateTimeOffset earliest, DateTimeOffset latest, Words rule, Func<DateTimeOffset, DateTimeOffset, Words, Schemas.Reports.Finding> late)
    {
        var received = j.Received;
        bool? onTime;
        if (received <= earliest) onTime = true;
        else if (received > latest)
        {
            onTime = false;
            j.Add(late(received, latest, rule));
        }
        else
        {
            onTime = null;
            j.Add(TimingRules.Undetermined.At("conveyance.legs", new Words(
                $"received {Show(received)} UTC; the deadline is between {Show(earliest)} and {Show(latest)} UTC because a local time is uncertain (unknown zone or daylight-saving change)",
                $"{Show(received)} UTC 접수, 현지 시각이 불확실하여(시간대 미상 또는 일광절약시간 변경) 기한이 {Show(earliest)} ~ {Show(latest)} UTC 사이임")));
        }
        return new ReportTiming(direction, received, dep?.Instant, arr?.Instant, onTime == false ? latest : earliest == latest ? earliest : latest, rule.English, onTime);
    }

    private static string Show(DateTimeOffset t) => ItineraryReader.Show(t);
}
