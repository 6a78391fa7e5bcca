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
        await using var pragma = connection.CreateCommand();
        // WAL lets readers run beside the single writer; it is a property of the file, set once (setting it takes a lock).
        // FULL sync makes a commit survive power loss, not only a crash; it and the busy timeout are per connection.
        pragma.CommandText = Interlocked.Exchange(ref _walSet, 1) == 0
            ? "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;"
            : "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";
        await pragma.ExecuteNonQueryAsync(cancel);
        return connection;
    }
}
