using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Domain.Decisions;
using Gateway.Json;
using Gateway.Schemas.Reports;
using Gateway.Screening;

namespace Gateway.Pipeline;

/// <summary>
/// The screening and decision consumer: for a filed report, screens each pending traveller, decides, and writes the
/// states with the processed mark in one batch, so a redelivered event never decides twice. A decision other than
/// board goes to the carrier's feed as an unsolicited status change.
/// </summary>
public sealed class ReportScreening(IGatewayStore store, GroupCommitter committer, TravellerScreening screening, BoardingPolicy policy,
    UpdateFeed feed, TimeProvider clock, Officers.HitRecorder recorder)
{
    /// <summary>The consumer name in processed marks.</summary>
    public const string Consumer = "screening";

    /// <summary>Handles one event; returns false when it had been handled before.</summary>
    public async Task<bool> HandleAsync(PipelineEvent e, CancellationToken cancel)
    {
        if (await store.IsProcessedAsync(Consumer, e.EventId, cancel)) return false;
        var batch = new WriteBatch();
        batch.Processed.Add(new ProcessedMark(Consumer, e.EventId));
        var record = await store.GetReportAsync(e.ReportId, cancel);
        bool updates = false;
        if (record is not null)
        {
            var filed = JsonSerializer.Deserialize(record.Json, GatewayJsonContext.Default.FiledReport)!;
            var direction = filed.Report.Timing?.Direction ?? TravelDirection.Arrival;
            var now = clock.GetUtcNow();
            foreach (var row in await store.GetTravellersAsync(e.ReportId, cancel))
            {
                if (row.Status != "pending" || row.Index >= filed.Manifest.Travellers.Count) continue;
                var traveller = filed.Manifest.Travellers[row.Index];
                var state = JsonSerializer.Deserialize(row.Json, GatewayJsonContext.Default.TravellerState)!;
                var hits = screening.Screen(traveller);
                var decision = policy.Decide(traveller, row.Index, filed.Report, hits, direction);
                var decided = state with { Status = "decided", Decision = decision, Hits = ValueList.Of([.. hits]) };
                batch.Travellers.Add(row with { Status = decided.Status, Json = JsonSerializer.Serialize(decided, GatewayJsonContext.Default.TravellerState), UpdatedAt = now });
                var hitIds = recorder.Add(batch, record.Carrier, record.Id, record.FlightKey, traveller, row.Index, hits, now);
                StreamEvents.TravellerScreened(batch, e.SubmissionId, record.FlightKey, row.Index, hits, hitIds, now);
                StreamEvents.BoardingDecided(batch, e.SubmissionId, record.FlightKey, row.Index, decision, null, now);
                if (decision.Code != BoardingCodes.Board)
                {
                    StatusUpdates.Add(batch, record.Carrier, record.Id, record.FlightKey, filed.Manifest, row.Index, decision, now);
                    updates = true;
                }
            }
        }
        await committer.CommitAsync(batch, cancel);
        recorder.Committed(batch);
        if (updates) feed.Notify();
        return true;
    }
}
