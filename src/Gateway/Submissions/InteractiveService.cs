using System.Security.Cryptography;
using System.Text.Json;
using Gateway.Adapters.Cusres;
using Gateway.Adapters.Storage;
using Gateway.Domain.Decisions;
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
        // No look-up for a resend before the work: resends are rare and checks are many, so the unique key on
        // (carrier, idempotency key) finds them at commit, and the answer given first is returned (below).
        var parsed = SubmissionParser.ParseLists(contentType, body, carrier);
        var manifests = parsed.Manifests;
        if (manifests.Count != 1)
        {
            throw new SubmissionRejected($"an interactive check carries one passenger list; this interchange has {manifests.Count}: send each flight's check on its own", "UNH", null);
        }
        var manifest = manifests[0];
        var received = clock.GetUtcNow();
        var filed = await filing.FileInteractiveAsync(carrier, manifest, received, cancel);
        var report = filed.Report.Report;
        var direction = report.Timing?.Direction ?? TravelDirection.Arrival;

        var passengers = new List<PassengerAnswer>();
        var entries = new List<ResponseEntry>();
        var states = new Dictionary<int, TravellerState>();
        var all = filed.Report.Manifest.Travellers;
        for (int index = 0; index < all.Count; index++)
        {
            var t = all[index];
            var hits = screening.Screen(t);
            var decision = policy.Decide(t, index, report, hits, direction);
            states[index] = new TravellerState(index, t.Name, t.Role, t.Reference("AVF"), t.Reference("ABO"), "decided", decision, null, ValueList.Of([.. hits]));
            passengers.Add(new PassengerAnswer(index, t.Name.Surname, t.Reference("AVF"), t.Reference("ABO"), decision.Code, BoardingCodes.Text(decision.Code), decision.Reasons));
            entries.Add(ResponseEntry.ForPassenger(t.Reference("AVF") ?? "", t.Reference("ABO"),
                new ResponseStatus(decision.Code, StatusUpdates.Status(decision.Code)), BoardingCodes.Text(decision.Code)));
        }

        string submissionId = ReportFiling.NewId("s");
        var json = new InteractiveAnswer(submissionId, manifest.Header.TransactionReference, filed.Id, ReportFiling.OutcomeText(report.Outcome),
            ValueList.Of([.. passengers]), report.Findings, Acknowledgements.Contrl(parsed.Edifact, always: false, clock));
        var response = new BoardingResponse(
            new ResponseHeader("KRIMMI", manifest.Header.Sender ?? carrier, StatusUpdates.InterchangeReference(received),
                AnswerReferences.MessageReference(manifest.Header.MessageReference), manifest.Header.Version, manifest.Header.CommonAccessReference, manifest.Header.Test),
            ResponseDocumentCodes.Response, manifest.Header.TransactionReference,
            ValueList.Of(StatusUpdates.Flight(manifest)), ValueList.Of([.. entries]), ValueList<FreeText>.Empty, ValueList<ResponseReference>.Empty);
        string cusres = WriteCusres(response, parsed.Edifact?.Interchange.SyntaxIdentifier);

        var batch = new WriteBatch();
        ReportFiling.Write(batch, carrier, filed, received, (i, _) => states[i]);
        var submission = StreamEvents.NameUuid(submissionId);
        StreamEvents.SubmissionReceived(batch, submission, carrier, contentType, body, filed.FlightKey, received);
        for (int index = 0; index < all.Count; index++)
        {
            var hits = states[index].Hits;
            var hitIds = recorder.Add(batch, carrier, filed.Id, filed.FlightKey, all[index], index, hits, received, submissionId);
            StreamEvents.TravellerScreened(batch, submission, filed.FlightKey, index, hits, hitIds, received);
            StreamEvents.BoardingDecided(batch, submission, filed.FlightKey, index, states[index].Decision!, null, received);
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
            // The same bytes were checked before (a resend, or two at once): give the answer that was committed first.
            if (await store.FindSubmissionAsync(carrier, key, cancel) is not { Response: { } racing }) throw;
            return JsonSerializer.Deserialize(racing, GatewayJsonContext.Default.StoredInteractive)!.ToAnswer();
        }
        return stored.ToAnswer();
    }

    /// <summary>
    /// The CUSRES 962, written so that whatever was accepted is answered (<see cref="CusresWriter.WriteAnswer"/>: the
    /// request's syntax level or the lowest above it that carries the echoed values, split past the ERP limit). A value the
    /// request sent that no CUSRES can echo (longer than its data element, or a control character) refuses the check with
    /// 400 naming it, before anything is stored.
    /// </summary>
    private string WriteCusres(BoardingResponse response, string? syntax)
    {
        try
        {
            return CusresWriter.WriteAnswer(response, new CusresWriterOptions { Clock = clock, SyntaxIdentifier = syntax is { Length: > 0 } s ? s : "UNOA" });
        }
        catch (CusresValueException e)
        {
            string where = e.Group is { } g ? $"traveller {g} ({e.Element})" : RequestElement(e.Element);
            throw new SubmissionRejected($"the answer (CUSRES) cannot carry a value the request sent, at {where}: {e.Message}", where, null);
        }
    }

    /// <summary>Where a header-level CUSRES value comes from in the request.</summary>
    private static string RequestElement(string element) => element switch
    {
        "UNB S003 0010" => "UNB S002 (the interchange sender, the answer's recipient)",
        "UNH 0068" => "UNH 0068 (the common access reference)",
        "RFF 1154" => "RFF+TN or the flight's TDT (echoed in RFF)",
        "DTM 2380" or "DTM 2379" => "the flight's DTM",
        "LOC 3225" => "the flight's LOC",
        _ => element,
    };
}

/// <summary>What an interactive submission stores as its answer.</summary>
public sealed record StoredInteractive(InteractiveAnswer Json, string Cusres)
{
    /// <summary>The answer.</summary>
    public InteractiveService.Answer ToAnswer() => new(Json, Cusres);
}
