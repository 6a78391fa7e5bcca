using System.Globalization;
using System.Text;
using Gateway.Schemas.Reports;

namespace Gateway.Domain.Validation;

/// <summary>Plain-text rendering of a verdict, for <c>gateway check</c> and logs.</summary>
public static class ReportText
{
    /// <summary>The verdict as lines of text: outcome, timing, assumed zones, findings (English, and Korean when asked), history.</summary>
    public static string Describe(ValidationReport report, bool korean = true)
    {
        var sb = new StringBuilder();
        sb.Append("Outcome: ").Append(report.Outcome.ToCode())
          .Append(Inv($" ({report.Count(Severity.Error)} errors, {report.Count(Severity.Warning)} warnings, {report.Count(Severity.Info)} notes)")).Append('\n');
        if (report.Timing is { } t)
        {
            sb.Append("Timing: ").Append(t.Direction?.ToString().ToLowerInvariant() ?? "direction unknown")
              .Append("; received ").Append(Show(t.Received));
            if (t.ScheduledDeparture is { } d) sb.Append("; departs ").Append(Show(d));
            if (t.ScheduledArrival is { } a) sb.Append("; arrives ").Append(Show(a));
            if (t.Deadline is { } due) sb.Append("; due by ").Append(Show(due));
            if (t.Rule is { } rule) sb.Append(" (").Append(rule).Append(')');
            sb.Append(t.OnTime switch { true => ": on time", false => ": LATE", null => ": not judged" }).Append('\n');
        }
        foreach (var z in report.AssumedZones)
            sb.Append("Zone assumed: ").Append(z.Location).Append(" = ").Append(z.Zone ?? "unknown").Append(" (").Append(z.Reason).Append(")\n");
        foreach (var f in report.Findings)
        {
            sb.Append(f.Severity switch { Severity.Error => "ERROR  ", Severity.Warning => "WARN   ", _ => "INFO   " })
              .Append(f.Code).Append("  ").Append(f.Article).Append("  ").Append(f.Path.Length == 0 ? "-" : f.Path);
            if (f.TravellerIndex is { } i) sb.Append(Inv($"  [traveller {i}")).Append(string.IsNullOrEmpty(f.TravellerName) ? "" : ": " + f.TravellerName).Append(']');
            sb.Append("\n       ").Append(f.Message).Append('\n');
            if (korean) sb.Append("       ").Append(f.MessageKorean).Append('\n');
        }
        foreach (var h in report.History)
        {
            sb.Append("History: ").Append(Show(h.Received)).Append(' ').Append(h.Function)
              .Append(Inv($" +{h.Added} ~{h.Changed} -{h.Removed} -> ")).Append(h.Outcome.ToCode());
            if (h.TransactionReference is { } tn) sb.Append(" (TN ").Append(tn).Append(')');
            if (h.Note is { } note) sb.Append(": ").Append(note);
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Show(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd HH:mm'Z'", CultureInfo.InvariantCulture);

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
