using System.Data.Common;

namespace Gateway.Adapters.Storage;

/// <summary>Parameterised commands (parameters only, never SQL built from values) for every SQL store of the gateway.</summary>
internal static class SqlRunner
{
    public static async Task<IReadOnlyList<T>> Query<T>(SqlDialect dialect, string sql, Func<DbDataReader, T> read, CancellationToken cancel,
        params (string, object?)[] parameters)
    {
        await using var connection = await dialect.OpenAsync(cancel);
        return await Query(connection, null, sql, read, cancel, parameters);
    }

    public static async Task<IReadOnlyList<T>> Query<T>(DbConnection connection, DbTransaction? tx, string sql, Func<DbDataReader, T> read,
        CancellationToken cancel, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancel)) rows.Add(read(reader));
        return rows;
    }

    public static async Task<long> Scalar(DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancel, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancel) ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static async Task<int> Execute(DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancel, params (string, object?)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancel);
    }

    public static DateTimeOffset Time(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    internal static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }
        return command;
    }
}
