namespace Gateway.Pipeline;

/// <summary>
/// The stream's topics: one per event kind, so that with a schema registry each topic's subject
/// (<c>&lt;topic&gt;-value</c>) holds one schema. Every event is keyed by its flight key, so one flight's events keep
/// their order within each topic. docs/EVENTS.md lists them with their keys and an example of reading them.
/// </summary>
public static class EventTopics
{
    /// <summary><c>SubmissionReceived</c>: a carrier message as it arrived.</summary>
    public const string Submissions = "gateway.submissions";

    /// <summary><c>ReportAccepted</c>: a list filed or amended; the screening consumer's input.</summary>
    public const string Reports = "gateway.reports";

    /// <summary><c>TravellerScreened</c>: one traveller's screening result with its hits.</summary>
    public const string Screenings = "gateway.screenings";

    /// <summary><c>DecisionIssued</c>: a boarding or landing decision for one traveller.</summary>
    public const string Decisions = "gateway.decisions";

    /// <summary><c>HitReviewed</c>: an officer's review of a hit.</summary>
    public const string Reviews = "gateway.reviews";

    /// <summary><c>PnrReceived</c>: a PNRGOV push, reduced to what screening uses.</summary>
    public const string Pnr = "gateway.pnr";

    /// <summary><c>NoticeReceived</c>: an arrival/departure notice or a general declaration.</summary>
    public const string Notices = "gateway.notices";

    /// <summary>Every topic the gateway produces.</summary>
    public static IReadOnlyList<string> All { get; } = [Submissions, Reports, Screenings, Decisions, Reviews, Pnr, Notices];
}
