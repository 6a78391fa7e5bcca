using System.Data.Common;

namespace Gateway.Adapters.Storage;

/// <summary>
/// The store on a SQL database through ADO.NET, with parameters only. Timestamps are stored as Unix milliseconds so
/// that SQLite and PostgreSQL share every statement; the dialect supplies connections and DDL.
/// </summary>
public sealed class SqlGatewayStore(SqlDialect dialect) : IGatewayStore
{
    /// <inheritdoc />
    public string Provider => dialect.Provider;

    /// <inheritdoc />
    public async Task MigrateAsync(CancellationToken cancel)
    {
        await using var connection = await dialect.OpenWriterAsync(cancel);
        await Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)", cancel);
        long current = 0;
        current = await SqlRunner.Scalar(connection, null, "SELECT COALESCE(MAX(version), 0) FROM schema_version", cancel);
        var migrations = dialect.Migrations;
        for (int v = (int)current; v < migrations.Count; v++)
        {
            await using var tx = await connection.BeginTransactionAsync(cancel);
            foreach (var statement in migrations[v].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                await Execute(connection, tx, statement, cancel);
            }
            await Execute(connection, tx, "INSERT INTO schema_version (version, applied_at) VALUES (@v, @t)", cancel,
                ("v", v + 1), ("t", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
            await tx.CommitAsync(cancel);
        }
    }

    /// <inheritdoc />
    public async Task CommitAsync(WriteBatch batch, CancellationToken cancel)
    {
        if (batch.IsEmpty) return;
        await using var connection = await dialect.OpenWriterAsync(cancel);
        await using var tx = await connection.BeginTransactionAsync(cancel);
        await using var statements = new StatementCache(connection, tx);
        foreach (var s in batch.Submissions)
        {
            await statements.Execute("""
                INSERT INTO submissions (id, carrier, channel, content_type, received_at, sha256, idempotency_key, body, result_id, response)
                VALUES (@id, @carrier, @channel, @ct, @at, @sha, @key, @body, @result, @response)
                """, cancel, ("id", s.Id), ("carrier", s.Carrier), ("channel", s.Channel), ("ct", s.ContentType),
                ("at", s.ReceivedAt.ToUnixTimeMilliseconds()), ("sha", s.Sha256), ("key", s.IdempotencyKey), ("body", s.Body),
                ("result", s.ResultId), ("response", s.Response));
        }
        foreach (var r in batch.Reports)
        {
            if (r.Version <= 1)
            {
                int inserted = await statements.Execute("""
                    INSERT INTO reports (id, carrier, kind, flight_key, outcome, created_at, json, version)
                    VALUES (@id, @carrier, @kind, @flight, @outcome, @at, @json, 1) ON CONFLICT DO NOTHING
                    """, cancel, ("id", r.Id), ("carrier", r.Carrier), ("kind", r.Kind), ("flight", r.FlightKey), ("outcome", r.Outcome),
                    ("at", r.CreatedAt.ToUnixTimeMilliseconds()), ("json", r.Json));
                if (inserted != 1) throw new StoreConflictException($"another request filed the first {r.Kind} report for {r.FlightKey} first");
                continue;
            }
            int changed = await statements.Execute("UPDATE reports SET outcome = @outcome, json = @json, version = @v WHERE id = @id AND version = @was",
                cancel, ("outcome", r.Outcome), ("json", r.Json), ("v", r.Version), ("id", r.Id), ("was", r.Version - 1));
            if (changed != 1) throw new StoreConflictException($"report {r.Id} was amended by another request since version {r.Version - 1}");
        }
        foreach (var t in batch.Travellers)
        {
            await statements.Execute("""
                INSERT INTO travellers (report_id, idx, carrier, status, json, updated_at) VALUES (@report, @idx, @carrier, @status, @json, @at)
                ON CONFLICT (report_id, idx) DO UPDATE SET status = excluded.status, json = excluded.json, updated_at = excluded.updated_at
                """, cancel, ("report", t.ReportId), ("idx", t.Index), ("carrier", t.Carrier), ("status", t.Status), ("json", t.Json),
                ("at", t.UpdatedAt.ToUnixTimeMilliseconds()));
        }
        foreach (var u in batch.Updates)
        {
            await statements.Execute("INSERT INTO updates (carrier, created_at, json, cusres) VALUES (@carrier, @at, @json, @cusres)", cancel,
                ("carrier", u.Carrier), ("at", u.CreatedAt.ToUnixTimeMilliseconds()), ("json", u.Json), ("cusres", u.Cusres));
        }
        foreach (var o in batch.Outbox)
        {
            await statements.Execute("INSERT INTO outbox (topic, msg_key, payload, created_at) VALUES (@topic, @key, @payload, @at)", cancel,
                ("topic", o.Topic), ("key", o.Key), ("payload", o.Payload), ("at", o.CreatedAt.ToUnixTimeMilliseconds()));
        }
        foreach (var d in batch.Documents)
        {
            await statements.Execute("""
                INSERT INTO documents (kind, id, carrier, created_at, json) VALUES (@kind, @id, @carrier, @at, @json)
                ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json
                """, cancel, ("kind", d.Kind), ("id", d.Id), ("carrier", d.Carrier), ("at", d.CreatedAt.ToUnixTimeMilliseconds()), ("json", d.Json));
        }
        foreach (var p in batch.Processed)
        {
            await statements.Execute("INSERT INTO processed (consumer, event_id) VALUES (@c, @e) ON CONFLICT (consumer, event_id) DO NOTHING", cancel,
                ("c", p.Consumer), ("e", p.EventId));
        }
        foreach (var h in batch.Hits)
        {
            await statements.Execute("""
                INSERT INTO hits (id, carrier, report_id, idx, flight_key, list_name, list_kind, band, status, created_at, updated_at, json)
                VALUES (@id, @carrier, @report, @idx, @flight, @list, @kind, @band, @status, @created, @updated, @json)
                ON CONFLICT (id) DO UPDATE SET status = excluded.status, json = excluded.json, updated_at = excluded.updated_at
                """, cancel, ("id", h.Id), ("carrier", h.Carrier), ("report", h.ReportId), ("idx", h.Index), ("flight", h.FlightKey),
                ("list", h.List), ("kind", h.Kind), ("band", h.Band), ("status", h.Status), ("created", h.CreatedAt.ToUnixTimeMilliseconds()),
                ("updated", h.UpdatedAt.ToUnixTimeMilliseconds()), ("json", h.Json));
        }
        await tx.CommitAsync(cancel);
    }

    /// <summary>The dialect, for the officer stores that share the database (hits, audit, retention).</summary>
    public SqlDialect Dialect => dialect;

    /// <inheritdoc />
    public Task<SubmissionRecord?> FindSubmissionAsync(string carrier, string idempotencyKey, CancellationToken cancel) =>
        QuerySingle(SubmissionSelect + " WHERE carrier = @c AND idempotency_key = @k", ReadSubmission, cancel, ("c", carrier), ("k", idempotencyKey));

    /// <inheritdoc />
    public Task<SubmissionRecord?> GetSubmissionAsync(string id, CancellationToken cancel) =>
        QuerySingle(SubmissionSelect + " WHERE id = @id", ReadSubmission, cancel, ("id", id));

    private const string SubmissionSelect =
        "SELECT id, carrier, channel, content_type, received_at, sha256, idempotency_key, body, result_id, response FROM submissions";

    private static SubmissionRecord ReadSubmission(DbDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Time(r.GetInt64(4)), r.GetString(5), r.GetString(6),
        (byte[])r.GetValue(7), r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetString(9));

    /// <inheritdoc />
    public Task<ReportRecord?> GetReportAsync(string id, CancellationToken cancel) =>
        QuerySingle(ReportSelect + " WHERE id = @id", ReadReport, cancel, ("id", id));

    /// <inheritdoc />
    public Task<ReportRecord?> FindLatestReportAsync(string carrier, string flightKey, string kind, CancellationToken cancel) =>
        QuerySingle(ReportSelect + " WHERE carrier = @c AND flight_key = @f AND kind = @k ORDER BY created_at DESC LIMIT 1", ReadReport, cancel,
            ("c", carrier), ("f", flightKey), ("k", kind));

    private const string ReportSelect = "SELECT id, carrier, kind, flight_key, outcome, created_at, json, version FROM reports";

    private static ReportRecord ReadReport(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Time(r.GetInt64(5)), r.GetString(6), r.GetInt64(7));

    /// <inheritdoc />
    public Task<IReadOnlyList<TravellerRecord>> GetTravellersAsync(string reportId, CancellationToken cancel) =>
        Query("SELECT report_id, idx, carrier, status, json, updated_at FROM travellers WHERE report_id = @r ORDER BY idx",
            r => new TravellerRecord(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4), Time(r.GetInt64(5))),
            cancel, ("r", reportId));

