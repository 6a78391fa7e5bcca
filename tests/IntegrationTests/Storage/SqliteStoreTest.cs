using Gateway.Adapters.Storage;

namespace Gateway.IntegrationTests.Storage;

/// <summary>A test class with its own migrated SQLite store in a folder it deletes afterwards.</summary>
public abstract class SqliteStoreTest : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-store-").FullName;

    /// <summary>The store.</summary>
    protected SqlGatewayStore Store { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Store = new SqlGatewayStore(new SqliteDialect(Path.Combine(_folder, "gateway.db")));
        await Store.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
