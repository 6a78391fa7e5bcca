using System.Data.Common;
using Npgsql;

namespace Gateway.Adapters.Storage;

/// <summary>PostgreSQL for production, through one pooled Npgsql data source.</summary>
public sealed class PostgresDialect(string connectionString) : SqlDialect, IAsyncDisposable
{
    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);

    /// <inheritdoc />
    public override string Provider => "postgres";

    /// <inheritdoc />
    protected override string Identity => "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY";

    /// <inheritdoc />
    protected override string Binary => "BYTEA";

    /// <inheritdoc />
    public override async Task<DbConnection> OpenAsync(CancellationToken cancel) => await _source.OpenConnectionAsync(cancel);

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _source.DisposeAsync();
}
