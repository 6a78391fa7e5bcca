namespace Gateway.Adapters.Storage;

/// <summary>A watch-list hit as a reviewable record: the keys the officers' queue filters on, and the detail as JSON.</summary>
/// <param name="Id">Hit id.</param>
/// <param name="Carrier">The carrier whose list carried the traveller.</param>
/// <param name="ReportId">The report (and so the message) the traveller came in.</param>
/// <param name="Index">The traveller's 0-based position in the report.</param>
/// <param name="FlightKey">The report's flight key (<c>KE702/261122</c>).</param>
/// <param name="List">The watch list's name.</param>
/// <param name="Kind">The list kind (<c>entry-ban</c>…).</param>
/// <param name="Band"><c>hold</c> or <c>review</c>.</param>
/// <param name="Status"><c>open</c>, <c>awaiting-second</c>, <c>confirmed</c>, <c>dismissed</c>.</param>
/// <param name="CreatedAt">When the hit was made.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Json">The detail: explanation, list entry, traveller, reviews.</param>
public sealed record HitRecord(string Id, string Carrier, string ReportId, int Index, string FlightKey, string List, string Kind, string Band,
    string Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, string Json);

/// <summary>What the hit queue is filtered by; null means any.</summary>
/// <param name="Flight">Flight number without the date (<c>KE702</c>), or a whole flight key.</param>
/// <param name="Date">Departure date as in flight keys (<c>261122</c>).</param>
/// <param name="List">Watch-list name.</param>
/// <param name="Band">Band.</param>
/// <param name="Status">Status.</param>
public sealed record HitFilter(string? Flight, string? Date, string? List, string? Band, string? Status);

/// <summary>One entry of the audit log: the canonical entry (JSON) and its link in the hash chain.</summary>
/// <param name="Sequence">Position in the log.</param>
/// <param name="At">When.</param>
/// <param name="Officer">Who (an officer id, or <c>system</c> for retention).</param>
/// <param name="Action">What, e.g. <c>pnr-read</c>, <c>hit-review</c>, <c>retention-purge</c>.</param>
/// <param name="Target">Which record.</param>
/// <param name="Entry">The canonical entry the hash covers.</param>
/// <param name="PreviousHash">The hash of the entry before (64 zeros for the first).</param>
/// <param name="Hash">Hex SHA-256 over the previous hash and the entry.</param>
public sealed record AuditRecord(long Sequence, DateTimeOffset At, string Officer, string Action, string Target, string Entry, string PreviousHash, string Hash);
