using Gateway.Schemas.Reports;

namespace Gateway.Submissions;

/// <summary>The JSON answer to an interactive check.</summary>
public sealed record InteractiveAnswer(string SubmissionId, string? TransactionReference, string ReportId, string Outcome, ValueList<PassengerAnswer> Passengers, ValueList<Finding> Findings,
    string? Contrl = null);
