namespace Gateway.Pipeline;

/// <summary>An internal pipeline event (outbox payload on the embedded stream).</summary>
public sealed record PipelineEvent(string EventId, string Type, string ReportId, string Carrier, Guid SubmissionId = default);
