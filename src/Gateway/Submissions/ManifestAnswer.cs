using Gateway.Schemas.Reports;

namespace Gateway.Submissions;

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
