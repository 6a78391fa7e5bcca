namespace Gateway.Adapters.Storage;

/// <summary>
/// The one store contract: SQLite on the embedded defaults, PostgreSQL in production. Writes go in batches, each in one
/// transaction; a submission is acknowledged only after its batch has committed.
/// </summary>
public interface IGatewayStore : IAsyncDisposable
{
    /// <summary>Which database this is (<c>sqlite</c>, <c>postgres</c>).</summary>
    string Provider { get; }

    /// <summary>Brings the schema to the latest version (versioned migrations, each applied once).</summary>
    Task MigrateAsync(CancellationToken cancel);

    /// <summary>Writes the batch in one transaction.</summary>
    Task CommitAsync(WriteBatch batch, CancellationToken cancel);

    /// <summary>An earlier submission with the same key from the same carrier (a resend).</summary>
    Task<SubmissionRecord?> FindSubmissionAsync(string carrier, string idempotencyKey, CancellationToken cancel);

    /// <summary>A submission by id.</summary>
    Task<SubmissionRecord?> GetSubmissionAsync(string id, CancellationToken cancel);

    /// <summary>A report by id.</summary>
    Task<ReportRecord?> GetReportAsync(string id, CancellationToken cancel);

    /// <summary>The latest report a carrier filed for a flight and list kind (what an amendment amends).</summary>
    Task<ReportRecord?> FindLatestReportAsync(string carrier, string flightKey, string kind, CancellationToken cancel);

    /// <summary>The travellers of a report, in list order.</summary>
    Task<IReadOnlyList<TravellerRecord>> GetTravellersAsync(string reportId, CancellationToken cancel);

    /// <summary>A carrier's feed after a cursor.</summary>
    Task<IReadOnlyList<UpdateRecord>> GetUpdatesAsync(string carrier, long after, int limit, CancellationToken cancel);

    /// <summary>Outbox events not yet published, oldest first.</summary>
    Task<IReadOnlyList<OutboxRecord>> GetPendingOutboxAsync(int limit, CancellationToken cancel);

    /// <summary>How many outbox events wait (the backlog that turns the API to 503 when over its limit).</summary>
    Task<long> CountPendingOutboxAsync(CancellationToken cancel);

    /// <summary>Marks outbox events as published.</summary>
    Task MarkSentAsync(IReadOnlyList<long> sequences, CancellationToken cancel);

    /// <summary>Whether a consumer has already handled an event.</summary>
    Task<bool> IsProcessedAsync(string consumer, string eventId, CancellationToken cancel);

    /// <summary>
    /// Takes or renews the named lease for <paramref name="owner"/> until <paramref name="until"/>: true when it is now
    /// this owner's, false while another owner holds it unexpired at <paramref name="now"/>.
    /// </summary>
    Task<bool> TryLeaseAsync(string name, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancel);

    /// <summary>A document by kind and id.</summary>
    Task<DocumentRecord?> GetDocumentAsync(string kind, string id, CancellationToken cancel);

    /// <summary>Documents of a kind, newest first, for one carrier or for all (null).</summary>
    Task<IReadOnlyList<DocumentRecord>> ListDocumentsAsync(string kind, string? carrier, int limit, CancellationToken cancel);
}
