namespace Gateway.Adapters.Storage;

/// <summary>
/// A message as received, kept whole: the raw bytes, their SHA-256, and the key that recognises a resend of the same
/// interchange. Nothing is acknowledged before this row is committed.
/// </summary>
/// <param name="Id">Submission id.</param>
/// <param name="Carrier">The carrier that sent it (from its API key).</param>
/// <param name="Channel">The route it came in on, e.g. <c>manifests</c>, <c>iapi</c>, <c>pnr</c>.</param>
/// <param name="ContentType">The media type it was sent as.</param>
/// <param name="ReceivedAt">When the gateway received it.</param>
/// <param name="Sha256">Hex SHA-256 of the bytes.</param>
/// <param name="IdempotencyKey">What identifies a resend: the interchange reference with the content hash.</param>
/// <param name="Body">The bytes as received.</param>
/// <param name="ResultId">The report or document the submission produced.</param>
/// <param name="Response">The answer given (JSON), returned again to a resend.</param>
public sealed record SubmissionRecord(
    string Id, string Carrier, string Channel, string ContentType, DateTimeOffset ReceivedAt,
    string Sha256, string IdempotencyKey, byte[] Body, string? ResultId, string? Response);

/// <summary>
/// A filed report: the manifest and its validation, as JSON, with the keys the API looks it up by. <paramref name="Version"/>
/// is 1 when first filed and one more with each amendment; writing version n requires version n − 1 in the store, so
/// two amendments racing for one report cannot both win (the loser gets <see cref="StoreConflictException"/>).
/// </summary>
public sealed record ReportRecord(string Id, string Carrier, string Kind, string FlightKey, string Outcome, DateTimeOffset CreatedAt, string Json,
    long Version = 1);

/// <summary>One traveller's screening status and decision (JSON), updated as the pipeline and officers decide.</summary>
public sealed record TravellerRecord(string ReportId, int Index, string Carrier, string Status, string Json, DateTimeOffset UpdatedAt);

/// <summary>An unsolicited status change for a carrier's feed (<c>GET /api/v1/iapi/updates</c>); <see cref="Sequence"/> is its cursor.</summary>
public sealed record UpdateRecord(long Sequence, string Carrier, DateTimeOffset CreatedAt, string Json, string? Cusres);

/// <summary>An event waiting in the transactional outbox until the relay has published it.</summary>
public sealed record OutboxRecord(long Sequence, string Topic, string Key, byte[] Payload, DateTimeOffset CreatedAt);

/// <summary>Any other document the API keeps: declarations, notices, PNR pushes and requests, landing decisions.</summary>
public sealed record DocumentRecord(string Kind, string Id, string Carrier, DateTimeOffset CreatedAt, string Json);

/// <summary>A consumer's mark that it has fully handled an event, so that redelivery never decides twice.</summary>
public sealed record ProcessedMark(string Consumer, string EventId);
