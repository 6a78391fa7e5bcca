namespace Gateway.Options;

/// <summary>
/// How long personal data is kept (section <c>Gateway:Retention</c>). Reports (lists, travellers, the messages as received,
/// the carriers' old feed entries) are masked after <see cref="ReportMaskDays"/> and deleted after <see cref="ReportDeleteDays"/>;
/// PNR sooner (Decree 88-10: what was looked at is not kept). A report with a confirmed hit is kept whole for its case.
/// </summary>
public sealed class RetentionOptions
{
    /// <summary>Run the scheduled job.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Minutes between runs.</summary>
    public int IntervalMinutes { get; set; } = 60;

    /// <summary>Days after which a report's personal fields are masked.</summary>
    public int ReportMaskDays { get; set; } = 30;

    /// <summary>Days after which a report is deleted.</summary>
    public int ReportDeleteDays { get; set; } = 90;

    /// <summary>Days after which a PNR push is reduced to its locators and itinerary.</summary>
    public int PnrMaskDays { get; set; } = 7;

    /// <summary>Days after which a PNR push is deleted.</summary>
    public int PnrDeleteDays { get; set; } = 30;
}
