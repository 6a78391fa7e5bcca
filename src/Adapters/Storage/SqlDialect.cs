using System.Data.Common;

namespace Gateway.Adapters.Storage;

/// <summary>What differs between the databases: how to connect, and the DDL of each schema version.</summary>
public abstract class SqlDialect
{
    /// <summary>Provider name.</summary>
    public abstract string Provider { get; }

    /// <summary>Opens a connection ready for reading.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancel);

    /// <summary>Opens a connection for a transaction that writes (where the database needs settings for durability).</summary>
    public virtual Task<DbConnection> OpenWriterAsync(CancellationToken cancel) => OpenAsync(cancel);

    /// <summary>The identity column type of a sequence-keyed table.</summary>
    protected abstract string Identity { get; }

    /// <summary>The binary column type.</summary>
    protected abstract string Binary { get; }

    /// <summary>The schema, one entry per version, applied in order and each only once.</summary>
    public IReadOnlyList<string> Migrations =>
    [
        $"""
        CREATE TABLE submissions (
            id TEXT PRIMARY KEY, carrier TEXT NOT NULL, channel TEXT NOT NULL, content_type TEXT NOT NULL,
            received_at BIGINT NOT NULL, sha256 TEXT NOT NULL, idempotency_key TEXT NOT NULL, body {Binary} NOT NULL,
            result_id TEXT, response TEXT);
        CREATE UNIQUE INDEX submissions_idempotency ON submissions (carrier, idempotency_key);
        CREATE TABLE reports (
            id TEXT PRIMARY KEY, carrier TEXT NOT NULL, kind TEXT NOT NULL, flight_key TEXT NOT NULL, outcome TEXT NOT NULL,
            created_at BIGINT NOT NULL, json TEXT NOT NULL);
        CREATE INDEX reports_flight ON reports (carrier, flight_key, kind, created_at);
        CREATE TABLE travellers (
            report_id TEXT NOT NULL, idx INTEGER NOT NULL, carrier TEXT NOT NULL, status TEXT NOT NULL, json TEXT NOT NULL,
            updated_at BIGINT NOT NULL, PRIMARY KEY (report_id, idx));
        CREATE TABLE updates (seq {Identity}, carrier TEXT NOT NULL, created_at BIGINT NOT NULL, json TEXT NOT NULL, cusres TEXT);
        CREATE INDEX updates_carrier ON updates (carrier, seq);
        CREATE TABLE outbox (seq {Identity}, topic TEXT NOT NULL, msg_key TEXT NOT NULL, payload {Binary} NOT NULL,
            created_at BIGINT NOT NULL, sent_at BIGINT);
        CREATE INDEX outbox_pending ON outbox (sent_at, seq);
        CREATE TABLE documents (kind TEXT NOT NULL, id TEXT NOT NULL, carrier TEXT NOT NULL, created_at BIGINT NOT NULL,
            json TEXT NOT NULL, PRIMARY KEY (kind, id));
        CREATE INDEX documents_carrier ON documents (kind, carrier, created_at);
        CREATE TABLE processed (consumer TEXT NOT NULL, event_id TEXT NOT NULL, PRIMARY KEY (consumer, event_id));
        """,
        // 2: optimistic concurrency on reports: two lists for one flight at once must not lose one of them, nor file two
        // reports for the flight (interactive checks are reports of their own, many per flight).
        """
        ALTER TABLE reports ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
        CREATE UNIQUE INDEX reports_one_per_flight ON reports (carrier, flight_key, kind) WHERE kind <> 'iapi';
        """,
        // Officers (docs/OFFICERS.md): reviewable hits, and the hash-chained audit log (a unique previous hash forbids a fork).
        $"""
        CREATE TABLE hits (
            id TEXT PRIMARY KEY, carrier TEXT NOT NULL, report_id TEXT NOT NULL, idx INTEGER NOT NULL, flight_key TEXT NOT NULL,
            list_name TEXT NOT NULL, list_kind TEXT NOT NULL, band TEXT NOT NULL, status TEXT NOT NULL,
            created_at BIGINT NOT NULL, updated_at BIGINT NOT NULL, json TEXT NOT NULL);
        CREATE INDEX hits_queue ON hits (status, created_at);
        CREATE INDEX hits_traveller ON hits (report_id, idx);
        CREATE TABLE audit (seq {Identity}, at BIGINT NOT NULL, officer TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL,
            entry TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
        CREATE UNIQUE INDEX audit_chain ON audit (prev_hash);
        """,
        // Leases: work that one process of many must do alone (a carrier's webhook deliveries).
        "CREATE TABLE leases (name TEXT PRIMARY KEY, owner TEXT NOT NULL, until_ms BIGINT NOT NULL)",
    ];
}
