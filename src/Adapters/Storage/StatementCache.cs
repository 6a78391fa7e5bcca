using System.Data.Common;

namespace Gateway.Adapters.Storage;

/// <summary>
/// The commands of one transaction, one per statement text, each reused with new parameter values. A group commit
/// inserts hundreds of rows with a handful of statements; a new command per row makes the database parse and plan the
/// same statement every time (SQLite's prepare was a tenth of the writer's time), a reused one is prepared once.
/// </summary>
internal sealed class StatementCache(DbConnection connection, DbTransaction? tx) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="sql"/>; every call with the same text must pass the same parameters in the same order.</summary>
    public async Task<int> Execute(string sql, CancellationToken cancel, params (string Name, object? Value)[] parameters)
    {
        if (_commands.TryGetValue(sql, out var command))
        {
            var bound = command.Parameters;
            if (bound.Count != parameters.Length) throw new ArgumentException($"statement run with {parameters.Length} parameters, first with {bound.Count}: {sql}");
            for (int i = 0; i < parameters.Length; i++)
            {
                if (bound[i].ParameterName != parameters[i].Name)
                {
                    throw new ArgumentException($"parameter {i} is {parameters[i].Name}, first {bound[i].ParameterName}: {sql}");
                }
                bound[i].Value = parameters[i].Value ?? DBNull.Value;
            }
        }
        else
        {
            command = SqlRunner.Command(connection, tx, sql, parameters);
            _commands[sql] = command;
        }
        return await command.ExecuteNonQueryAsync(cancel);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands.Values) await command.DisposeAsync();
        _commands.Clear();
    }
}
