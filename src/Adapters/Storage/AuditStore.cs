using System.Data.Common;
using System.Security.Cryptography;
using System.Text;

namespace Gateway.Adapters.Storage;

/// <summary>
/// The append-only audit log. Each entry's hash is SHA-256 over the previous entry's hash and the canonical entry text, so
/// changing, removing or inserting an entry breaks every link after it; <see cref="VerifyAsync"/> finds the first break.
/// A unique index on the previous hash makes two concurrent appends on the same tail fail rather than fork the chain;
/// the loser retries on the new tail.
/// </summary>
public sealed class AuditStore(SqlDialect dialect)
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>The link hash: hex SHA-256 of the previous hash, a newline, and the entry.</summary>
    public static string Link(string previousHash, string entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + entry)));

    /// <summary>Appends an entry at the tail of the chain.</summary>
    public async Task<AuditRecord> AppendAsync(DateTimeOffset at, string officer, string action, string target, string entry, CancellationToken cancel)
    {
        for (int attempt = 0; ; attempt++)
        {
            await using var connection = await dialect.OpenAsync(cancel);
            await using var tx = await connection.BeginTransactionAsync(cancel);
            var tail = await SqlRunner.Query(connection, tx, "SELECT hash FROM audit ORDER BY seq DESC LIMIT 1", r => r.GetString(0), cancel);
            string previous = tail.Count == 0 ? Genesis : tail[0];
            string hash = Link(previous, entry);
            try
            {
                await SqlRunner.Execute(connection, tx, """
                    INSERT INTO audit (at, officer, action, target, entry, prev_hash, hash) VALUES (@at, @officer, @action, @target, @entry, @prev, @hash)
                    """, cancel, ("at", at.ToUnixTimeMilliseconds()), ("officer", officer), ("action", action), ("target", target), ("entry", entry),
                    ("prev", previous), ("hash", hash));
                await tx.CommitAsync(cancel);
                return new AuditRecord(0, at, officer, action, target, entry, previous, hash);
            }
            catch (DbException) when (attempt < 5)
            {
                await tx.RollbackAsync(cancel);   // another writer took this tail first
            }
        }
    }

    /// <summary>Entries after a sequence number, oldest first.</summary>
    public Task<IReadOnlyList<AuditRecord>> ListAsync(long after, int limit, string? action, CancellationToken cancel) =>
        action is null
            ? SqlRunner.Query(dialect, Select + " WHERE seq > @after ORDER BY seq LIMIT @limit", Read, cancel, ("after", after), ("limit", limit))
            : SqlRunner.Query(dialect, Select + " WHERE seq > @after AND action = @action ORDER BY seq LIMIT @limit", Read, cancel,
                ("after", after), ("limit", limit), ("action", action));

    /// <summary>Walks the whole chain; returns the sequence number of the first entry whose link does not hold, or null.</summary>
    public async Task<(long Checked, long? FirstBroken, string? Why)> VerifyAsync(CancellationToken cancel)
    {
        string previous = Genesis;
        long after = 0, count = 0;
        while (true)
        {
            var page = await ListAsync(after, 1000, null, cancel);
            foreach (var e in page)
            {
                count++;
                if (e.PreviousHash != previous) return (count, e.Sequence, "the previous hash does not match the entry before (an entry was removed or inserted)");
                if (Link(previous, e.Entry) != e.Hash) return (count, e.Sequence, "the entry does not match its hash (it was altered)");
                previous = e.Hash;
                after = e.Sequence;
            }
            if (page.Count < 1000) return (count, null, null);
        }
    }

    private const string Select = "SELECT seq, at, officer, action, target, entry, prev_hash, hash FROM audit";

    private static AuditRecord Read(DbDataReader r) =>
        new(r.GetInt64(0), SqlRunner.Time(r.GetInt64(1)), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7));
}
