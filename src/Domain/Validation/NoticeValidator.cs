using Gateway.Schemas;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Domain.Validation.Rules;

namespace Gateway.Domain.Validation;

/// <summary>
/// Decree 86: a scheduled arrival or departure notice is due at the latest 24 hours before the port call, except
/// for scheduled (regular) services. The port's local time is read in its zone (Korean ports: Asia/Seoul).
/// </summary>
public static class NoticeValidator
{
    /// <summary>How far ahead the notice is due.</summary>
    public static readonly TimeSpan Lead = TimeSpan.FromHours(24);

    /// <summary>Judges a notice received at the context's instant (or the clock's now).</summary>
    public static ValidationReport Validate(Notice notice, ValidationContext? context = null)
    {
        context ??= new ValidationContext();
        var received = context.Received ?? context.Clock.GetUtcNow();
        var j = new Judgement(context, received);
        ReportTiming? timing = null;
        try
        {
            timing = Judge(notice, j);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            j.Add(ListRules.Internal.At("", ex.GetType().Name + ": " + ex.Message));
        }
        return new ValidationReport(Judgement.OutcomeOf(j.Findings), j.Sorted(), timing, j.Zones.ToArray(), ValueList<ReportHistoryEntry>.Empty);
    }

    private static ReportTiming? Judge(Notice notice, Judgement j)
    {
        if (notice.ScheduledService)
        {
            j.Add(TimingRules.NoticeNotRequired.At("scheduledService"));
            return null;
        }
        string port = notice.Port ?? "";
        var point = new PortPoint("scheduled", "", port, j.Ports.Resolve(port), notice.Scheduled, notice.Scheduled);
        var at = notice.Scheduled is { } s ? ItineraryReader.Instant(point, s, j) : null;
        if (at is null)
        {
            j.Add(TimingRules.NoticeTimeInvalid.At("scheduled", notice.Scheduled?.Text, port));
            return null;
        }
        var what = notice.Direction == TravelDirection.Departure ? Words.Departure : Words.Arrival;
        var earliest = at.Earliest - Lead;
        var latest = at.Latest - Lead;
        bool? onTime = j.Received <= earliest ? true : j.Received > latest ? false : null;
        if (onTime == false)
            j.Add(TimingRules.NoticeLate.At("scheduled", ItineraryReader.Show(j.Received), what, ItineraryReader.Show(at.Latest), ItineraryReader.Show(latest)));
        else if (onTime is null)
            j.Add(TimingRules.Undetermined.At("scheduled", new Words(
                $"the notice deadline is between {ItineraryReader.Show(earliest)} and {ItineraryReader.Show(latest)} UTC",
                $"통보 기한이 {ItineraryReader.Show(earliest)} ~ {ItineraryReader.Show(latest)} UTC 사이임")));
        bool departure = notice.Direction == TravelDirection.Departure;
        return new ReportTiming(notice.Direction, j.Received, departure ? at.Instant : null, departure ? null : at.Instant,
            onTime == false ? latest : earliest, "24 h before the scheduled " + what.English, onTime);
    }
}
