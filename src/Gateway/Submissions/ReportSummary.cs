using Gateway.Schemas.Reports;

namespace Gateway.Submissions;

/// <summary>One filed report in an answer.</summary>
public sealed record ReportSummary(string ReportId, string Kind, string FlightKey, string Outcome, bool Amended, int Travellers, ValueList<Finding> Findings);
