namespace Gateway.Schemas.Reports;

/// <summary>One message in the life of a report: the first list or an amendment to it.</summary>
/// <param name="Received">When the gateway received this message.</param>
/// <param name="Function">BGM 1004 (<c>CP</c>, <c>XR</c>, <c>RP</c>) or <c>supplement</c> / <c>initial</c>.</param>
/// <param name="TransactionReference">RFF+TN of the message, when sent.</param>
/// <param name="Added">Travellers this message added.</param>
/// <param name="Changed">Travellers this message replaced.</param>
/// <param name="Removed">Travellers this message cancelled.</param>
/// <param name="Outcome">The outcome of the report after this message.</param>
/// <param name="Note">Anything the merge could not apply, in English.</param>
public sealed record ReportHistoryEntry(
    DateTimeOffset Received,
    string Function,
    string? TransactionReference,
    int Added,
    int Changed,
    int Removed,
    ReportOutcome Outcome,
    string? Note = null);
