using Gateway.Adapters.Storage;
using Gateway.IntegrationTests.Service;

namespace Gateway.IntegrationTests.Storage;

/// <summary>
/// The store contract, run on both databases: SQLite (the embedded default) and PostgreSQL (production) must agree on
/// every behaviour the service relies on.
/// </summary>
public abstract class StoreContractTests(TestStore kind) : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("gateway-store-").FullName;
    private SqlGatewayStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = kind == TestStore.Sqlite
            ? new SqlGatewayStore(new SqliteDialect(Path.Combine(_folder, "gateway.db")))
            : new SqlGatewayStore(new PostgresDialect(await (await PostgresCluster.Shared).DatabaseForAsync(_folder)));
        await _store.MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static ReportRecord Report(string id, string flight, long version, string json = "{}") =>
        new(id, "KE", "passengers", flight, "accepted", At, json, version);

    private static WriteBatch With(params ReportRecord[] reports)
    {
        var batch = new WriteBatch();
        batch.Reports.AddRange(reports);
        return batch;
    }

    [Fact]
    public async Task Migrating_again_changes_nothing()
    {
        await _store.CommitAsync(With(Report("r_1", "KE1|2026-11-22", 1)), CancellationToken.None);
        await _store.MigrateAsync(CancellationToken.None);
        Assert.NotNull(await _store.GetReportAsync("r_1", CancellationToken.None));
    }

    [Fact]
    public async Task An_amendment_written_against_a_stale_version_is_refused_and_nothing_of_its_batch_lands()
    {
        await _store.CommitAsync(With(Report("r_1", "KE1|2026-11-22", 1)), CancellationToken.None);
        await _store.CommitAsync(With(Report("r_1", "KE1|2026-11-22", 2, """{"by":"first"}""")), CancellationToken.None);

        var stale = With(Report("r_1", "KE1|2026-11-22", 2, """{"by":"second"}"""));
        stale.Documents.Add(new DocumentRecord("note", "n_1", "KE", At, "{}"));
        await Assert.ThrowsAsync<StoreConflictException>(() => _store.CommitAsync(stale, CancellationToken.None));

        var stored = await _store.GetReportAsync("r_1", CancellationToken.None);
        Assert.Equal((2L, """{"by":"first"}"""), (stored!.Version, stored.Json));
        Assert.Null(await _store.GetDocumentAsync("note", "n_1", CancellationToken.None));
    }

    [Fact]
    public async Task A_second_first_report_for_one_flight_is_refused_but_interactive_reports_are_many()
    {
        await _store.CommitAsync(With(Report("r_1", "KE1|2026-11-22", 1)), CancellationToken.None);
        await Assert.ThrowsAsync<StoreConflictException>(() => _store.CommitAsync(With(Report("r_2", "KE1|2026-11-22", 1)), CancellationToken.None));
        await _store.CommitAsync(With(
            new ReportRecord("r_3", "KE", "iapi", "KE1|2026-11-22", "accepted", At, "{}"),
            new ReportRecord("r_4", "KE", "iapi", "KE1|2026-11-22", "accepted", At, "{}")), CancellationToken.None);
        Assert.Equal("r_1", (await _store.FindLatestReportAsync("KE", "KE1|2026-11-22", "passengers", CancellationToken.None))!.Id);
        Assert.NotNull(await _store.GetReportAsync("r_4", CancellationToken.None));
    }

    [Fact]
    public async Task Group_commit_fails_only_the_bad_batch_of_a_group()
    {
        await _store.CommitAsync(With(Report("r_1", "KE1|2026-11-22", 1)), CancellationToken.None);
        await using var committer = new GroupCommitter(_store);
        var good = Enumerable.Range(0, 20).Select(i => committer.CommitAsync(With(Report($"r_g{i}", $"KE{100 + i}|2026-11-22", 1)))).ToList();
        var bad = committer.CommitAsync(With(Report("r_1", "KE1|2026-11-22", 5)));
        await Task.WhenAll(good);
        await Assert.ThrowsAsync<StoreConflictException>(() => bad);
        foreach (int i in Enumerable.Range(0, 20)) Assert.NotNull(await _store.GetReportAsync($"r_g{i}", CancellationToken.None));
    }

    [Fact]
    public async Task A_lease_is_one_owners_until_it_expires()
    {
        var until = At.AddSeconds(30);
        Assert.True(await _store.TryLeaseAsync("webhook:KE", "a", At, until, CancellationToken.None));
        Assert.False(await _store.TryLeaseAsync("webhook:KE", "b", At.AddSeconds(10), until.AddSeconds(10), CancellationToken.None));
        Assert.True(await _store.TryLeaseAsync("webhook:OZ", "b", At.AddSeconds(10), until.AddSeconds(10), CancellationToken.None));
        Assert.True(await _store.TryLeaseAsync("webhook:KE", "a", At.AddSeconds(20), until.AddSeconds(20), CancellationToken.None));
        Assert.False(await _store.TryLeaseAsync("webhook:KE", "b", At.AddSeconds(45), until.AddSeconds(45), CancellationToken.None));
        Assert.True(await _store.TryLeaseAsync("webhook:KE", "b", At.AddSeconds(51), until.AddSeconds(51), CancellationToken.None));
        Assert.False(await _store.TryLeaseAsync("webhook:KE", "a", At.AddSeconds(52), until.AddSeconds(52), CancellationToken.None));
    }

    [Fact]
    public async Task Outbox_events_wait_in_order_until_marked_sent()
    {
        var batch = new WriteBatch();
        foreach (int i in Enumerable.Range(0, 5)) batch.Outbox.Add(new OutboxRecord(0, "t", "k" + (i % 2), [(byte)i], At));
        await _store.CommitAsync(batch, CancellationToken.None);
        var pending = await _store.GetPendingOutboxAsync(10, CancellationToken.None);
        Assert.Equal([0, 1, 2, 3, 4], pending.Select(p => (int)p.Payload[0]));
        await _store.MarkSentAsync([pending[0].Sequence, pending[1].Sequence], CancellationToken.None);
        Assert.Equal(3, await _store.CountPendingOutboxAsync(CancellationToken.None));
        Assert.Equal([2, 3, 4], (await _store.GetPendingOutboxAsync(10, CancellationToken.None)).Select(p => (int)p.Payload[0]));
    }
}

/// <summary>The store contract on SQLite.</summary>
public sealed class StoreContractTestsOnSqlite() : StoreContractTests(TestStore.Sqlite);

/// <summary>The store contract on PostgreSQL.</summary>
public sealed class StoreContractTestsOnPostgres() : StoreContractTests(TestStore.Postgres);
