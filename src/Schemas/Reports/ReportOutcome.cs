namespace Gateway.Schemas.Reports;

/// <summary>The verdict on a report. Wire names (HTTP, Avro) come from <see cref="ReportOutcomes.ToCode"/>.</summary>
public enum ReportOutcome
{
    /// <summary>Complete and on time: <c>accepted</c>.</summary>
    Accepted,
    /// <summary>Complete and on time, with warnings: <c>accepted_with_warnings</c>.</summary>
    AcceptedWithWarnings,
    /// <summary>Missing or invalid data the Decree requires: <c>rejected</c>. The carrier must send it again.</summary>
    Rejected,
    /// <summary>Complete but received after the Decree 87(5) deadline: <c>late</c>. It is still stored.</summary>
    Late,
}

/// <summary>Wire names of <see cref="ReportOutcome"/>.</summary>
public static class ReportOutcomes
{
    /// <summary>The snake_case name used on the wire: <c>accepted</c>, <c>accepted_with_warnings</c>, <c>rejected</c>, <c>late</c>.</summary>
    public static string ToCode(this ReportOutcome outcome) => outcome switch
    {
        ReportOutcome.Accepted => "accepted",
        ReportOutcome.AcceptedWithWarnings => "accepted_with_warnings",
        ReportOutcome.Rejected => "rejected",
        ReportOutcome.Late => "late",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown outcome"),
    };

    /// <summary>Reads a wire name; false when it is not one of the four.</summary>
    public static bool TryParse(string? code, out ReportOutcome outcome)
    {
        switch (code)
        {
            case "accepted": outcome = ReportOutcome.Accepted; return true;
            case "accepted_with_warnings": outcome = ReportOutcome.AcceptedWithWarnings; return true;
            case "rejected": outcome = ReportOutcome.Rejected; return true;
            case "late": outcome = ReportOutcome.Late; return true;
            default: outcome = default; return false;
        }
    }
}
