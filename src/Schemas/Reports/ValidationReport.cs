namespace Gateway.Schemas.Reports;

/// <summary>
/// The verdict on a report (a passenger or crew list judged against Decree Art. 87, or a notice against Art. 86):
/// the outcome, every finding, the timing facts, the zones the gateway had to assume, and the report's history
/// when it has been amended.
/// </summary>
/// <param name="Outcome">accepted, accepted_with_warnings, rejected or late.</param>
/// <param name="Findings">Every finding, errors first, then in list order.</param>
/// <param name="Timing">Decree 87(5) (or 86) timing facts; null when timing was not judged.</param>
/// <param name="AssumedZones">Ports whose zone was assumed (seaport by country) or unknown.</param>
/// <param name="History">The messages that built this report, oldest first (empty for a single message).</param>
public sealed record ValidationReport(
    ReportOutcome Outcome,
    ValueList<Finding> Findings,
    ReportTiming? Timing,
    ValueList<ZoneAssumption> AssumedZones,
    ValueList<ReportHistoryEntry> History)
{
    /// <summary>Number of findings with the severity.</summary>
    public int Count(Severity severity)
    {
        int n = 0;
        foreach (var f in Findings) if (f.Severity == severity) n++;
        return n;
    }

    /// <summary>Whether some finding has the code.</summary>
    public bool Has(string code)
    {
        foreach (var f in Findings) if (f.Code == code) return true;
        return false;
    }
}
