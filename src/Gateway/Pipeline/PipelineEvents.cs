namespace Gateway.Pipeline;

/// <summary>Pipeline event names.</summary>
public static class PipelineEvents
{
    /// <summary>The topic of report events (keyed by flight, so a flight's events stay in order).</summary>
    public const string Topic = EventTopics.Reports;

    /// <summary>A report was filed or amended: its pending travellers are to be screened and decided.</summary>
    public const string ReportAccepted = "report.accepted";
}