    /// <inheritdoc />
    public Task<IReadOnlyList<UpdateRecord>> GetUpdatesAsync(string carrier, long after, int limit, CancellationToken cancel) =>
        Query("SELECT seq, carrier, created_at, json, cusres FROM updates WHERE carrier = @c AND seq > @after ORDER BY seq LIMIT @limit",
            r => new UpdateRecord(r.GetInt64(0), r.GetString(1), Time(r.GetInt64(2)), r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)),
            cancel, ("c", carrier), ("after", after), ("limit", limit));

    /// <inheritdoc />
    public Task<IReadOnlyList<OutboxRecord>> GetPendingOutboxAsync(int limit, CancellationToken cancel) =>
        Query("SELECT seq, topic, msg_key, payload, created_at FROM outbox WHERE sent_at IS NULL ORDER BY seq LIMIT @limit",
            r => new OutboxRecord(r.GetInt64(0), r.GetString(1), r.GetString(2), (byte[])r.GetValue(3), Time(r.GetInt64(4))),
            cancel, ("limit", limit));

    /// <inheritdoc />
    public async Task<long> CountPendingOutboxAsync(CancellationToken cancel)
    {
        await using var connection = await dialect.OpenAsync(cancel);
        return await SqlRunner.Scalar(connection, null, "SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL", cancel);
    }

    /// <inheritdoc />
    public async Task MarkSentAsync(IReadOnlyList<long> sequences, CancellationToken cancel)
    {
        if (sequences.Count == 0) return;
        await using var connection = await dialect.OpenWriterAsync(cancel);
        await using var tx = await connection.BeginTransactionAsync(cancel);
        long now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        foreach (long seq in sequences)
        {
            await Execute(connection, tx, "UPDATE outbox SET sent_at = @t WHERE seq = @s", cancel, ("t", now), ("s", seq));
        }
        await tx.CommitAsync(cancel);
    }

    /// <inheritdoc />
    public async Task<bool> IsProcessedAsync(string consumer, string eventId, CancellationToken cancel)
    {
        await using var connection = await dialect.OpenAsync(cancel);
        return await SqlRunner.Scalar(connection, null, "SELECT COUNT(*) FROM processed WHERE consumer = @c AND event_id = @e", cancel,
            ("c", consumer), ("e", eventId)) > 0;
    }

    /// <inheritdoc />
    public async Task<bool> TryLeaseAsync(string name, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancel)
    {
        await using var connection = await dialect.OpenWriterAsync(cancel);
        int taken = await Execute(connection, null, """
            INSERT INTO leases (name, owner, until_ms) VALUES (@n, @o, @u)
            ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, until_ms = excluded.until_ms
            WHERE leases.until_ms < @now OR leases.owner = excluded.owner
            """, cancel, ("n", name), ("o", owner), ("u", until.ToUnixTimeMilliseconds()), ("now", now.ToUnixTimeMilliseconds()));
        return taken == 1;
    }

    /// <inheritdoc />
    public Task<DocumentRecord?> GetDocumentAsync(string kind, string id, CancellationToken cancel) =>
        QuerySingle(DocumentSelect + " WHERE kind = @k AND id = @id", ReadDocument, cancel, ("k", kind), ("id", id));

    /// <inheritdoc />
    public Task<IReadOnlyList<DocumentRecord>> ListDocumentsAsync(string kind, string? carrier, int limit, CancellationToken cancel) =>
        carrier is null
            ? Query(DocumentSelect + " WHERE kind = @k ORDER BY created_at DESC LIMIT @limit", ReadDocument, cancel, ("k", kind), ("limit", limit))
            : Query(DocumentSelect + " WHERE kind = @k AND carrier = @c ORDER BY created_at DESC LIMIT @limit", ReadDocument, cancel,
                ("k", kind), ("c", carrier), ("limit", limit));

    private const string DocumentSelect = "SELECT kind, id, carrier, created_at, json FROM documents";

    private static DocumentRecord ReadDocument(DbDataReader r) => new(r.GetString(0), r.GetString(1), r.GetString(2), Time(r.GetInt64(3)), r.GetString(4));

    /// <inheritdoc />
    public ValueTask DisposeAsync() => dialect is IAsyncDisposable d ? d.DisposeAsync() : ValueTask.CompletedTask;

    private static DateTimeOffset Time(long ms) => SqlRunner.Time(ms);

    private async Task<T?> QuerySingle<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancel, params (string, object?)[] parameters) where T : class
    {
        var rows = await Query(sql, read, cancel, parameters);
        return rows.Count == 0 ? null : rows[0];
    }

    private Task<IReadOnlyList<T>> Query<T>(string sql, Func<DbDataReader, T> read, CancellationToken cancel, params (string, object?)[] parameters) =>
        SqlRunner.Query(dialect, sql, read, cancel, parameters);

    private static Task<int> Execute(DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancel, params (string, object?)[] parameters) =>
        SqlRunner.Execute(connection, tx, sql, cancel, parameters);
}
