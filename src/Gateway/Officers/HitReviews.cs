using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Domain.Decisions;
using Gateway.Json;
using Gateway.Options;
using Gateway.Pipeline;
using Gateway.Schemas.Reports;
using Gateway.Screening.Model;
using Gateway.Security;

namespace Gateway.Officers;

/// <summary>
/// Confirm or dismiss a hit. A final decision re-decides the traveller: a confirmed hit on a list that applies in the report's
/// direction makes them do-not-board (1Z), citing the ground and duty of <see cref="DecisionTable"/>;
/// otherwise the policy decides again on the hits not dismissed (so a dismissed hit with nothing else left is 0Z). A changed
/// decision goes to the carrier's feed as an unsolicited status change (CUSRES 132), in the same batch as the hit.
/// For the list kinds configured for four eyes, the first decision waits for a second, different officer who agrees;
/// a disagreement sends the hit back to the queue. Every review is kept on the hit and in the audit log.
/// </summary>
public sealed class HitReviews(IGatewayStore store, GroupCommitter committer, HitStore hits, BoardingPolicy policy, UpdateFeed feed,
    HitStream stream, AuditLog audit, TimeProvider clock)
{
    // Reviews of one gateway instance are serialised so that two officers deciding one hit at once cannot both win; behind
    // several instances the second commit simply records a later review (docs/OFFICERS.md).
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The outcome: the hit as it now stands, or an error status with its reason.</summary>
    public sealed record Result(HitDetail? Hit, int Status, string? Error);

    /// <summary>Reviews a hit.</summary>
    public async Task<Result> ReviewAsync(string id, Officer officer, string decision, string? note, CancellationToken cancel)
    {
        if (decision is not ("confirm" or "dismiss")) return new Result(null, 400, "decision must be confirm or dismiss");
        await _gate.WaitAsync(cancel);
        try
        {
            if (await hits.GetAsync(id, cancel) is not { } record) return new Result(null, 404, $"hit {id} was not found");
            var hit = HitRecorder.Detail(record);
            if (hit.Status is HitStatuses.Confirmed or HitStatuses.Dismissed) return new Result(hit, 409, $"the hit is already {hit.Status}");
            var now = clock.GetUtcNow();
            string final = decision == "confirm" ? HitStatuses.Confirmed : HitStatuses.Dismissed;
            string status = final, outcome = final;
            if (hit.FourEyes && hit.Status == HitStatuses.Open)
            {
                status = HitStatuses.AwaitingSecond;
                outcome = "first-of-two";
            }
            else if (hit.FourEyes)
            {
                var first = hit.Reviews[^1];
                if (first.Officer == officer.Id) return new Result(hit, 409, "four eyes: a second, different officer must decide this hit");
                if (first.Decision != decision)
                {
                    status = HitStatuses.Open;
                    outcome = "disagreed";
                }
            }
            var reviewed = hit with
            {
                Status = status,
                UpdatedAt = now,
                Reviews = ValueList.Of([.. hit.Reviews, new HitReview(officer.Id, officer.Pin, decision, note, now, outcome)]),
            };
            var batch = new WriteBatch();
            batch.Hits.Add(HitRecorder.Record(reviewed));
            var submission = StreamEvents.NameUuid(hit.SubmissionId ?? hit.ReportId);
            StreamEvents.HitReviewed(batch, hit.Id, submission, hit.FlightKey, hit.TravellerIndex, outcome, officer.Id, note, now);
            bool changed = status == final && await RedecideAsync(batch, reviewed, officer, cancel);
            await committer.CommitAsync(batch, cancel);
            stream.Publish([HitSummary.Of(reviewed)]);
            if (changed) feed.Notify();
            await audit.RecordAsync(officer, AuditLog.HitReview, id, null, $"{decision}: {outcome}" + (note is null ? "" : " - " + note), cancel);
            return new Result(reviewed, 200, null);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<bool> RedecideAsync(WriteBatch batch, HitDetail reviewed, Officer officer, CancellationToken cancel)
    {
        var report = await store.GetReportAsync(reviewed.ReportId, cancel);
        var rows = await store.GetTravellersAsync(reviewed.ReportId, cancel);
        if (report is null || reviewed.TravellerIndex >= rows.Count) return false;
        var filed = JsonSerializer.Deserialize(report.Json, GatewayJsonContext.Default.FiledReport)!;
        var row = rows[reviewed.TravellerIndex];
        var state = JsonSerializer.Deserialize(row.Json, GatewayJsonContext.Default.TravellerState)!;
        if (reviewed.TravellerIndex >= filed.Manifest.Travellers.Count) return false;
        var traveller = filed.Manifest.Travellers[reviewed.TravellerIndex];

        var others = await hits.ForTravellerAsync(reviewed.ReportId, reviewed.TravellerIndex, cancel);
        var statusOf = others.ToDictionary(h => (h.List, HitRecorder.Detail(h).Reference), h => h.Status);
        statusOf[(reviewed.List, reviewed.Reference)] = reviewed.Status;
        var direction = filed.Report.Timing?.Direction ?? TravelDirection.Arrival;
        var confirmed = new List<(ListKind, string, string, double)>();
        foreach (var h in others.Select(HitRecorder.Detail).Where(h => h.Id != reviewed.Id).Append(reviewed))
        {
            if (h.Status == HitStatuses.Confirmed && ListKinds.TryParse(h.Kind, out var kind)) confirmed.Add((kind, h.List, h.Reference, h.Score));
        }
        var decision = BoardingPolicy.Confirmed(confirmed, direction, traveller.Nationality);
        if (decision is null)
        {
            var standing = state.Hits.Where(h => !statusOf.TryGetValue((h.List, h.Reference), out var s) || s != HitStatuses.Dismissed).ToList();
            decision = policy.Decide(traveller, reviewed.TravellerIndex, filed.Report, standing, direction);
        }
        if (state.Decision == decision) return false;
        var now = clock.GetUtcNow();
        var decided = state with { Status = "decided", Decision = decision };
        batch.Travellers.Add(row with { Status = decided.Status, Json = JsonSerializer.Serialize(decided, GatewayJsonContext.Default.TravellerState), UpdatedAt = now });
        StatusUpdates.Add(batch, report.Carrier, report.Id, report.FlightKey, filed.Manifest, reviewed.TravellerIndex, decision, now);
        StreamEvents.BoardingDecided(batch, StreamEvents.NameUuid(reviewed.SubmissionId ?? reviewed.ReportId), report.FlightKey, reviewed.TravellerIndex,
            decision, officer.Id, now);
        return true;
    }
}
