using System.Security.Cryptography;
using System.Text.Json;
using Gateway.Adapters.Cusres;
using Gateway.Adapters.Storage;
using Gateway.Apis;
using Gateway.Decisions;
using Gateway.Json;
using Gateway.Pipeline;
using Gateway.Schemas.Manifests;
using Gateway.Schemas.Reports;
using Gateway.Schemas.Responses;
using Gateway.Screening;

namespace Gateway.Submissions;

/// <summary>
/// The interactive check at check-in (<c>POST /api/v1/iapi</c>): screening and the decision happen inside the request.
/// The answer (JSON and CUSRES 962) is stored with the submission and the decided travellers in one group-committed
/// batch before it is returned; the same bytes sent again return the same answer.
/// </summary>
public sealed class InteractiveService(IGatewayStore store, GroupCommitter committer, ReportFiling filing, TravellerScreening screening,
    BoardingPolicy policy, TimeProvider clock, Officers.HitRecorder recorder)
{
    /// <summary>The answer in both forms.</summary>
    public sealed record Answer(InteractiveAnswer Json, string Cusres);

    /// <summary>Checks the passengers of a posted PAXLST or JSON list.</summary>
    public async Task<Answer> CheckAsync(string carrier, string? contentType, byte[] body, CancellationToken cancel)
    {
        string sha = Convert.ToHexStringLower(SHA256.HashData(body));
        string key = "iapi:" + sha;
        if (await store.FindSubmissionAsync(carrier, key, cancel) is { Response: { } earlier })
        {
            return JsonSerializer.Deserialize(earlier, GatewayJsonContext.Default.StoredInteractive)!.ToAnswer();
        }
        var manifests = SubmissionParser.Parse(contentType, body, carrier);
        var manifest = manifests[0];
        var received = clock.GetUtcNow();
        var filed = await filing.FileAsync(carrier, manifest, received, cancel);
        var report = filed.Report.Report;
        var direction = report.Timing?.Direction ?? TravelDirection.Arrival;

        // Decide only the passengers of this message; an amended report keeps the others as they were.
        var passengers = new List<PassengerAnswer>();
        var entries = new List<ResponseEntry>();
        var states = new Dictionary<int, TravellerState>();
        var all = filed.Report.Manifest.Travellers;
        foreach (var t in manifest.Travellers)
        {
            int index = IndexOf(all, t);
            var hits = screening.Screen(t);
            var decision = policy.Decide(t, index, report, hits, direction);
            states[index] = new TravellerState(index, t.Name, t.Role, t.Reference("AVF"), t.Reference("ABO"), "decided", decision, null, ValueList.Of([.. hits]));
            passengers.Add(new PassengerAnswer(index, t.Name.Surname, t.Reference("AVF"), t.Reference("ABO"), decision.Code, BoardingCodes.Text(decision.Code), decision.Reasons));
            entries.Add(ResponseEntry.ForPassenger(t.Reference("AVF") ?? "", t.Reference("ABO"),
                new ResponseStatus(decision.Code, StatusUpdates.Status(decision.Code)), BoardingCodes.Text(decision.Code)));
        }

        string submissionId = ReportFiling.NewId("s");
        var json = new InteractiveAnswer(submissionId, manifest.Header.TransactionReference, filed.Id, ReportFiling.OutcomeText(report.Outcome),
            ValueList.Of([.. passengers]), report.Findings);
        var response = new BoardingResponse(
            new ResponseHeader("KRIMMI", manifest.Header.Sender ?? carrier, StatusUpdates.InterchangeReference(received),
                "R" + (manifest.Header.MessageReference ?? "1"), manifest.Header.Version ?? "D:05B", manifest.Header.CommonAccessReference, manifest.Header.Test),
            ResponseDocumentCodes.Response, manifest.Header.TransactionReference,
            ValueList.Of(StatusUpdates.Flight(manifest)), ValueList.Of([.. entries]), ValueList<FreeText>.Empty, ValueList<ResponseReference>.Empty);
        string cusres = CusresWriter.Write(response, new CusresWriterOptions { Clock = clock, Version = manifest.Header.Version ?? "D:05B" });

        var batch = new WriteBatch();
        ReportFiling.Write(batch, carrier, filed, received, (i, t) => states.TryGetValue(i, out var s) ? s
            : filed.Kept.TryGetValue(i, out var kept) ? kept with { Index = i } : ReportFiling.Pending(i, t));
        foreach (var t in manifest.Travellers)
        {
            int index = IndexOf(all, t);
            recorder.Add(batch, carrier, filed.Id, filed.FlightKey, t, index, states[index].Hits, received, submissionId);
        }
        var stored = new StoredInteractive(json, cusres);
        batch.Submissions.Add(new SubmissionRecord(submissionId, carrier, "iapi", contentType ?? "", received, sha, key, body, filed.Id,
            JsonSerializer.Serialize(stored, GatewayJsonContext.Default.StoredInteractive)));
        try
        {
            await committer.CommitAsync(batch, cancel);
            recorder.Committed(batch);
        }
        catch (System.Data.Common.DbException)
        {
            // The same bytes arrived twice at once and the other request committed first: give its answer.
            if (await store.FindSubmissionAsync(carrier, key, cancel) is not { Response: { } racing }) throw;
            return JsonSerializer.Deserialize(racing, GatewayJsonContext.Default.StoredInteractive)!.ToAnswer();
        }
        return stored.ToAnswer();
    }

    private static int IndexOf(ValueList<Traveller> all, Traveller t)
    {
        for (int i = 0; i < all.Count; i++) if (all[i].Equals(t)) return i;
        for (int i = 0; i < all.Count; i++) if (all[i].Name.Equals(t.Name)) return i;
        return 0;
    }
}

/// <summary>What an interactive submission stores as its answer.</summary>
public sealed record StoredInteractive(InteractiveAnswer Json, string Cusres)
{
    /// <summary>The answer.</summary>
    public InteractiveService.Answer ToAnswer() => new(Json, Cusres);
}
