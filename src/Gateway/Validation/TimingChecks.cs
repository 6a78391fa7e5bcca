using Gateway.Schemas.Reports;
using Gateway.Validation.Rules;

namespace Gateway.Validation;

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
                j.Add(TimingRules.Undetermined.At("conveyance.legs", "no readable scheduled departure from the Korean port"));
                return new ReportTiming(TravelDirection.Departure, received, null, arr?.Instant, null, null, null);
            }
            return Judge(j, TravelDirection.Departure, dep, arr, dep.Earliest, dep.Latest, "by the scheduled departure",
                (r, d) => TimingRules.DepartureLate.At(dep.Point.Path, Show(r), Show(d)));
        }
        if (arr is null || dep is null)
        {
            string what = arr is null ? "no readable scheduled arrival in Korea" : "no readable departure time from the last foreign port";
            j.Add(TimingRules.Undetermined.At("conveyance.legs", what));
            return new ReportTiming(TravelDirection.Arrival, received, dep?.Instant, arr?.Instant, null, null, null);
        }
        var early = ArrivalDeadline(dep.Earliest, arr.Instant, tourist);
        var late = ArrivalDeadline(dep.Latest, arr.Instant, tourist);
        string hours = tourist ? "24 h" : "2 h";
        string rule = late.ShortCrossing
            ? $"20 min after departure from {dep.Point.Location} (crossing shorter than {hours}{(tourist ? ", tourist landing" : "")})"
            : $"{hours} before arrival{(tourist ? " (tourist landing)" : "")}";
        if (early.ShortCrossing != late.ShortCrossing) rule = $"between {Show(early.Deadline)} and {Show(late.Deadline)} UTC: departure zone unknown";
        return Judge(j, TravelDirection.Arrival, dep, arr, early.Deadline, late.Deadline, rule,
            (r, d) => TimingRules.ArrivalLate.At(arr.Point.Path, Show(r), Show(d), rule));
    }

    private static ReportTiming Judge(Judgement j, TravelDirection direction, PortTime? dep, PortTime? arr,
        DateTimeOffset earliest, DateTimeOffset latest, string rule, Func<DateTimeOffset, DateTimeOffset, Schemas.Reports.Finding> late)
    {
        var received = j.Received;
        bool? onTime;
        if (received <= earliest) onTime = true;
        else if (received > latest)
        {
            onTime = false;
            j.Add(late(received, latest));
        }
        else
        {
            onTime = null;
            j.Add(TimingRules.Undetermined.At("conveyance.legs",
                $"received {Show(received)} UTC; the deadline is between {Show(earliest)} and {Show(latest)} UTC depending on the unknown time zone"));
        }
        return new ReportTiming(direction, received, dep?.Instant, arr?.Instant, onTime == false ? latest : earliest == latest ? earliest : latest, rule, onTime);
    }

    private static string Show(DateTimeOffset t) => ItineraryReader.Show(t);
}
