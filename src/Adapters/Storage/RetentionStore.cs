using System.Data.Common;

namespace Gateway.Adapters.Storage;

/// <summary>
/// The retention job's reads and writes. What was masked is marked in <c>retention_marks</c>, so a row is masked once;
/// each report or document is masked or deleted in one transaction with everything that repeats its personal data
/// (travellers, the submission's raw bytes and answer, hits that were not confirmed).
/// </summary>
public sealed class RetentionStore(SqlDialect dialect)
{
    /// <summary>Reports with a confirmed hit: kept whole for the case.</summary>
    public async Task<HashSet<string>> KeptReportsAsync(CancellationToken cancel) =>
        [.. await SqlRunner.Query(dialect, "SELECT DISTINCT report_id FROM hits WHERE status = 'confirmed'", r => r.GetString(0), cancel)];

    /// <summary>Reports filed before the cutoff and not masked yet.</summary>
    public Task<IReadOnlyList<ReportRecord>> ReportsToMaskAsync(DateTimeOffset cutoff, int limit, CancellationToken cancel) =>
        SqlRunner.Query(dialect, """
            SELECT r.id, r.carrier, r.kind, r.flight_key, r.outcome, r.created_at, r.json FROM reports r
            WHERE r.created_at < @c AND NOT EXISTS (SELECT 1 FROM retention_marks m WHERE m.kind = 'report' AND m.id = r.id)
            ORDER BY r.created_at LIMIT @limit
            """, r => new ReportRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), SqlRunner.Time(r.GetInt64(5)), r.GetString(6)),
            cancel, ("c", cutoff.ToUnixTimeMilliseconds()), ("limit", limit));

    /// <summary>The hits of a report.</summary>
    public Task<IReadOnlyList<(string Id, string Status, string Json)>> HitsOfAsync(string reportId, CancellationToken cancel) =>
        SqlRunner.Query(dialect, "SELECT id, status, json FROM hits WHERE report_id = @r", r => (r.GetString(0), r.GetString(1), r.GetString(2)), cancel, ("r", reportId));

    /// <summary>Writes a report's masked form, its travellers' and hits', and empties its submissions.</summary>
    public async Task MaskReportAsync(string id, string reportJson, IReadOnlyList<(int Index, string Json)> travellers,
        IReadOnlyList<(string Id, string Json)> hits, DateTimeOffset at, CancellationToken cancel)
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await using var tx = await connection.BeginTransactionAsync(cancel);
        await SqlRunner.Execute(connection, tx, "UPDATE reports SET json = @j WHERE id = @id", cancel, ("j", reportJson), ("id", id));
        foreach (var (index, json) in travellers)
        {
            await SqlRunner.Execute(connection, tx, "UPDATE travellers SET json = @j WHERE report_id = @id AND idx = @i", cancel, ("j", json), ("id", id), ("i", index));
        }
        foreach (var (hit, json) in hits) await SqlRunner.Execute(connection, tx, "UPDATE hits SET json = @j WHERE id = @id", cancel, ("j", json), ("id", hit));
        await EmptySubmissions(connection, tx, id, cancel);
        await Mark(connection, tx, "report", id, at, cancel);
        await tx.CommitAsync(cancel);
    }

    /// <summary>Deletes reports filed before the cutoff, except the kept ones; returns how many.</summary>
    public async Task<int> DeleteReportsAsync(DateTimeOffset cutoff, IReadOnlySet<string> kept, CancellationToken cancel)
    {
        var ids = await SqlRunner.Query(dialect, "SELECT id FROM reports WHERE created_at < @c", r => r.GetString(0), cancel, ("c", cutoff.ToUnixTimeMilliseconds()));
        int deleted = 0;
        foreach (var id in ids)
        {
            if (kept.Contains(id)) continue;
            await using var connection = await dialect.OpenAsync(cancel);
            await using var tx = await connection.BeginTransactionAsync(cancel);
            await SqlRunner.Execute(connection, tx, "DELETE FROM travellers WHERE report_id = @id", cancel, ("id", id));
            await SqlRunner.Execute(connection, tx, "DELETE FROM hits WHERE report_id = @id", cancel, ("id", id));
            await SqlRunner.Execute(connection, tx, "DELETE FROM submissions WHERE result_id = @id", cancel, ("id", id));
            await SqlRunner.Execute(connection, tx, "DELETE FROM retention_marks WHERE kind = 'report' AND id = @id", cancel, ("id", id));
            await SqlRunner.Execute(connection, tx, "DELETE FROM reports WHERE id = @id", cancel, ("id", id));
            await tx.CommitAsync(cancel);
            deleted++;
        }
        return deleted;
    }

    /// <summary>Documents of a kind stored before the cutoff and not masked yet.</summary>
    public Task<IReadOnlyList<DocumentRecord>> DocumentsToMaskAsync(string kind, DateTimeOffset cutoff, int limit, CancellationToken cancel) =>
        SqlRunner.Query(dialect, """
            SELECT d.kind, d.id, d.carrier, d.created_at, d.json FROM documents d
            WHERE d.kind = @k AND d.created_at < @c AND NOT EXISTS (SELECT 1 FROM retention_marks m WHERE m.kind = d.kind AND m.id = d.id)
            ORDER BY d.created_at LIMIT @limit
            """, r => new DocumentRecord(r.GetString(0), r.GetString(1), r.GetString(2), SqlRunner.Time(r.GetInt64(3)), r.GetString(4)),
            cancel, ("k", kind), ("c", cutoff.ToUnixTimeMilliseconds()), ("limit", limit));

    /// <summary>Writes a document's masked form and empties its submission.</summary>
    public async Task MaskDocumentAsync(DocumentRecord masked, DateTimeOffset at, CancellationToken cancel)
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await using var tx = await connection.BeginTransactionAsync(cancel);
        await SqlRunner.Execute(connection, tx, "UPDATE documents SET json = @j WHERE kind = @k AND id = @id", cancel, ("j", masked.Json), ("k", masked.Kind), ("id", masked.Id));
        await EmptySubmissions(connection, tx, masked.Id, cancel);
        await Mark(connection, tx, masked.Kind, masked.Id, at, cancel);
        await tx.CommitAsync(cancel);
    }

    /// <summary>Deletes documents of a kind stored before the cutoff, with their submissions; returns how many.</summary>
    public async Task<int> DeleteDocumentsAsync(string kind, DateTimeOffset cutoff, CancellationToken cancel)
    {
        await using var connection = await dialect.OpenAsync(cancel);
        await using var tx = await connection.BeginTransactionAsync(cancel);
        long c = cutoff.ToUnixTimeMilliseconds();
        await SqlRunner.Execute(connection, tx, "DELETE FROM submissions WHERE result_id IN (SELECT id FROM documents WHERE kind = @k AND created_at < @c)", cancel, ("k", kind), ("c", c));
        await SqlRunner.Execute(connection, tx, "DELETE FROM retention_marks WHERE kind = @k AND id IN (SELECT id FROM documents WHERE kind = @k AND created_at < @c)", cancel, ("k", kind), ("c", c));
        int deleted = await SqlRunner.Execute(connection, tx, "DELETE FROM documents WHERE kind = @k AND created_at < @c", cancel, ("k", kind), ("c", c));
        await tx.CommitAsync(cancel);
        return deleted;
    }

    /// <summary>Deletes carriers' feed entries (they name travellers) older than the cutoff; returns how many.</summary>
    public async Task<int> DeleteUpdatesAsync(DateTimeOffset cutoff, CancellationToken cancel)
    {
        await using var connection = await dialect.OpenAsync(cancel);
        return await SqlRunner.Execute(connection, null, "DELETE FROM updates WHERE created_at < @c", cancel, ("c", cutoff.ToUnixTimeMilliseconds()));
    }

    private static Task<int> EmptySubmissions(DbConnection connection, DbTransaction tx, string resultId, CancellationToken cancel) =>
        SqlRunner.Execute(connection, tx, "UPDATE submissions SET body = @empty, response = NULL WHERE result_id = @id", cancel, ("empty", Array.Empty<byte>()), ("id", resultId));

    private static Task<int> Mark(DbConnection connection, DbTransaction tx, string kind, string id, DateTimeOffset at, CancellationToken cancel) =>
        SqlRunner.Execute(connection, tx, "INSERT INTO retention_marks (kind, id, masked_at) VALUES (@k, @id, @at) ON CONFLICT (kind, id) DO NOTHING", cancel,
            ("k", kind), ("id", id), ("at", at.ToUnixTimeMilliseconds()));
}
