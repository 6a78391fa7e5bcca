using Gateway.Decisions;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Screening.Model;

namespace Gateway.Apis;

/// <summary>The answer to a list submission: one entry per list in the interchange (usually one).</summary>
/// <param name="SubmissionId">The stored submission.</param>
/// <param name="Resend">True when the same bytes had been received before: the first answer is returned again.</param>
/// <param name="ReportId">The (first) report's id.</param>
/// <param name="Outcome">accepted, accepted_with_warnings, rejected or late.</param>
/// <param name="Findings">The (first) report's findings.</param>
/// <param name="Reports">Every report the submission filed or amended.</param>
/// <param name="Contrl">The CONTRL acknowledging the interchange, when its UNB asked for one or the carrier sent <c>Accept: application/edifact</c>.</param>
public sealed record ManifestAnswer(string SubmissionId, bool Resend, string ReportId, string Outcome, ValueList<Finding> Findings, ValueList<ReportSummary> Reports,
    string? Contrl = null);

/// <summary>One filed report in an answer.</summary>
public sealed record ReportSummary(string ReportId, string Kind, string FlightKey, string Outcome, bool Amended, int Travellers, ValueList<Finding> Findings);

/// <summary><c>GET /api/v1/manifests/{id}</c>: the report, its history, and each traveller's screening status and decision.</summary>
public sealed record ReportView(
    string ReportId, string Carrier, string Kind, string FlightKey, string Outcome, DateTimeOffset Received,
    ValidationReport Report, Conveyance Conveyance, ValueList<TravellerState> Travellers);

/// <summary>A traveller's state as stored and shown.</summary>
/// <param name="Index">0-based position in the list.</param>
/// <param name="Name">Name as in the passport.</param>
/// <param name="Role">NAD role code.</param>
/// <param name="PnrLocator">RFF+AVF.</param>
/// <param name="PassengerReference">RFF+ABO.</param>
/// <param name="Status"><c>pending</c> until screened, then <c>decided</c>.</param>
/// <param name="Decision">The boarding decision once made.</param>
/// <param name="Landing">The landing decision, for landing applications.</param>
/// <param name="Hits">Watch-list hits with their explanations.</param>
public sealed record TravellerState(
    int Index, PersonName Name, string Role, string? PnrLocator, string? PassengerReference, string Status,
    BoardingDecision? Decision, LandingDecision? Landing, ValueList<Hit> Hits);

/// <summary>The JSON answer to an interactive check; <paramref name="Contrl"/> acknowledges the interchange when its UNB asked for it.</summary>
public sealed record InteractiveAnswer(string SubmissionId, string? TransactionReference, string ReportId, string Outcome, ValueList<PassengerAnswer> Passengers, ValueList<Finding> Findings,
    string? Contrl = null);

/// <summary>One passenger's answer: code, text, reasons.</summary>
public sealed record PassengerAnswer(int Index, string Surname, string? PnrLocator, string? PassengerReference, string Code, string Text, ValueList<DecisionReason> Reasons);

/// <summary>An unsolicited status change in a carrier's feed.</summary>
public sealed record StatusUpdate(long Sequence, string ReportId, string FlightKey, int Index, string Surname, string? PnrLocator,
    string? PassengerReference, string Code, string Text, ValueList<DecisionReason> Reasons, DateTimeOffset At, string? Cusres);

/// <summary>A page of the feed; <see cref="Next"/> is the cursor for the following request.</summary>
public sealed record UpdatesPage(long Next, ValueList<StatusUpdate> Updates);

/// <summary>The answer to a watch-list replacement.</summary>
public sealed record WatchListAnswer(string Name, int Entries, long Snapshot);

/// <summary>An internal pipeline event (outbox payload on the embedded stream).</summary>
public sealed record PipelineEvent(string EventId, string Type, string ReportId, string Carrier);
