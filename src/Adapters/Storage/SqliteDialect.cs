using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Gateway.Adapters.Storage;

/// <summary>SQLite, the embedded default: a file under the data folder, WAL journal, full sync on commit.</summary>
public sealed class SqliteDialect(string path) : SqlDialect
{
    private readonly string _connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    /// <inheritdoc />
    public override string Provider => "sqlite";

    /// <inheritdoc />
    protected override string Identity => "INTEGER PRIMARY KEY AUTOINCREMENT";

    /// <inheritdoc />
    protected override string Binary => "BLOB";

    private int _walSet;

    /// <inheritdoc />
    public override async Task<DbConnection> OpenAsync(CancellationToken cancel)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancel);
        // WAL lets readers run beside the single writer; it is a property of the file, set once (setting it takes a lock).
        if (Interlocked.Exchange(ref _walSet, 1) == 0) await Pragma(connection, "PRAGMA journal_mode = WAL", cancel);
        return connection;
    }

    /// <inheritdoc />
    public override async Task<DbConnection> OpenWriterAsync(CancellationToken cancel)
    {
        var connection = await OpenAsync(cancel);
        // FULL sync makes a commit survive power loss, not only a crash; a writer waits up to 30 s for another's lock.
        // Both are per connection, and only writers need them, so readers skip the statement.
        await Pragma(connection, "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;", cancel);
        return connection;
    }

    private static async Task Pragma(DbConnection connection, string sql, CancellationToken cancel)
    {
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = sql;
        await pragma.ExecuteNonQueryAsync(cancel);
    }
}
