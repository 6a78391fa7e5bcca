using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Options;
using Gateway.Pipeline;
using Gateway.Submissions;

namespace Gateway.Submissions;

/// <summary>
/// Flags PNR requests that pass their Decree 85(3) deadline with nothing pushed: each overdue request goes once to its
/// carrier's update feed (and so its webhook) as a <c>pnr-overdue</c> entry citing the article, committed together with
/// a marker that it was sent. Runs every <see cref="GatewayOptions.PnrOverdueCheckSeconds"/> in worker processes; among
/// several, the one holding the lease checks. Officers see overdue requests at read time, without waiting for it.
/// </summary>
public sealed partial class PnrDeadlineWatch(IGatewayStore store, GroupCommitter committer, UpdateFeed feed, GatewayOptions options, TimeProvider clock,
    ILogger<PnrDeadlineWatch> log) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly string _owner = Environment.MachineName + "/" + Guid.NewGuid().ToString("N");

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!GatewayRoles.Consumes(options.Role)) return;
        var interval = TimeSpan.FromSeconds(Math.Max(1, options.PnrOverdueCheckSeconds));
        using var timer = new PeriodicTimer(interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                var now = clock.GetUtcNow();
                if (await store.TryLeaseAsync("pnr-deadlines", _owner, now, now + interval / 2, stoppingToken)) await RunOnceAsync(stoppingToken);
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or JsonException)
            {
                LogCheckFailed(log, e);
            }
        }
    }

    /// <summary>One check, now: feeds each newly overdue request to its carrier; answers how many.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancel)
    {
        await _gate.WaitAsync(cancel);
        try
        {
            var now = clock.GetUtcNow();
            var batch = new WriteBatch();
            foreach (var doc in await store.ListDocumentsAsync(PnrRequests.Kind, null, PnrRequests.Window, cancel))
            {
                var request = PnrRequests.AsOf(PnrRequests.Read(doc), now);
                if (request.Status != PnrRequests.Overdue || await store.GetDocumentAsync(PnrRequests.OverdueNoticeKind, request.Id, cancel) is not null) continue;
                batch.Documents.Add(new DocumentRecord(PnrRequests.OverdueNoticeKind, request.Id, request.Carrier, now, doc.Json));
                batch.Updates.Add(PnrRequests.OverdueUpdate(request, now));
                LogOverdue(log, request.Id, request.Carrier, request.FlightKey, request.Article, request.Deadline);
            }
            if (batch.Updates.Count == 0) return 0;
            await committer.CommitAsync(batch, cancel);
            feed.Notify();
            return batch.Updates.Count;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PNR request {Id} to {Carrier} for {Flight} is overdue ({Article}, due {Deadline}); the carrier's feed is told")]
    private static partial void LogOverdue(ILogger log, string id, string carrier, string flight, string article, DateTimeOffset deadline);

    [LoggerMessage(Level = LogLevel.Error, Message = "PNR deadline check failed; it runs again at the next interval")]
    private static partial void LogCheckFailed(ILogger log, Exception e);
}
