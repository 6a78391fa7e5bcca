using System.Security.Cryptography;
using System.Text.Json;
using Gateway.Adapters.Storage;
using Gateway.Json;
using Gateway.Pipeline;

namespace Gateway.Submissions;

/// <summary>
/// Batch lists (<c>POST /api/v1/manifests</c>): read, judged, filed and acknowledged only after the submission, its
/// reports and the pipeline event are committed together. Screening follows from the event, off the request path.
/// The same bytes sent again return the first answer; a corrected resend is a new submission that amends the report.
/// Two lists for one flight at once: the report's version makes the later writer read the amended report and try again.
/// </summary>
public sealed class ManifestService(IGatewayStore store, GroupCommitter committer, ReportFiling filing, FlightLocks locks, TimeProvider clock)
{
    /// <summary>
    /// Handles a posted list. Throws <see cref="SubmissionRejected"/> for unreadable input. The answer carries the CONTRL
    /// for a PAXLST interchange whose UNB asks for one, or for any when <paramref name="acknowledge"/>.
    /// </summary>
    public async Task<(ManifestAnswer Answer, bool Created)> SubmitAsync(string carrier, string? contentType, byte[] body, bool acknowledge, CancellationToken cancel)
    {
        string sha = Convert.ToHexStringLower(SHA256.HashData(body));
        string key = "manifests:" + sha;
        if (await store.FindSubmissionAsync(carrier, key, cancel) is { Response: { } earlier })
        {
            // The same interchange gets the same CONTRL: read its envelope again (resends are rare).
            var again = JsonSerializer.Deserialize(earlier, GatewayJsonContext.Default.ManifestAnswer)! with { Resend = true };
            return (again with { Contrl = Acknowledgements.Contrl(SubmissionParser.ParseLists(contentType, body, carrier).Edifact, acknowledge, clock) }, false);
        }

        var parsed = SubmissionParser.ParseLists(contentType, body, carrier);
        var manifests = parsed.Manifests;
        RefuseTwoListsOfOneReport(manifests);
        var received = clock.GetUtcNow();
        using var flights = await locks.AcquireAsync(manifests.Select(m => carrier + ":" + FlightKeys.Of(m)), cancel);
        for (int attempt = 1; ; attempt++)
        {
            var (batch, answer) = await FileAsync(carrier, contentType, body, sha, key, manifests, received, cancel);
            try
            {
                await committer.CommitAsync(batch, cancel);
                return (answer with { Contrl = Acknowledgements.Contrl(parsed.Edifact, acknowledge, clock) }, true);
            }
            catch (StoreConflictException) when (attempt < MaxAttempts)
            {
                // Another process filed a list for the same flight between our read and our write: amend the new version.
                await Task.Delay(Random.Shared.Next(1, 5 * attempt), cancel);
            }
            catch (System.Data.Common.DbException e) when (e is not StoreConflictException)
            {
                // The same bytes arrived twice at once and the other request committed first: answer as for a resend.
                if (await store.FindSubmissionAsync(carrier, key, cancel) is not { Response: { } racing }) throw;
                return (JsonSerializer.Deserialize(racing, GatewayJsonContext.Default.ManifestAnswer)! with
                {
                    Resend = true, Contrl = Acknowledgements.Contrl(parsed.Edifact, acknowledge, clock),
                }, false);
            }
        }
    }

    private const int MaxAttempts = 8;

    /// <summary>
    /// A flight has one report per kind (passengers, crew), amended by each later list. Two lists of one flight and kind
    /// in one interchange would both file that report at once and could never commit (the store's one-report-per-flight
    /// index refuses the second on every retry): refused up front, naming the second message.
    /// </summary>
    private static void RefuseTwoListsOfOneReport(IReadOnlyList<Schemas.Manifests.Manifest> manifests)
    {
        var seen = new HashSet<(string, bool)>();
        foreach (var m in manifests)
        {
            string flight = FlightKeys.Of(m);
            if (seen.Add((flight, m.IsCrewList))) continue;
            throw new SubmissionRejected(
                $"the interchange holds more than one {(m.IsCrewList ? "crew" : "passenger")} list for flight '{flight}' (message {m.Header.MessageReference}): "
                + "send one list per flight and kind in an interchange; a later list amends the report", $"UNH {m.Header.MessageReference}", null);
        }
    }

    private async Task<(WriteBatch Batch, ManifestAnswer Answer)> FileAsync(string carrier, string? contentType, byte[] body, string sha, string key,
        IReadOnlyList<Schemas.Manifests.Manifest> manifests, DateTimeOffset received, CancellationToken cancel)
    {
        string submissionId = ReportFiling.NewId("s");
        var batch = new WriteBatch();
        var summaries = new List<ReportSummary>();
        foreach (var manifest in manifests)
        {
            var filed = await filing.FileAsync(carrier, manifest, received, cancel);
            ReportFiling.Write(batch, carrier, filed, received);
            var report = filed.Report.Report;
            summaries.Add(new ReportSummary(filed.Id, filed.Kind, filed.FlightKey, ReportFiling.OutcomeText(report.Outcome), filed.Amended,
                filed.Report.Manifest.Travellers.Count, report.Findings));
            batch.Outbox.Add(new OutboxRecord(0, PipelineEvents.Topic, filed.FlightKey,
                PipelineEventCodec.ReportAccepted(submissionId, carrier, filed, received), received));
        }
        var first = summaries[0];
        var answer = new ManifestAnswer(submissionId, false, first.ReportId, first.Outcome, first.Findings, ValueList.Of([.. summaries]));
        StreamEvents.SubmissionReceived(batch, StreamEvents.NameUuid(submissionId), carrier, contentType, body, first.FlightKey, received);
        batch.Submissions.Add(new SubmissionRecord(submissionId, carrier, "manifests", contentType ?? "", received, sha, key, body, first.ReportId,
            JsonSerializer.Serialize(answer, GatewayJsonContext.Default.ManifestAnswer)));
        return (batch, answer);
    }
}
